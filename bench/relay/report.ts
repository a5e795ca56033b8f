import type { GoalResult } from '../lib/types';
import type { Closes, FanoutResult, LoadResult, RampResult, ReconnectResult } from './plan';
import type { Scenario, ScenarioId } from './scenarios';

/** What one server did in one scenario, or why it could not. */
export interface Run {
  server: string;
  scenario: Scenario;
  outcome: { result: LoadResult; cpuSeconds: number; peakRssMib: number } | { error: string };
}

/** Above this the generator, not the server, may have set the pace; such rows are marked. */
const GENERATOR_SATURATED = 0.9;
const NOTEVOTE = 'notevote';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(2)} %`);
const integer = (value: number) => Math.round(value).toLocaleString('en-US');
const closesText = (closes: Closes) =>
  Object.entries(closes)
    .map(([code, count]) => `${count}× ${code}`)
    .join(', ') || '–';
const generatorText = (load: number) => `${load.toFixed(2)}${load > GENERATOR_SATURATED ? ' †' : ''}`;
const sustained = (result: FanoutResult) => result.fullyDelivered / result.seconds;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function serverCells(run: Run & { outcome: { cpuSeconds: number; peakRssMib: number } }): string[] {
  return [run.outcome.cpuSeconds.toFixed(1), run.outcome.peakRssMib.toFixed(0)];
}

function fanoutTable(runs: Run[]): string {
  const rows = runs.map((run) => {
    if ('error' in run.outcome)
      return [run.server, `failed: ${run.outcome.error.split('\n')[0]}`, ...Array(8).fill('')];
    const result = run.outcome.result as FanoutResult;
    return [
      run.server,
      percent(result.delivered, result.expected),
      ms(result.latency.p50),
      ms(result.latency.p99),
      ms(result.latency.max),
      integer(sustained(result)),
      ...serverCells({ ...run, outcome: run.outcome }),
      generatorText(result.generatorCpuLoad),
      closesText(result.closes),
    ];
  });
  return table(
    [
      'server',
      'delivered',
      'p50 ms',
      'p99 ms',
      'max ms',
      'sustained upd/s',
      'server CPU s',
      'peak RSS MiB',
      'generator CPU',
      'closed by server',
    ],
    rows,
  );
}

function rampTable(runs: Run[]): string {
  const rows = runs.map((run) => {
    if ('error' in run.outcome)
      return [run.server, `failed: ${run.outcome.error.split('\n')[0]}`, ...Array(5).fill('')];
    const result = run.outcome.result as RampResult;
    const passed = result.steps.filter((step) => step.passed).at(-1);
    const failed = result.steps.find((step) => !step.passed);
    const failedText = failed
      ? `${integer(failed.rate)}/s: ${percent(failed.result.within100ms, failed.result.expected)} ≤ 100 ms, generator CPU ${generatorText(failed.result.generatorCpuLoad)}`
      : 'none (ramp ended)';
    return [
      run.server,
      integer(result.lastPassingRate),
      passed ? `${ms(passed.result.latency.p99)}` : '–',
      passed ? integer(sustained(passed.result)) : '–',
      failedText,
      ...serverCells({ ...run, outcome: run.outcome }),
    ];
  });
  return table(
    [
      'server',
      'highest passing rate upd/s',
      'p99 ms there',
      'sustained upd/s there',
      'first failing step',
      'server CPU s',
      'peak RSS MiB',
    ],
    rows,
  );
}

function reconnectTable(runs: Run[]): string {
  const rows = runs.map((run) => {
    if ('error' in run.outcome)
      return [run.server, `failed: ${run.outcome.error.split('\n')[0]}`, ...Array(7).fill('')];
    const result = run.outcome.result as ReconnectResult;
    return [
      run.server,
      `${result.synced} of ${result.clients}`,
      integer(result.stateBytes / 1024),
      ms(result.syncMs.p50),
      ms(result.syncMs.p99),
      result.allSyncedMs === null ? 'not all' : ms(result.allSyncedMs),
      ...serverCells({ ...run, outcome: run.outcome }),
      closesText(result.closes),
    ];
  });
  return table(
    [
      'server',
      'synced',
      'state KiB',
      'p50 ms',
      'p99 ms',
      'all synced ms',
      'server CPU s',
      'peak RSS MiB',
      'closed by server',
    ],
    rows,
  );
}

/** The figure each scenario compares servers on: lower is better for latency and sync time, higher for rates. */
interface Headline {
  value: number;
  lowerIsBetter: boolean;
  label: string;
}

function headlines(run: Run | undefined): Headline[] {
  if (!run || 'error' in run.outcome) return [];
  const result = run.outcome.result;
  switch (result.kind) {
    case 'fanout':
      return [
        { value: result.latency.p99, lowerIsBetter: true, label: 'p99' },
        { value: sustained(result), lowerIsBetter: false, label: 'sustained upd/s' },
      ];
    case 'ramp':
      return [{ value: result.lastPassingRate, lowerIsBetter: false, label: 'highest passing rate' }];
    case 'reconnect':
      return [
        { value: result.allSyncedMs ?? Infinity, lowerIsBetter: true, label: 'all synced' },
        { value: result.syncMs.p99, lowerIsBetter: true, label: 'p99 sync' },
      ];
  }
}

/** `ours` ÷ each of `peers`, per headline figure of every scenario. */
function ratioTable(runs: Run[], scenarioIds: ScenarioId[], peers: string[], oursName = NOTEVOTE): string {
  const rows: string[][] = [];
  for (const id of scenarioIds) {
    const ofScenario = runs.filter((run) => run.scenario.id === id);
    const ours = headlines(ofScenario.find((run) => run.server === oursName));
    for (const [index, headline] of ours.entries()) {
      const cells = peers.map((peer) => {
        const theirs = headlines(ofScenario.find((run) => run.server === peer))[index];
        if (!theirs || theirs.value === 0 || !Number.isFinite(theirs.value)) return '–';
        const ratio = headline.value / theirs.value;
        // Within 2 % is a tie: a fixed offered rate is delivered in full by every healthy server.
        if (Math.abs(ratio - 1) < 0.02) return `${ratio.toFixed(2)}× (even)`;
        const ahead = headline.lowerIsBetter ? ratio < 1 : ratio > 1;
        return `${ratio.toFixed(2)}× ${ahead ? '(ahead)' : '(behind)'}`;
      });
      rows.push([`(${id}) ${headline.label}`, ...cells]);
    }
  }
  return table([`${oursName} ÷`, ...peers], rows);
}

function fanoutOf(runs: Run[], id: ScenarioId): FanoutResult | null {
  const run = runs.find((each) => each.server === NOTEVOTE && each.scenario.id === id);
  return run && !('error' in run.outcome) && run.outcome.result.kind === 'fanout' ? run.outcome.result : null;
}

/** A goal's name from the scenario that ran, so a smoke run's table names the sizes it really used. */
function goalName(runs: Run[], id: ScenarioId, what: string): string {
  const title = runs.find((run) => run.scenario.id === id)?.scenario.title ?? `(${id})`;
  return `relay fan-out ${title}: ${what}`;
}

function p99Goal(runs: Run[], id: ScenarioId, what: string, limitMs: number): GoalResult {
  const result = fanoutOf(runs, id);
  const name = goalName(runs, id, what);
  const delivered = result ? result.delivered / Math.max(1, result.expected) : 0;
  return {
    name,
    measured: result
      ? `${ms(result.latency.p99)} ms (${percent(result.delivered, result.expected)} delivered)`
      : 'did not run',
    goal: `≤ ${limitMs} ms`,
    met: result !== null && result.latency.p99 <= limitMs && delivered >= 0.999,
  };
}

export function goals(runs: Run[], peers: string[]): GoalResult[] {
  const reconnect = runs.find((run) => run.server === NOTEVOTE && run.scenario.id === 'e');
  const synced = reconnect && !('error' in reconnect.outcome) ? (reconnect.outcome.result as ReconnectResult) : null;
  const aheadOnP99 = (['a', 'b', 'c', 'd'] as const).filter((id) => {
    const ours = fanoutOf(runs, id);
    return (
      ours !== null &&
      peers.every((peer) => {
        const theirs = headlines(runs.find((run) => run.server === peer && run.scenario.id === id))[0];
        return !theirs || ours.latency.p99 < theirs.value;
      })
    );
  });
  const rateOf = (server: string) =>
    headlines(runs.find((run) => run.server === server && run.scenario.id === 'f'))[0]?.value ?? 0;
  const bestPeerRate = Math.max(...peers.map(rateOf));
  return [
    p99Goal(runs, 'b', 'delivery p99', 15),
    p99Goal(runs, 'c', 'delivery p99', 50),
    p99Goal(runs, 'd', 'document-update p99', 100),
    {
      name: goalName(runs, 'e', 'all synced'),
      measured: synced
        ? synced.allSyncedMs === null
          ? `${synced.synced} of ${synced.clients} synced`
          : `${integer(synced.allSyncedMs)} ms`
        : 'did not run',
      goal: '≤ 5,000 ms',
      met: synced?.allSyncedMs !== null && synced !== null && synced.allSyncedMs <= 5_000,
    },
    {
      name: 'relay fan-out: p99 latency ahead of both peers (a–d)',
      measured: `ahead in ${aheadOnP99.length} of 4 (${aheadOnP99.join(', ') || 'none'})`,
      goal: 'ahead in 4 of 4',
      met: aheadOnP99.length === 4,
    },
    {
      name: 'relay fan-out (f): sustained rate ahead of both peers',
      measured: `${integer(rateOf(NOTEVOTE))} upd/s vs best peer ${integer(bestPeerRate)} upd/s`,
      goal: '> best peer',
      met: rateOf(NOTEVOTE) > bestPeerRate,
    },
  ];
}

/**
 * The section body: one table per scenario, then notevote's ratio to each peer, and (when it ran) notevote scaled
 * out over two instances against itself on one.
 */
export function body(
  runs: Run[],
  scenarios: Scenario[],
  peers: string[],
  notes: string[],
  scaledOut: string | null = null,
): string {
  const parts: string[] = [];
  for (const scenario of scenarios) {
    const ofScenario = runs.filter((run) => run.scenario.id === scenario.id);
    const kind = scenario.kind;
    parts.push(`#### ${scenario.title}`);
    parts.push(
      kind === 'ramp'
        ? rampTable(ofScenario)
        : kind === 'reconnect'
          ? reconnectTable(ofScenario)
          : fanoutTable(ofScenario),
    );
  }
  parts.push('#### notevote ÷ each peer');
  parts.push(
    ratioTable(
      runs,
      scenarios.map((scenario) => scenario.id),
      peers,
    ),
  );
  if (scaledOut && runs.some((run) => run.server === scaledOut)) {
    parts.push(`#### ${scaledOut} ÷ notevote on one instance`);
    parts.push(
      ratioTable(
        runs,
        scenarios.map((scenario) => scenario.id),
        [NOTEVOTE],
        scaledOut,
      ),
    );
  }
  parts.push(notes.join('\n'));
  return parts.join('\n\n');
}
