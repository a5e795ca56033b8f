/**
 * A token bucket: `ratePerSecond` on average, `burst` at once. `take()` says how long to wait (ms) before the next
 * message would be within the rate; 0 means it is.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    now = Date.now(),
  ) {
    this.tokens = burst;
    this.updatedAt = now;
  }

  /** Spends one token if there is one; false (and nothing spent) when the bucket is empty. */
  tryTake(now = Date.now()): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** How long (ms) until a token is available; 0 when one is. Spends nothing. */
  msUntilToken(now = Date.now()): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.ratePerSecond) * 1000);
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond);
    this.updatedAt = now;
  }

  /** Spends one token; returns 0, or the ms until the bucket is positive again when it went into debt. */
  take(now = Date.now()): number {
    this.refill(now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.ratePerSecond) * 1000);
  }
}
