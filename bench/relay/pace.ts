import { performance } from 'node:perf_hooks';

/**
 * Calls `act(k)` for the k-th event of a steady `ratePerSecond` stream until `durationMs` have passed. Events are
 * due at fixed times from the start (not after each other), so a late tick catches up instead of lowering the rate.
 */
export function pace(ratePerSecond: number, durationMs: number, act: (k: number) => void): Promise<void> {
  return new Promise((resolve) => {
    if (ratePerSecond <= 0) {
      setTimeout(resolve, durationMs);
      return;
    }
    const start = performance.now();
    const intervalMs = 1000 / ratePerSecond;
    let k = 0;
    const timer = setInterval(() => {
      const elapsed = performance.now() - start;
      const due = Math.min(elapsed, durationMs);
      while (k * intervalMs <= due) act(k++);
      if (elapsed >= durationMs) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds, checking every 20 ms; false when `timeoutMs` passed first. */
export async function waitFor(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}
