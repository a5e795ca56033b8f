import { TokenBucket } from '../rooms/rate-limit';

export interface AddressRateLimitOptions {
  perHour: number;
  burst: number;
  /**
   * Addresses remembered at most; the least recently seen is forgotten first (it starts again with a full burst).
   * Keeps memory bounded however many addresses send requests.
   */
  maxAddresses?: number;
}

/** A token bucket per client address: `perHour` on average, `burst` at once. */
export class AddressRateLimit {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly maxAddresses: number;

  constructor(private readonly options: AddressRateLimitOptions) {
    this.maxAddresses = options.maxAddresses ?? 10_000;
  }

  /** Spends one request of `address`'s budget: 0 when allowed, else how many seconds until it would be. */
  take(address: string, now = Date.now()): number {
    let bucket = this.buckets.get(address);
    if (bucket) {
      // Re-inserted so the map's order is least recently seen first.
      this.buckets.delete(address);
    } else {
      bucket = new TokenBucket(this.options.perHour / 3600, this.options.burst, now);
      if (this.buckets.size >= this.maxAddresses) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    }
    this.buckets.set(address, bucket);
    if (bucket.tryTake(now)) return 0;
    return Math.max(1, Math.ceil(bucket.msUntilToken(now) / 1000));
  }

  /**
   * How many seconds until `address` may spend again; 0 when it may now. Spends nothing: for limits on outcomes
   * (codes that opened nothing), checked before the attempt and spent after it failed.
   */
  wait(address: string, now = Date.now()): number {
    const ms = this.buckets.get(address)?.msUntilToken(now) ?? 0;
    return ms === 0 ? 0 : Math.max(1, Math.ceil(ms / 1000));
  }

  /** Addresses remembered now (for tests). */
  get size(): number {
    return this.buckets.size;
  }
}
