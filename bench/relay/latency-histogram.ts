import type { LatencySummary } from './plan';

/** Buckets of 10 µs up to 100 ms, then 1% wide: exact where the goals are, bounded memory for millions of samples. */
const FINE_STEP_MS = 0.01;
const FINE_BUCKETS = 10_000;
const COARSE_GROWTH = Math.log(1.01);

function bucketOf(ms: number): number {
  if (ms < FINE_BUCKETS * FINE_STEP_MS) return Math.max(0, Math.floor(ms / FINE_STEP_MS));
  return FINE_BUCKETS + Math.floor(Math.log(ms / (FINE_BUCKETS * FINE_STEP_MS)) / COARSE_GROWTH);
}

function upperBoundOf(bucket: number): number {
  if (bucket < FINE_BUCKETS) return (bucket + 1) * FINE_STEP_MS;
  return FINE_BUCKETS * FINE_STEP_MS * Math.exp((bucket - FINE_BUCKETS + 1) * COARSE_GROWTH);
}

/** Latency samples in milliseconds, kept as a histogram so per-delivery work is one increment. */
export class LatencyHistogram {
  private readonly counts = new Map<number, number>();
  private fine = new Uint32Array(FINE_BUCKETS);
  count = 0;
  max = 0;

  record(ms: number): void {
    this.count++;
    if (ms > this.max) this.max = ms;
    const bucket = bucketOf(ms);
    if (bucket < FINE_BUCKETS) this.fine[bucket] = (this.fine[bucket] ?? 0) + 1;
    else this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
  }

  /** The latency below which a share `p` (0–1) of the samples fall (bucket upper bound, capped at the max). */
  percentile(p: number): number {
    if (this.count === 0) return 0;
    const rank = Math.ceil(p * this.count);
    let seen = 0;
    for (let bucket = 0; bucket < FINE_BUCKETS; bucket++) {
      seen += this.fine[bucket] ?? 0;
      if (seen >= rank) return Math.min(upperBoundOf(bucket), this.max);
    }
    for (const bucket of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(bucket) ?? 0;
      if (seen >= rank) return Math.min(upperBoundOf(bucket), this.max);
    }
    return this.max;
  }

  summary(): LatencySummary {
    return { count: this.count, p50: this.percentile(0.5), p99: this.percentile(0.99), max: this.max };
  }
}
