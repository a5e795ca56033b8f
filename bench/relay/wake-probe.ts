import { Worker } from 'node:worker_threads';

/**
 * How late a sleeping thread wakes up on this machine while a scenario runs: a floor for every server that sleeps on
 * the path of an update. A durable relay sleeps in each commit's fsync and must then get a core back; on two cores
 * kept busy by the load generator and the server, that wait is usually about a tenth of a millisecond but sometimes a
 * scheduler tick (about 4 ms), and it lands in the p99. The in-memory servers never sleep between reading an update
 * and sending it.
 *
 * A thread of the generator's process sleeps for a fixed period over and over (a futex wait, woken by a
 * high-resolution timer, as a thread blocked in fsync is woken by the disk's interrupt) and records how long after
 * the deadline it ran again. It costs one wake-up per period (its CPU, next to nothing, counts in the generator's)
 * and writes to no disk, so it takes nothing measurable from the server under test.
 */
export const WAKE_PERIOD_MS = 10;

/** At most this many samples per probe: 10 minutes at one per period, far more than one measured window. */
const MAX_SAMPLES = 60_000;

// Plain JavaScript, run by `eval`: a worker started from TypeScript source would need the tsx loader, and helpers a
// compiler adds to a stringified function would not exist in the worker.
const PROBE_THREAD = `
const { workerData } = require('node:worker_threads');
const control = new Int32Array(workerData.control);
const samples = new Float64Array(workerData.samples);
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const period = workerData.periodMs;
while (Atomics.load(control, 0) === 0) {
  const due = performance.now() + period;
  Atomics.wait(sleeper, 0, 0, period);
  const count = Atomics.load(control, 1);
  if (count < samples.length) {
    samples[count] = performance.now() - due;
    Atomics.store(control, 1, count + 1);
  }
}
`;

export interface WakeProbe {
  /** Stops the probe; resolves with how late each wake-up was, in milliseconds, in the order they happened. */
  stop(): Promise<number[]>;
}

/** Starts sleeping and waking on a thread of its own, until `stop`. */
export function startWakeProbe(periodMs = WAKE_PERIOD_MS): WakeProbe {
  // control[0]: stop when 1; control[1]: samples written so far.
  const control = new SharedArrayBuffer(8);
  const samples = new SharedArrayBuffer(MAX_SAMPLES * Float64Array.BYTES_PER_ELEMENT);
  const worker = new Worker(PROBE_THREAD, { eval: true, workerData: { control, samples, periodMs } });
  // Settles when the thread ends: after `stop`, or at once if it fails.
  const ended = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
  ended.catch(() => undefined);
  let stopped: Promise<number[]> | null = null;
  const stop = async () => {
    const flags = new Int32Array(control);
    Atomics.store(flags, 0, 1);
    await ended;
    return Array.from(new Float64Array(samples, 0, Atomics.load(flags, 1)));
  };
  return {
    stop: () => (stopped ??= stop()),
  };
}
