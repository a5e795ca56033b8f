/*
 * The pictures of a board's sketches, loaded lazily and shared: one fetch per image ref, however many notes, layers
 * and components show it, and each picture decoded at the few widths the screen needs (see bitmap-level), never
 * more. What is in view asks (`want`), what draws reads (`bitmap`, `status`) and is told when something arrived
 * (`subscribe`). Failures never throw at a reader: a picture that could not be fetched or decoded reads as `failed`
 * (drawn as a placeholder) and is tried again the next time it is wanted after a pause that grows with each failure.
 */

/** What a decoded picture must offer: its size, and a way to free its memory (an ImageBitmap has both). */
export interface Bitmap {
  readonly width: number;
  readonly height: number;
  close?(): void;
}

/** How pictures are fetched and decoded (injected: the browser's in the app, fakes in tests). */
export interface PictureSource<B extends Bitmap> {
  /** The picture's bytes (rejects on any failure: network, 404, a refusal). */
  fetch(ref: string): Promise<Blob>;
  /** Decodes the bytes `width` pixels wide (keeping their shape); `width` is never more than `naturalWidth`. */
  decode(blob: Blob, width: number, naturalWidth: number): Promise<B>;
}

export interface SketchImagesOptions {
  /** Decoded pixels kept at most (4 bytes each), beyond what was drawn in the last few seconds. */
  maxPixels?: number;
  /** Fetched bytes kept at most, beyond what was wanted in the last few seconds. */
  maxBytes?: number;
  /** Fetches at once: a board of 50 photos on venue Wi-Fi asks for a few at a time, the ones in view first. */
  maxFetches?: number;
  now?: () => number;
}

/** What a reader draws: the picture, a placeholder while it loads, or one that says it could not be loaded. */
export type PictureStatus = 'loading' | 'ready' | 'failed';

/** How long after its last use a bitmap or a fetched file is safe from eviction: it is probably on screen. */
const IN_USE_MS = 3_000;
/** The first pause before a failed picture is tried again; doubled after each failure, up to `MAX_RETRY_MS`. */
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

interface Level<B> {
  bitmap: B | null;
  /** Last wanted or drawn (for eviction). */
  used: number;
}

interface Entry<B> {
  ref: string;
  naturalWidth: number;
  blob: Blob | null;
  blobUsed: number;
  /** True while the bytes are fetched (or queued to be). */
  fetching: boolean;
  /** Widths wanted before the bytes arrived, decoded when they do. */
  pending: Set<number>;
  levels: Map<number, Level<B>>;
  failures: number;
  failedAt: number | null;
}

export class SketchImages<B extends Bitmap = ImageBitmap> {
  private readonly entries = new Map<string, Entry<B>>();
  private readonly listeners = new Set<() => void>();
  private readonly queue: Array<Entry<B>> = [];
  private inFlight = 0;
  private changes = 0;
  private destroyed = false;
  private readonly maxPixels: number;
  private readonly maxBytes: number;
  private readonly maxFetches: number;
  private readonly now: () => number;

  constructor(
    private readonly source: PictureSource<B>,
    options: SketchImagesOptions = {},
  ) {
    this.maxPixels = options.maxPixels ?? 32_000_000;
    this.maxBytes = options.maxBytes ?? 120 * 1024 * 1024;
    this.maxFetches = options.maxFetches ?? 4;
    this.now = options.now ?? (() => performance.now());
  }

  /** Counts changes: a new value means some picture arrived, failed or was let go (for readers that redraw all). */
  get version(): number {
    return this.changes;
  }

