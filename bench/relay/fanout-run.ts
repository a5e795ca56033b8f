import { performance } from 'node:perf_hooks';
import { Crowd } from './crowd';
import { type DeliveryTracker, Measurement } from './delivery-tracker';
import { seedHistory } from './history';
import type { LeanClient } from './lean-client';
import type { Closes, FanoutLoad, FanoutPlan, FanoutResult, RampPlan, RampResult, RampStep } from './plan';
import { pace, sleep, waitFor } from './pace';
import type { MetricsEndpoint } from './relay-self-time';
import { openSelfTimeWindow } from './self-time-window';
import { SyncType, cursorFrame, syncFrame } from './wire';

/** Longest wait after the last write for its deliveries; anything later has failed every goal anyway. */
const DRAIN_MS = 1_500;
/** The uncounted warm-up before a measured window, as a share of its length (1 s before 4 s; see `measure`). */
const WARM_UP_SHARE = 0.25;
/** Longest wait for the notes' creation to be relayed before measuring anyway. */
const SETUP_TIMEOUT_MS = 10_000;

type CrowdLoad = Omit<FanoutLoad, 'updatesPerSecond'>;

/** Connects everyone and lets each writer create its note, so measured writes are all small moves. */
async function readyCrowd(plan: { target: FanoutPlan['target']; load: CrowdLoad }): Promise<Crowd> {
  const crowd = new Crowd(plan.target, plan.load);
  await crowd.connect();
  // Measuring starts once every note's creation has reached every receiver (a burst of a thousand creations can keep
  // a validating server busy for longer than a fixed pause), plus a moment for the servers to settle.
  const setup = new Measurement();
  crowd.createNotes(setup);
  await waitFor(() => !crowd.tracker.waiting(setup), SETUP_TIMEOUT_MS);
  await sleep(300);
  crowd.tracker.clear();
  return crowd;
}

/** What `measure` drives: who writes, who sends presence, and where deliveries and closes are counted. */
export interface MeasuredCrowd {
  tracker: DeliveryTracker;
  writers: LeanClient[];
  clients: LeanClient[];
  closes: Closes;
}

export interface MeasuredLoad {
  /** How many clients should receive each update (the writer's board, less the writer). */
  receivers: number;
  rate: number;
  cursorHz: number;
  durationMs: number;
  /** Where the server tells its own share of the deliveries, read before and after (notevote on one instance). */
  metrics?: MetricsEndpoint | undefined;
  /** Whether the same load runs uncounted first, for WARM_UP_SHARE of `durationMs` (see `measure`). */
  warmUp?: boolean;
}

/**
 * Writes at `rate` (and sends cursors) for `durationMs`, then waits for the stragglers and counts. With `warmUp`,
 * the same load runs first for a quarter of that, uncounted: a server restarted for the scenario runs its code cold at first
 * (interpreted, then compiled as it gets hot), and in a scenario of a hundred-odd updates the first few alone would
 * set the p99 (in (b) the four slowest of 120 updates to notevote were its first four, 23-34 ms against a median
 * 7.7 ms), which measures the server's start-up rather than a board in use.
 */
export async function measure(crowd: MeasuredCrowd, load: MeasuredLoad): Promise<FanoutResult> {
  const cursorClocks = new Uint32Array(crowd.clients.length);
  if (load.warmUp) {
    const warmUpMs = Math.round(load.durationMs * WARM_UP_SHARE);
    await drive(crowd, { ...load, durationMs: warmUpMs }, new Measurement(), cursorClocks);
    crowd.tracker.clear();
  }
  const measurement = new Measurement();
  const selfTime = load.metrics ? await openSelfTimeWindow(load.metrics) : null;
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  await drive(crowd, load, measurement, cursorClocks);

  const cpu = process.cpuUsage(cpuBefore);
  const cpuLoad = (cpu.user + cpu.system) / 1e6 / ((performance.now() - startedAt) / 1000);
  const result = measurement.result(load.durationMs / 1000, cpuLoad, crowd.closes);
  return selfTime ? { ...result, ...(await selfTime.close()) } : result;
}

