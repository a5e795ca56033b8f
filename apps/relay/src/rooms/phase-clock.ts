/** Sets one-shot timers. The relay's is `setTimeout`; tests (and a scaled-out relay) can hand in another. */
export interface Scheduler {
  /** Calls `callback` once after `delayMs`; the returned function cancels it. */
  after(delayMs: number, callback: () => void): () => void;
}

/** `setTimeout`, unreferenced: a pending phase change never keeps the process alive at shutdown. */
export const timeoutScheduler: Scheduler = {
  after(delayMs, callback) {
    const timer = setTimeout(callback, delayMs);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/** Longer delays overflow `setTimeout` (it would fire at once); a far-off due time is waited for in steps. */
const MAX_DELAY_MS = 2_147_483_647;

export interface PhaseClockOptions {
  /** When the round is due to move on by itself (`autoAdvanceAt` of the session), or null. Read at every check. */
  dueAt: () => number | null;
  /** Moves the round on. Called at most once per due time, once that time has come by `now`. */
  advance: (dueAt: number) => void;
  /** The relay's clock (the clock the session's `timerEndsAt` is written in). */
  now: () => number;
  scheduler: Scheduler;
}

/**
 * Moves a round on when its timebox runs out, in the relay, so it happens even when the facilitator's laptop sleeps.
 * One clock per loaded board, owned by the room that owns the board (with several relays, the owning one: the timer
 * needs exactly one runner), holding at most one timer. `check()` looks at the due time again, whenever it may have
 * changed (the room runs it for `transition`'s `schedule-phase-clock` effect, and once at load): a due time that has
 * come (also one that passed while the board was unloaded or the relay down) advances at once, a later one sets the
 * timer, none clears it. The due time an advance was made for is never advanced for again, even if it were still read
 * (the phase change stops the timebox, so normally it is not).
 */
export class PhaseClock {
  private cancelTimer: (() => void) | null = null;
  private advancedFor: number | null = null;
  private stopped = false;

  constructor(private readonly options: PhaseClockOptions) {}

  /** Whether a timer is set (for tests and diagnostics). */
  get pending(): boolean {
    return this.cancelTimer !== null;
  }

  /** Advances now when the due time has come; otherwise sets the one timer for it (or none). */
  check(): void {
    this.clearTimer();
    if (this.stopped) return;
    const due = this.options.dueAt();
    if (due === null || due === this.advancedFor) return;
    const wait = due - this.options.now();
    if (wait > 0) {
      // A timer may fire a moment before the wall clock reaches the due time: the check then waits the rest.
      this.cancelTimer = this.options.scheduler.after(Math.min(wait, MAX_DELAY_MS), () => {
        this.cancelTimer = null;
        this.check();
      });
      return;
    }
    this.advancedFor = due;
    this.options.advance(due);
  }

  /** Clears the timer for good (the board unloads or is erased). */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private clearTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }
}
