import { integer, ms, table } from './format';
import { LatencyHistogram } from './latency-histogram';
import type { FanoutResult } from './plan';
import { mergeTimings, observations, quantile, type Buckets } from './relay-self-time';
import { ServerRounds, type Measured, type Run } from './rounds';
import type { Scenario } from './scenarios';

/** Sub-millisecond figures need their hundredths (a commit: 0.2-1 ms); larger ones are as elsewhere in the report. */
const fine = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(2) : ms(value));
const fanoutOf = (run: Measured) => run.outcome.result as FanoutResult;
const p50p99 = (buckets: Buckets) => `${fine(quantile(buckets, 0.5))} / ${fine(quantile(buckets, 0.99))}`;

/** p50 / p99 of how late the wake-up probe's thread woke, over every round's window together. */
function wakeUpLateness(runs: readonly Measured[]): string {
  const lateness = new LatencyHistogram();
  for (const run of runs) for (const late of fanoutOf(run).wakeUps ?? []) lateness.record(late);
  return lateness.count === 0 ? '–' : `${fine(lateness.percentile(0.5))} / ${fine(lateness.percentile(0.99))}`;
}

/**
 * Where a notevote delivery's time goes, per fan-out scenario, from notevote's own metrics over the measured windows
 * of every round: how long it held each message (judging, applying, storing), how much of that the store's commit
 * took, and how long handing a message to every socket of its board took; beside them, how late a sleeping thread woke
 * on the machine meanwhile (wake-probe.ts). Null when notevote ran none of them.
 */
export function selfTimeTable(runs: readonly Run[], scenarios: readonly Scenario[], server: string): string | null {
  const rows: string[][] = [];
  for (const scenario of scenarios) {
    if (scenario.kind !== 'fanout') continue;
    const row = ServerRounds.of(runs, server, scenario.id);
    const timings = mergeTimings(row.measured.flatMap((run) => fanoutOf(run).relaySelf ?? []));
    if (!timings) continue;
    rows.push([
      scenario.title,
      `${ms(row.median((run) => fanoutOf(run).latency.p50))} / ${ms(row.median((run) => fanoutOf(run).latency.p99))}`,
      integer(observations(timings.hold)),
      p50p99(timings.hold),
      p50p99(timings.store),
      p50p99(timings.fanout),
      wakeUpLateness(row.measured),
    ]);
  }
  if (rows.length === 0) return null;
  return table(
    [
      'scenario',
      'delivery p50 / p99 ms (median of rounds)',
      'messages relayed',
      'held p50 / p99 ms',
      'of which storing (commit) p50 / p99 ms',
      'handing to every socket p50 / p99 ms',
      'the machine: a sleeping thread wakes late by p50 / p99 ms',
    ],
    rows,
  );
}
