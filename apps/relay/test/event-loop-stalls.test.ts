import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { watchEventLoopStalls } from './event-loop-stalls';

const STALL_MS = 120;

/** Lets the monitor's timer tick a few times. */
const idle = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('watchEventLoopStalls', () => {
  it('counts synchronous work as a stall', async () => {
    const watch = watchEventLoopStalls();
    await idle(20);
    // Spin until this process has used STALL_MS of CPU, so the stall is real even on a busy machine.
    const cpuStart = process.cpuUsage();
    while (true) {
      const { user, system } = process.cpuUsage(cpuStart);
      if ((user + system) / 1000 >= STALL_MS) break;
    }
    await idle(20);
    const report = watch.stop();
    expect(report.longestBlocked.blockedMs).toBeGreaterThanOrEqual(STALL_MS * 0.9);
    expect(report.longestBlocked.runningMs).toBeGreaterThanOrEqual(STALL_MS * 0.5);
    // Leaving garbage collection out never hides code that ran: this loop allocates nothing to collect.
    const own = report.longestBlockedWithoutGc;
    expect(own.blockedMs - own.gcMs).toBeGreaterThanOrEqual(STALL_MS * 0.8);
  });

  it('tells garbage-collection pauses apart from the code that ran', async () => {
    const watch = watchEventLoopStalls();
    await idle(20);
    // Enough short-lived garbage that V8 must collect several times during this one synchronous stretch.
    let kept = 0;
    const start = performance.now();
    while (performance.now() - start < STALL_MS) {
      const chunk = Array.from({ length: 10_000 }, (_, i) => ({ i, text: `item ${i}` }));
      kept += chunk.length;
    }
    await idle(20);
    const report = watch.stop();
    expect(kept).toBeGreaterThan(0);
    expect(report.longestBlocked.gcMs).toBeGreaterThan(0);
    expect(report.longestBlocked.gcMs).toBeLessThanOrEqual(report.longestBlocked.wallMs);
  });

  it('counts a blocking call that holds the thread off the CPU (like a synchronous fsync) as a stall', async () => {
    const watch = watchEventLoopStalls();
    await idle(20);
    const start = performance.now();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, STALL_MS);
    expect(performance.now() - start).toBeGreaterThanOrEqual(STALL_MS - 1);
    await idle(20);
    const report = watch.stop();
    // Asleep, not waiting for a CPU: all of it is the code's own doing.
    expect(report.longestBlocked.blockedMs).toBeGreaterThanOrEqual(STALL_MS - 1);
  });

  it('reports no stall while the loop only waits for timers', async () => {
    const watch = watchEventLoopStalls(5);
    await idle(STALL_MS);
    const report = watch.stop();
    expect(report.ticks).toBeGreaterThan(3);
    // Each gap is one timer interval of idling plus scheduling noise: far below a stall.
    expect(report.longestBlocked.blockedMs).toBeLessThan(STALL_MS / 2);
  });
});
