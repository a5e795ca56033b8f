/*
 * What the page says to screen readers about the board, through one polite live region (`Announcer.tsx`). A busy
 * board must not flood a screen reader: messages wait so that at most one is spoken every `gapMs`, and what waits is
 * merged — a newer message of the same kind replaces an older one ("Phase: Vote" after "Phase: Reveal"), counts add
 * up ("3 notes added"), and everything waiting is spoken together as one message.
 */

/** The time and timers the queue runs on (real ones in the app, a fake clock in tests). */
export interface AnnouncerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: AnnouncerClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** At most one message every this long, unless it answers the person's own action. */
const ANNOUNCEMENT_GAP_MS = 2_000;

type Pending = { text: string } | { count: number; format: (count: number) => string };

export class AnnouncementQueue {
  private readonly pending = new Map<string, Pending>();
  private lastSpokenAt = -Infinity;
  private timer: unknown = null;

  constructor(
    private readonly speak: (text: string) => void,
    private readonly clock: AnnouncerClock = realClock,
    private readonly gapMs = ANNOUNCEMENT_GAP_MS,
  ) {}

  /**
   * Queues `text` under `key`, replacing what waits under the same key. `now`: the answer to this person's own
   * keystroke (a note selected, a vote's remaining budget), spoken at once, with anything waiting.
   */
  say(key: string, text: string, { now = false }: { now?: boolean } = {}): void {
    if (!text) return;
    this.pending.set(key, { text });
    this.schedule(now);
  }

  /** Adds `by` to the count waiting under `key`, spoken as `format(total)` ("3 notes added"). */
  count(key: string, by: number, format: (count: number) => string): void {
    if (by <= 0) return;
    const waiting = this.pending.get(key);
    const total = (waiting && 'count' in waiting ? waiting.count : 0) + by;
    this.pending.set(key, { count: total, format });
    this.schedule(false);
  }

  /** Drops whatever waits (the page is closing the board). */
  clear(): void {
    this.pending.clear();
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(urgent: boolean): void {
    const since = this.clock.now() - this.lastSpokenAt;
    if (urgent || since >= this.gapMs) {
      this.flush();
      return;
    }
    if (this.timer === null) this.timer = this.clock.setTimeout(() => this.flush(), this.gapMs - since);
  }

  private flush(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.size === 0) return;
    const parts = [...this.pending.values()].map((each) => ('text' in each ? each.text : each.format(each.count)));
    this.pending.clear();
    this.lastSpokenAt = this.clock.now();
    this.speak(parts.join(' '));
  }
}

/** What the live region shows: the last message, and a serial that changes even when the words repeat. */
export interface Spoken {
  text: string;
  serial: number;
}

let spoken: Spoken = { text: '', serial: 0 };
const listeners = new Set<() => void>();

/** The page's one queue; `Announcer` renders what it speaks. */
export const announcer = new AnnouncementQueue((text) => {
  spoken = { text, serial: spoken.serial + 1 };
  for (const listener of listeners) listener();
});

/** The last message spoken (for `Announcer`, through `useSyncExternalStore`). */
export function lastSpoken(): Spoken {
  return spoken;
}

export function subscribeSpoken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
