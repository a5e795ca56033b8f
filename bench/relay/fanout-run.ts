import { performance } from 'node:perf_hooks';
import { Crowd } from './crowd';
import { Measurement } from './delivery-tracker';
import type { FanoutLoad, FanoutPlan, FanoutResult, RampPlan, RampResult, RampStep } from './plan';
import { pace, sleep, waitFor } from './pace';
import { SyncType, cursorFrame, syncFrame } from './wire';

/** Longest wait after the last write for its deliveries; anything later has failed every goal anyway. */
const DRAIN_MS = 1_500;

type CrowdLoad = Omit<FanoutLoad, 'updatesPerSecond'>;

/** Connects everyone and lets each writer create its note, so measured writes are all small moves. */
async function readyCrowd(plan: { target: FanoutPlan['target']; load: CrowdLoad }): Promise<Crowd> {
  const crowd = new Crowd(plan.target, plan.load);
  await crowd.connect();
  crowd.createNotes();
  await sleep(300);
  crowd.tracker.clear();
  return crowd;
}

/** Writes at `rate` (and sends cursors) for `durationMs`, then waits for the stragglers and counts. */
async function measure(crowd: Crowd, load: CrowdLoad, rate: number, durationMs: number): Promise<FanoutResult> {
  const measurement = new Measurement();
  const receivers = load.clientsPerBoard - 1;
  const writers = crowd.writers;
  const clients = crowd.clients;
  const cursorClocks = new Uint32Array(clients.length);
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();

  const writing = pace(rate, durationMs, (k) => {
    const client = writers[k % writers.length];
    if (!client?.writer) return;
    const { update, key } = client.writer.move(k % 10_000);
    crowd.tracker.sent(key, receivers, measurement, performance.now());
    client.send(syncFrame(SyncType.update, update));
  });
  const cursors = pace(clients.length * load.cursorHz, durationMs, (k) => {
    const index = k % clients.length;
    const client = clients[index];
    if (!client) return;
    cursorClocks[index] = (cursorClocks[index] ?? 0) + 1;
    client.send(cursorFrame(client.clientId, cursorClocks[index] ?? 0, k % 1_000, index));
  });
  await Promise.all([writing, cursors]);
  await waitFor(() => !crowd.tracker.waiting(measurement), DRAIN_MS);

  const cpu = process.cpuUsage(cpuBefore);
  const cpuLoad = (cpu.user + cpu.system) / 1e6 / ((performance.now() - startedAt) / 1000);
  return measurement.result(durationMs / 1000, cpuLoad, crowd.closes);
}

export async function runFanout(plan: FanoutPlan): Promise<FanoutResult> {
  const crowd = await readyCrowd(plan);
  try {
    return await measure(crowd, plan.load, plan.load.updatesPerSecond, plan.durationMs);
  } finally {
    crowd.close();
  }
}

/** Raises the rate step by step with the same clients until a step misses the latency bar. */
export async function runRamp(plan: RampPlan, log: (line: string) => void): Promise<RampResult> {
  const crowd = await readyCrowd(plan);
  const steps: RampStep[] = [];
  try {
    let rate = plan.startRate;
    for (let step = 0; step < plan.maxSteps; step++) {
      const result = await measure(crowd, plan.load, rate, plan.stepMs);
      const passed = result.expected > 0 && result.within100ms / result.expected >= plan.requiredRatio;
      steps.push({ rate, result, passed });
      log(`ramp ${Math.round(rate)}/s: p99 ${result.latency.p99.toFixed(1)} ms, ${passed ? 'passed' : 'failed'}`);
      if (!passed) break;
      crowd.tracker.clear();
      rate = Math.round(rate * plan.factor);
    }
  } finally {
    crowd.close();
  }
  const passing = steps.filter((step) => step.passed);
  return { kind: 'ramp', steps, lastPassingRate: passing.at(-1)?.rate ?? 0 };
}
