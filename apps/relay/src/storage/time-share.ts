import { performance } from 'node:perf_hooks';

/**
 * A budget of time that refills at `share` of the wall clock, up to `burstMs`: whether some work may still run now
 * (e.g. commits on the main thread, which must not take more than a small share of it).
 */
export class TimeShare {
  private available: number;
  private updatedAt: number;

  constructor(
    private readonly share: number,
    private readonly burstMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.available = burstMs;
    this.updatedAt = now();
  }

  /** True while some of the budget is left (it may then be overdrawn by one piece of work). */
  allows(): boolean {
    const now = this.now();
    this.available = Math.min(this.burstMs, this.available + (now - this.updatedAt) * this.share);
    this.updatedAt = now;
    return this.available > 0;
  }

  /** Records work that took `ms`. */
  spend(ms: number): void {
    this.available -= ms;
  }
}