/** Sends the load for `load.durationMs`, counting into `measurement`, and waits for its deliveries to drain. */
async function drive(
  crowd: MeasuredCrowd,
  load: MeasuredLoad,
  measurement: Measurement,
  cursorClocks: Uint32Array,
): Promise<void> {
  const { writers, clients } = crowd;
  const writing = pace(load.rate, load.durationMs, (k) => {
    const client = writers[k % writers.length];
    if (!client?.writer) return;
    const { update, key } = client.writer.move(k % 10_000);
    crowd.tracker.sent(key, load.receivers, measurement, performance.now());
    client.send(syncFrame(SyncType.update, update));
  });
  const cursors = pace(clients.length * load.cursorHz, load.durationMs, (k) => {
    const index = k % clients.length;
    const client = clients[index];
    if (!client) return;
    cursorClocks[index] = (cursorClocks[index] ?? 0) + 1;
    client.send(cursorFrame(client.clientId, cursorClocks[index] ?? 0, k % 1_000, index));
  });
  await Promise.all([writing, cursors]);
  await waitFor(() => !crowd.tracker.waiting(measurement), DRAIN_MS);
}

/** `measure` for every board of a crowd alike. */
function measureCrowd(
  crowd: Crowd,
  load: CrowdLoad,
  rate: number,
  durationMs: number,
  options: Pick<MeasuredLoad, 'metrics' | 'warmUp'> = {},
): Promise<FanoutResult> {
  const receivers = load.clientsPerBoard - 1;
  return measure(crowd, { receivers, rate, cursorHz: load.cursorHz, durationMs, ...options });
}

export async function runFanout(plan: FanoutPlan): Promise<FanoutResult> {
  const history = plan.load.historyClientIds ?? 0;
  const leaveHistory = history > 0 ? await seedHistory(plan.target, history) : () => undefined;
  try {
    const crowd = await readyCrowd(plan);
    try {
      return await measureCrowd(crowd, plan.load, plan.load.updatesPerSecond, plan.durationMs, {
        metrics: plan.target.metrics,
        warmUp: true,
      });
    } finally {
      crowd.close();
    }
  } finally {
    leaveHistory();
  }
}

/**
 * Raises the rate step by step with the same clients until a step misses the latency bar, then tries `finerSteps`
 * rates between the last passing step and that one (see RampPlan), from the lowest up, until one fails.
 */
export async function runRamp(plan: RampPlan, log: (line: string) => void): Promise<RampResult> {
  const crowd = await readyCrowd(plan);
  const steps: RampStep[] = [];
  const step = async (rate: number, finer: boolean) => {
    const result = await measureCrowd(crowd, plan.load, rate, plan.stepMs);
    const passed = result.expected > 0 && result.within100ms / result.expected >= plan.requiredRatio;
    steps.push({ rate, result, passed, finer });
    log(
      `ramp ${Math.round(rate)}/s${finer ? ' (finer)' : ''}: p99 ${result.latency.p99.toFixed(1)} ms, ${passed ? 'passed' : 'failed'}`,
    );
    crowd.tracker.clear();
    return passed;
  };
  try {
    let rate = plan.startRate;
    let passed = true;
    for (let coarse = 0; coarse < plan.maxSteps && passed; coarse++) {
      passed = await step(rate, false);
      if (passed) rate = Math.round(rate * plan.factor);
    }
    const lastPassing = steps.filter((s) => s.passed).at(-1);
    if (!passed && lastPassing) {
      await sleep(plan.settleMs);
      for (let finer = 1; finer <= plan.finerSteps; finer++) {
        const finerRate = Math.round(lastPassing.rate * plan.factor ** (finer / (plan.finerSteps + 1)));
        if (!(await step(finerRate, true))) break;
      }
    }
  } finally {
    crowd.close();
  }
  const passing = steps.filter((s) => s.passed).map((s) => s.rate);
  const failing = steps.filter((s) => !s.passed).map((s) => s.rate);
  return {
    kind: 'ramp',
    steps,
    lastPassingRate: Math.max(0, ...passing),
    firstFailingRate: failing.length > 0 ? Math.min(...failing) : null,
  };
}
