/**
 * Measures how long this thread's event loop is blocked by its own doing (synchronous work, or a blocking call such as
 * a synchronous fsync), leaving out the time the thread was ready to run but *waiting for a CPU* that other processes
 * on a shared machine were using — which no code of ours can prevent.
 *
 * Why not `monitorEventLoopDelay` alone: on a 2-core CI machine that also runs Chromium and other test files, the
 * scheduler can leave a ready thread waiting for 50–100 ms, and the wall-clock delay then reports a stall although
 * the relay did nothing wrong. Linux reports each thread's time on a CPU and time waiting in the run queue in
 * `/proc/thread-self/schedstat` (nanoseconds), so a short interval timer can subtract the waiting from each gap
 * between its ticks. Elsewhere nothing is subtracted: the measure is then plain wall-clock delay.
 *
 * V8's parallel garbage collection makes the main thread sleep until helper threads finish, and on a busy machine
 * those may wait for a CPU: time that shows up here as "blocked" without being on a CPU. The relay's Vitest project
 * therefore runs with `--single-threaded-gc` (vitest.config.ts), which makes GC plain on-CPU time of this thread.
 */
import { readFileSync } from 'node:fs';
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** One gap between two timer ticks. */
export interface LoopGap {
  wallMs: number;
  /** Time this thread spent on a CPU. */
  runningMs: number;
  /** Time this thread was ready to run but queued behind other threads or processes. */
  waitingMs: number;
  /**
   * Wall time less the waiting: running, blocking calls, and up to one timer interval of idling before the tick.
   * This is the stall the code under test is responsible for.
   */
  blockedMs: number;
  /** Garbage-collection pauses within the gap (V8's own account of them). */
  gcMs: number;
}

export interface StallReport {
  /** Where the thread times came from (`cpuUsage`: no waiting time known, so blocked = wall). */
  source: 'schedstat' | 'cpuUsage';
  ticks: number;
  /** The gap with the most blocked time: the longest the loop was held up by its own doing. */
  longestBlocked: LoopGap;
  /** The gap with the most wall time, whatever the cause. */
  longestWall: LoopGap;
  /**
   * The gap with the most blocked time once garbage collection is left out: code running (or blocking) for that
   * long in one go. A test whose heap holds its own bulky fixtures pays GC pauses the code under test did not cause.
   */
  longestBlockedWithoutGc: LoopGap;
}

/** Gaps shorter than this are never the longest of anything worth reporting; only longer ones are kept. */
const KEEP_GAPS_OVER_MS = 10;

interface ThreadTimes {
  runningNs: number;
  waitingNs: number;
}

const SCHEDSTAT = '/proc/thread-self/schedstat';

function readSchedstat(): ThreadTimes | null {
  try {
    const [running, waiting] = readFileSync(SCHEDSTAT, 'utf8').trim().split(/\s+/).map(Number);
    if (!Number.isFinite(running) || !Number.isFinite(waiting)) return null;
    return { runningNs: running!, waitingNs: waiting! };
  } catch {
    return null;
  }
}

/** Process CPU time (helper threads included) as the running time; the waiting time is unknown and left at 0. */
function readCpuUsage(): ThreadTimes {
  const { user, system } = process.cpuUsage();
  return { runningNs: (user + system) * 1000, waitingNs: 0 };
}

/**
 * Starts ticking every `intervalMs` (a gap between two ticks spans at least one whole event-loop turn, so a turn's
 * work can't be split across gaps to hide it). `stop()` ends it and returns the longest gaps.
 */
export function watchEventLoopStalls(intervalMs = 5): { stop(): StallReport } {
  const source: StallReport['source'] = readSchedstat() ? 'schedstat' : 'cpuUsage';
  const read = source === 'schedstat' ? () => readSchedstat()! : readCpuUsage;
  const empty = (): LoopGap => ({ wallMs: 0, runningMs: 0, waitingMs: 0, blockedMs: 0, gcMs: 0 });
  let longestBlocked = empty();
  let longestWall = empty();
  let ticks = 0;
  const longGaps: Array<{ start: number; end: number; gap: LoopGap }> = [];
  const collections: Array<{ start: number; end: number }> = [];
  const record = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) collections.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  };
  const gcObserver = new PerformanceObserver((list) => record(list.getEntries()));
  gcObserver.observe({ entryTypes: ['gc'] });
  let lastWall = performance.now();
  let lastTimes = read();

  const tick = () => {
    const wall = performance.now();
    const times = read();
    const wallMs = wall - lastWall;
    const waitingMs = (times.waitingNs - lastTimes.waitingNs) / 1e6;
    const gap: LoopGap = {
      wallMs,
      runningMs: (times.runningNs - lastTimes.runningNs) / 1e6,
      waitingMs,
      blockedMs: Math.max(0, wallMs - waitingMs),
      gcMs: 0,
    };
    if (gap.blockedMs > KEEP_GAPS_OVER_MS) longGaps.push({ start: lastWall, end: wall, gap });
    if (gap.blockedMs > longestBlocked.blockedMs) longestBlocked = gap;
    if (gap.wallMs > longestWall.wallMs) longestWall = gap;
    ticks++;
    lastWall = wall;
    lastTimes = times;
  };
  const timer = setInterval(tick, intervalMs);

  return {
    stop() {
      clearInterval(timer);
      tick();
      record(gcObserver.takeRecords());
      gcObserver.disconnect();
      let longestBlockedWithoutGc = empty();
      for (const { start, end, gap } of longGaps) {
        gap.gcMs = collections.reduce(
          (sum, gc) => sum + Math.max(0, Math.min(end, gc.end) - Math.max(start, gc.start)),
          0,
        );
        if (gap.blockedMs - gap.gcMs > longestBlockedWithoutGc.blockedMs - longestBlockedWithoutGc.gcMs) {
          longestBlockedWithoutGc = gap;
        }
      }
      return { source, ticks, longestBlocked, longestWall, longestBlockedWithoutGc };
    },
  };
}

export function describeGap(gap: LoopGap): string {
  return (
    `${gap.wallMs.toFixed(1)} ms: blocked ${gap.blockedMs.toFixed(1)} ms (on a CPU ${gap.runningMs.toFixed(1)} ms, ` +
    `collecting garbage ${gap.gcMs.toFixed(1)} ms), waiting for a CPU ${gap.waitingMs.toFixed(1)} ms`
  );
}