  /** Notified whenever a picture arrives, fails or is let go. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Asks for the picture `ref` (stored `naturalWidth` pixels wide) decoded `width` pixels wide: fetched once, then
   * decoded at that width. Cheap to call on every frame for everything in view: what is there or on its way is
   * only marked as used. A picture that failed is tried again only once its pause is over.
   */
  want(ref: string, width: number, naturalWidth: number): void {
    if (this.destroyed) return;
    const now = this.now();
    let entry = this.entries.get(ref);
    if (!entry) {
      entry = {
        ref,
        naturalWidth,
        blob: null,
        blobUsed: now,
        fetching: false,
        pending: new Set(),
        levels: new Map(),
        failures: 0,
        failedAt: null,
      };
      this.entries.set(ref, entry);
    }
    if (entry.failedAt !== null) {
      const pause = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (entry.failures - 1));
      if (now - entry.failedAt < pause) return;
      entry.failedAt = null;
    }
    entry.blobUsed = now;
    const level = entry.levels.get(width);
    if (level) {
      level.used = now;
      return;
    }
    if (entry.blob) {
      this.decode(entry, entry.blob, width);
      return;
    }
    entry.pending.add(width);
    if (!entry.fetching) {
      entry.fetching = true;
      // Most recently wanted first: what came into view last is what the person is looking at.
      this.queue.unshift(entry);
      this.pump();
    }
  }

  /**
   * The best picture there is of `ref` for drawing `width` pixels wide: that width if decoded, else the nearest
   * wider one (scaled down while drawing), else the widest narrower one (blurry for a moment), else null.
   */
  bitmap(ref: string, width: number): B | null {
    const entry = this.entries.get(ref);
    if (!entry) return null;
    let wider: [number, Level<B>] | null = null;
    let narrower: [number, Level<B>] | null = null;
    for (const [levelWidth, level] of entry.levels) {
      if (!level.bitmap || level.bitmap.width === 0) continue; // still decoding, or closed
      if (levelWidth === width) {
        level.used = this.now();
        return level.bitmap;
      }
      if (levelWidth > width && (!wider || levelWidth < wider[0])) wider = [levelWidth, level];
      if (levelWidth < width && (!narrower || levelWidth > narrower[0])) narrower = [levelWidth, level];
    }
    const best = wider ?? narrower;
    if (!best) return null;
    best[1].used = this.now();
    return best[1].bitmap;
  }

  /** Whether `ref` can be drawn: any width of it decoded (`ready`), given up on for now (`failed`), or neither. */
  status(ref: string): PictureStatus {
    const entry = this.entries.get(ref);
    if (!entry) return 'loading';
    for (const level of entry.levels.values()) if (level.bitmap && level.bitmap.width > 0) return 'ready';
    return entry.failedAt !== null ? 'failed' : 'loading';
  }

  /** Lets every picture go (the board was closed). Fetches still running are ignored when they end. */
  destroy(): void {
    this.destroyed = true;
    for (const entry of this.entries.values()) for (const level of entry.levels.values()) level.bitmap?.close?.();
    this.entries.clear();
    this.queue.length = 0;
    this.listeners.clear();
  }

  private pump(): void {
    while (this.inFlight < this.maxFetches && this.queue.length > 0) {
      const entry = this.queue.shift()!;
      this.inFlight++;
      void this.fetch(entry).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async fetch(entry: Entry<B>): Promise<void> {
    let blob: Blob;
    try {
      blob = await this.source.fetch(entry.ref);
    } catch {
      entry.fetching = false;
      entry.pending.clear();
      this.fail(entry);
      return;
    }
    entry.fetching = false;
    if (this.destroyed || this.entries.get(entry.ref) !== entry) return;
    entry.blob = blob;
    entry.blobUsed = this.now();
    const widths = [...entry.pending];
    entry.pending.clear();
    for (const width of widths) this.decode(entry, blob, width);
    this.evictBlobs();
  }

  private decode(entry: Entry<B>, blob: Blob, width: number): void {
    const level: Level<B> = { bitmap: null, used: this.now() };
    entry.levels.set(width, level);
    const target = Math.max(1, Math.min(width, entry.naturalWidth));
    this.source.decode(blob, target, entry.naturalWidth).then(
      (bitmap) => {
        if (this.destroyed || entry.levels.get(width) !== level) {
          bitmap.close?.();
          return;
        }
        level.bitmap = bitmap;
        entry.failures = 0;
        // Readers first (they mark what they draw and what is in view as in use), then room is made.
        this.emit();
        if (this.evictBitmaps()) this.emit();
      },
      () => {
        if (entry.levels.get(width) === level) entry.levels.delete(width);
        // Bytes that do not decode will not decode next time either: fetch them again when it is time to retry.
        entry.blob = null;
        this.fail(entry);
      },
    );
  }

  private fail(entry: Entry<B>): void {
    if (this.destroyed) return;
    entry.failures++;
    entry.failedAt = this.now();
    this.emit();
  }

  /**
   * Closes the least recently used bitmaps beyond the pixel budget, except those used in the last few seconds.
   * True when it closed any.
   */
  private evictBitmaps(): boolean {
    const all: Array<{ entry: Entry<B>; width: number; level: Level<B> }> = [];
    let pixels = 0;
    for (const entry of this.entries.values()) {
      for (const [width, level] of entry.levels) {
        if (!level.bitmap) continue;
        pixels += level.bitmap.width * level.bitmap.height;
        all.push({ entry, width, level });
      }
    }
    if (pixels <= this.maxPixels) return false;
    const now = this.now();
    let closed = false;
    all.sort((a, b) => a.level.used - b.level.used);
    for (const { entry, width, level } of all) {
      if (pixels <= this.maxPixels || now - level.used < IN_USE_MS) break;
      pixels -= level.bitmap!.width * level.bitmap!.height;
      entry.levels.delete(width);
      level.bitmap!.close?.();
      closed = true;
    }
    return closed;
  }

  /** Drops the least recently wanted fetched files beyond the byte budget (fetched again if wanted again). */
  private evictBlobs(): void {
    const held = [...this.entries.values()].filter((entry) => entry.blob !== null);
    let bytes = held.reduce((sum, entry) => sum + entry.blob!.size, 0);
    if (bytes <= this.maxBytes) return;
    const now = this.now();
    held.sort((a, b) => a.blobUsed - b.blobUsed);
    for (const entry of held) {
      if (bytes <= this.maxBytes || now - entry.blobUsed < IN_USE_MS) break;
      bytes -= entry.blob!.size;
      entry.blob = null;
    }
  }

  private emit(): void {
    this.changes++;
    for (const listener of [...this.listeners]) listener();
  }
}
