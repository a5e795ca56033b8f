import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Timing statistics of one measurement, in milliseconds per operation. */
export interface Timing {
  median: number;
  p95: number;
  min: number;
  samples: number;
}

export interface MeasureOptions {
  /** Untimed runs first, so the JIT has optimized the code before any sample counts. */
  warmup: number;
  samples: number;
  /** Operations per sample: timing a batch keeps performance.now()'s own cost and resolution out of µs numbers. */
  batch?: number;
}

/**
 * Times `run` (which performs `batch` operations per call): median, 95th percentile and minimum per operation.
 * Goals are judged on the median unless they say p95; min shows the machine's best case, p95 the slow tail: garbage
 * collections the operation's own allocations bring on, and neighbour noise.
 */
export function measure(run: () => unknown, options: MeasureOptions): Timing {
  const batch = options.batch ?? 1;
  collectGarbage();
  for (let i = 0; i < options.warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    const start = performance.now();
    run();
    times.push((performance.now() - start) / batch);
  }
  return summarize(times);
}

/** Median, 95th percentile and minimum of some sample times (ms). */
export function summarize(samples: readonly number[]): Timing {
  const times = [...samples].sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95), min: times[0]!, samples: times.length };
}

/**
 * One full collection before a measurement starts. Building its inputs (a seeded board, 100,000 dots) leaves garbage
 * behind, and collecting it, tens of milliseconds, would otherwise land in whichever sample happened to trigger it.
 * Nothing is collected between samples: the garbage an operation makes is collected where it falls, and counts.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** "12.4 µs", "3.91 ms" or "166 s", whichever reads best. */
export function formatDuration(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  return ms < 1000 ? `${ms.toPrecision(3)} ms` : `${(ms / 1000).toPrecision(3)} s`;
}
