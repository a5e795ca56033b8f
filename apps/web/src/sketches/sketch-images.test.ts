import { describe, expect, it } from 'vitest';
import { SketchImages, type Bitmap, type PictureSource } from './sketch-images';

class FakeBitmap implements Bitmap {
  closed = false;
  constructor(
    private readonly w: number,
    private readonly h: number,
  ) {}
  get width() {
    return this.closed ? 0 : this.w;
  }
  get height() {
    return this.closed ? 0 : this.h;
  }
  close() {
    this.closed = true;
  }
}

/** A source whose fetches wait until the test answers them, and that records every fetch and decode. */
function fakeSource({ failFetch = new Set<string>(), failDecode = false } = {}) {
  const fetches: string[] = [];
  const decodes: Array<{ width: number; natural: number }> = [];
  const waiting: Array<() => void> = [];
  const source: PictureSource<FakeBitmap> = {
    fetch: (ref) => {
      fetches.push(ref);
      return new Promise((resolve, reject) =>
        waiting.push(() => (failFetch.has(ref) ? reject(new Error('404')) : resolve(new Blob([ref])))),
      );
    },
    decode: async (_blob, width, natural) => {
      decodes.push({ width, natural });
      if (failDecode) throw new Error('not an image');
      return new FakeBitmap(width, Math.round(width * 0.75));
    },
  };
  /** Answers every fetch waiting so far and lets the promises settle. */
  const answer = async () => {
    for (const done of waiting.splice(0)) done();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { source, fetches, decodes, answer };
}

describe('SketchImages', () => {
  it('fetches each picture once, however often and however wide it is wanted', async () => {
    const { source, fetches, decodes, answer } = fakeSource();
    const images = new SketchImages(source);
    images.want('a', 256, 4000);
    images.want('a', 256, 4000);
    images.want('a', 512, 4000);
    expect(images.status('a')).toBe('loading');
    await answer();
    expect(fetches).toEqual(['a']);
    expect(decodes.map((d) => d.width).sort()).toEqual([256, 512]);
    expect(images.status('a')).toBe('ready');
    // A width wanted later decodes the bytes already there: no second fetch.
    images.want('a', 1024, 4000);
    await answer();
    expect(fetches).toEqual(['a']);
    expect(images.bitmap('a', 1024)?.width).toBe(1024);
  });

  it('never decodes wider than the picture itself', async () => {
    const { source, decodes, answer } = fakeSource();
    const images = new SketchImages(source);
    images.want('small', 512, 300);
    await answer();
    expect(decodes).toEqual([{ width: 300, natural: 300 }]);
  });

  it('tells its readers when a picture arrives', async () => {
    const { source, answer } = fakeSource();
    const images = new SketchImages(source);
    let told = 0;
    images.subscribe(() => told++);
    const before = images.version;
    images.want('a', 128, 1000);
    await answer();
    expect(told).toBe(1);
    expect(images.version).toBeGreaterThan(before);
  });

  it('draws the nearest wider picture, else the widest narrower one, while the right width is on its way', async () => {
    const { source, answer } = fakeSource();
    const images = new SketchImages(source);
    expect(images.bitmap('a', 256)).toBeNull();
    images.want('a', 128, 4000);
    images.want('a', 1024, 4000);
    images.want('a', 2048, 4000);
    await answer();
    expect(images.bitmap('a', 512)?.width).toBe(1024);
    expect(images.bitmap('a', 4096)?.width).toBe(2048);
    expect(images.bitmap('a', 128)?.width).toBe(128);
  });

  it('fetches a few at a time, the most recently wanted first', async () => {
    const { source, fetches, answer } = fakeSource();
    const images = new SketchImages(source, { maxFetches: 2 });
    for (const ref of ['a', 'b', 'c', 'd']) images.want(ref, 64, 1000);
    // The first two went at once; of the two queued, the one wanted last goes next.
    expect(fetches).toEqual(['a', 'b']);
    await answer();
    expect(fetches).toEqual(['a', 'b', 'd', 'c']);
    await answer();
    expect(['a', 'b', 'c', 'd'].map((ref) => images.status(ref))).toEqual(['ready', 'ready', 'ready', 'ready']);
  });

  it('reads a failed fetch as failed, and tries again only when wanted after a growing pause', async () => {
    let now = 0;
    const { source, fetches, answer } = fakeSource({ failFetch: new Set(['gone']) });
    const images = new SketchImages(source, { now: () => now });
    images.want('gone', 256, 1000);
    await answer();
    expect(images.status('gone')).toBe('failed');
    expect(images.bitmap('gone', 256)).toBeNull();
    now = 1_000;
    images.want('gone', 256, 1000);
    expect(fetches).toHaveLength(1);
    now = 2_500;
    images.want('gone', 256, 1000);
    expect(fetches).toHaveLength(2);
    expect(images.status('gone')).toBe('loading');
    await answer();
    expect(images.status('gone')).toBe('failed');
    // The second failure waits twice as long.
    now = 2_500 + 3_000;
    images.want('gone', 256, 1000);
    expect(fetches).toHaveLength(2);
    now = 2_500 + 4_000;
    images.want('gone', 256, 1000);
    expect(fetches).toHaveLength(3);
  });

  it('reads bytes that do not decode as failed, and fetches them again on the retry', async () => {
    let now = 0;
    const { source, fetches, answer } = fakeSource({ failDecode: true });
    const images = new SketchImages(source, { now: () => now });
    images.want('broken', 256, 1000);
    await answer();
    expect(images.status('broken')).toBe('failed');
    now = 10_000;
    images.want('broken', 256, 1000);
    expect(fetches).toEqual(['broken', 'broken']);
  });

  it('lets the least recently drawn bitmaps go beyond its budget, never those drawn in the last seconds', async () => {
    let now = 0;
    const { source, answer } = fakeSource();
    // Room for about two 1000 × 750 bitmaps.
    const images = new SketchImages(source, { maxPixels: 1_600_000, now: () => now });
    images.want('old', 1000, 4000);
    await answer();
    const old = images.bitmap('old', 1000) as FakeBitmap;
    now = 10_000;
    images.want('recent', 1000, 4000);
    await answer();
    now = 11_000;
    images.want('new', 1000, 4000);
    await answer();
    expect(old.closed).toBe(true);
    expect(images.bitmap('old', 1000)).toBeNull();
    expect(images.status('recent')).toBe('ready');
    expect(images.status('new')).toBe('ready');
    // All three in view at once: over budget, but nothing in use is closed.
    now = 20_000;
    for (const ref of ['old', 'recent', 'new']) images.want(ref, 1000, 4000);
    await answer();
    expect(['old', 'recent', 'new'].map((ref) => images.status(ref))).toEqual(['ready', 'ready', 'ready']);
  });

  it('keeps what its readers mark as in use when a new picture needs room, however long ago it was decoded', async () => {
    let now = 0;
    const { source, answer } = fakeSource();
    const images = new SketchImages(source, { maxPixels: 1_600_000, now: () => now });
    // A reader that keeps asking for what is in view whenever something changes (as the canvas does).
    const inView = ['a', 'b'];
    images.subscribe(() => inView.forEach((ref) => images.want(ref, 1000, 4000)));
    images.want('a', 1000, 4000);
    images.want('b', 1000, 4000);
    await answer();
    const drawn = [images.bitmap('a', 1000), images.bitmap('b', 1000)] as FakeBitmap[];
    // Nothing is drawn for a long while (a still view), then a third picture arrives, over the budget.
    now = 60_000;
    images.want('c', 1000, 4000);
    await answer();
    // Not closed and decoded again: never let go at all.
    expect(drawn.map((bitmap) => bitmap.closed)).toEqual([false, false]);
    expect(images.bitmap('a', 1000)).toBe(drawn[0]);
    // Once out of view, the oldest goes when room is needed.
    inView.length = 0;
    now = 120_000;
    images.want('d', 1000, 4000);
    await answer();
    expect(['a', 'b', 'c', 'd'].filter((ref) => images.status(ref) === 'ready')).toHaveLength(2);
    expect(images.status('d')).toBe('ready');
  });

  it('ignores what arrives after it was destroyed', async () => {
    const { source, answer } = fakeSource();
    const images = new SketchImages(source);
    let told = 0;
    images.subscribe(() => told++);
    images.want('a', 256, 1000);
    images.destroy();
    await answer();
    expect(told).toBe(0);
    expect(images.bitmap('a', 256)).toBeNull();
    images.want('b', 256, 1000);
    expect(images.status('b')).toBe('loading');
  });
});
