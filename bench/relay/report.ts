import { closesText, integer, ms, percent, sumCloses, table } from './format';
import { beats, headlines, sustained } from './headlines';
import type { FanoutResult, IdleMemoryResult, PeopleResult, RampResult, ReconnectResult } from './plan';
import { type Measured, type Run, ServerRounds } from './rounds';
import type { Scenario, ScenarioId } from './scenarios';
import { selfTimeTable } from './self-time-report';

/** Above this the generator, not the server, may have set the pace; such rows are marked. */
const GENERATOR_SATURATED = 0.9;
const NOTEVOTE = 'notevote';

const SELF_TIME_NOTE =
  "From notevote's Prometheus metrics, read before and after each round's measured window (all rounds together; " +
  'quantiles interpolated inside histogram buckets, as `histogram_quantile` does). "Held" runs from reading an ' +
  'update to starting to send it on: judging it, applying it with the others of its turn, and storing them (it ' +
  'is stored before it is relayed); "storing" is each update\'s wait from being handed to the store until it is ' +
  'on disk: mostly the commit (an fsync on this disk, slower when commits are sparse: it cannot batch them), plus, ' +
  'for an update early in its turn, the judging of the rest of the turn. Handing a message to every socket is one ' +
  "write per socket, as for every server; a receiver's delivery time adds its place in that loop, the network " +
  "stack and the load generator's reading. The last column is the machine, not notevote: a thread of the load " +
  'generator sleeps 10 ms at a time throughout the same windows and records how late it runs again (wake-probe.ts). ' +
  'A durable relay sleeps in every commit (the fsync) and needs a core back afterwards; on two cores kept busy by ' +
  'the generator and the server, that wait is the column: its p99 is a floor under "storing" at p99 for any ' +
  'server that stores before it relays. The in-memory servers never sleep between reading an update and sending ' +
  'it on; the durable null relay does, like notevote.';

const generatorText = (load: number) => `${load.toFixed(2)}${load > GENERATOR_SATURATED ? ' †' : ''}`;
const orNotAll = (value: number) => (Number.isFinite(value) ? ms(value) : 'not all');

/** A figure shown round by round: alone for one round; each round, then their median, for more. */
function perRoundHeader(label: string, rounds: number): string[] {
  if (rounds === 1) return [label];
  const names = Array.from({ length: rounds }, (_, i) => `r${i + 1}`).join(' / ');
  return [`${label} ${names}`, `${label} median`];
}

function perRoundCells(
  row: ServerRounds,
  rounds: number,
  value: (run: Measured) => number,
  format: (value: number) => string,
): string[] {
  const each = row.each(value, format);
  return rounds === 1 ? [each] : [each, format(row.median(value))];
}

/** The median server CPU and peak RSS of a row's rounds. */
function serverCells(row: ServerRounds): string[] {
  return [
    row.median((run) => run.outcome.cpuSeconds).toFixed(1),
    row.median((run) => run.outcome.peakRssMib).toFixed(0),
  ];
}

/** The rows of one scenario's table: one per server that ran it, failed ones saying why. */
function rowsOf(rows: ServerRounds[], width: number, cells: (row: ServerRounds) => string[]): string[][] {
  return rows.map((row) => {
    const failure = row.failure;
    return failure ? [row.server, `failed: ${failure}`, ...Array<string>(width - 2).fill('')] : cells(row);
  });
}

/** The fan-out figures of a run: a fan-out scenario's result, or the load part of the people scenario's. */
const fanoutOf = (run: Measured): FanoutResult => {
  const result = run.outcome.result;
  return result.kind === 'people' ? result.load : (result as FanoutResult);
};

function fanoutTable(rows: ServerRounds[], rounds: number): string {
  const header = [
    'server',
    'delivered',
    'p50 ms',
    ...perRoundHeader('p99 ms', rounds),
    'max ms',
    'sustained upd/s',
    'server CPU s',
    'peak RSS MiB',
    'generator CPU',
    'closed by server',
  ];
  const f = (run: Measured) => fanoutOf(run);
  return table(
    header,
    rowsOf(rows, header.length, (row) => [
      row.server,
      percent(
        row.lowest((run) => f(run).delivered / Math.max(1, f(run).expected)),
        1,
      ),
      ms(row.median((run) => f(run).latency.p50)),
      ...perRoundCells(row, rounds, (run) => f(run).latency.p99, ms),
      ms(row.median((run) => f(run).latency.max)),
      integer(row.median((run) => sustained(f(run)))),
      ...serverCells(row),
      generatorText(row.highest((run) => f(run).generatorCpuLoad)),
      closesText(sumCloses(row.measured.map((run) => f(run).closes))),
    ]),
  );
}

function rampTable(rows: ServerRounds[], rounds: number): string {
  const header = [
    'server',
    ...perRoundHeader('highest passing rate upd/s', rounds),
    'p99 ms there',
    'sustained upd/s there',
    'first failing step',
    'server CPU s',
    'peak RSS MiB',
  ];
  const rate = (run: Measured) => (run.outcome.result as RampResult).lastPassingRate;
  return table(
    header,
    rowsOf(rows, header.length, (row) => {
      // The figures "there" are the median round's, so they belong to the rate shown as the median.
      const result = row.medianRun(rate)!.outcome.result as RampResult;
      const passed = result.steps.find((step) => step.passed && step.rate === result.lastPassingRate);
      const failed = result.steps.find((step) => !step.passed && step.rate === result.firstFailingRate);
      const failedText = failed
        ? `${integer(failed.rate)}/s: ${percent(failed.result.within100ms, failed.result.expected)} ≤ 100 ms, generator CPU ${generatorText(failed.result.generatorCpuLoad)}`
        : 'none (ramp ended)';
      return [
        row.server,
        ...perRoundCells(row, rounds, rate, integer),
        passed ? ms(passed.result.latency.p99) : '–',
        passed ? integer(sustained(passed.result)) : '–',
        failedText,
        ...serverCells(row),
      ];
    }),
  );
}

function reconnectTable(rows: ServerRounds[], rounds: number): string {
  const header = [
    'server',
    'synced',
    'state KiB',
    'p50 ms',
    'p99 ms',
    ...perRoundHeader('all synced ms', rounds),
    'server CPU s',
    'peak RSS MiB',
    'closed by server',
  ];
  const r = (run: Measured) => run.outcome.result as ReconnectResult;
  return table(
    header,
    rowsOf(rows, header.length, (row) => [
      row.server,
      `${row.lowest((run) => r(run).synced)} of ${row.measured[0] ? r(row.measured[0]).clients : 0}`,
      integer(row.median((run) => r(run).stateBytes) / 1024),
      ms(row.median((run) => r(run).syncMs.p50)),
      ms(row.median((run) => r(run).syncMs.p99)),
      ...perRoundCells(row, rounds, (run) => r(run).allSyncedMs ?? Infinity, orNotAll),
      ...serverCells(row),
      closesText(sumCloses(row.measured.map((run) => r(run).closes))),
    ]),
  );
}

/** (g): who got in (both sockets of a person synced), what was refused on the way, then the plenary's fan-out. */
function peopleTable(rows: ServerRounds[], rounds: number): string {
  const header = [
    'server',
    'people in',
    'all in after ms',
    'refused while joining',
    'delivered',
    'p50 ms',
    ...perRoundHeader('p99 ms', rounds),
    'server CPU s',
    'peak RSS MiB',
    'generator CPU',
    'closed during load',
  ];
  const p = (run: Measured) => run.outcome.result as PeopleResult;
  return table(
    header,
    rowsOf(rows, header.length, (row) => [
      row.server,
      `${integer(row.lowest((run) => p(run).admitted))} of ${integer(row.measured[0] ? p(row.measured[0]).people : 0)}`,
      orNotAll(row.median((run) => p(run).allJoinedMs ?? Infinity)),
      closesText(sumCloses(row.measured.map((run) => p(run).refusals))),
      percent(
        row.lowest((run) => p(run).load.delivered / Math.max(1, p(run).load.expected)),
        1,
      ),
      ms(row.median((run) => p(run).load.latency.p50)),
      ...perRoundCells(row, rounds, (run) => p(run).load.latency.p99, ms),
      ...serverCells(row),
      generatorText(row.highest((run) => p(run).load.generatorCpuLoad)),
      closesText(sumCloses(row.measured.map((run) => p(run).load.closes))),
    ]),
  );
}

/** What one server's idle connections cost, measured once per run. */
export interface MemoryRun {
  server: string;
  outcome: { result: IdleMemoryResult } | { error: string };
}

export function memoryTable(runs: readonly MemoryRun[]): string {
  const mib = (kib: number) => (kib / 1024).toFixed(1);
  const rows = runs.map((run) => {
    if ('error' in run.outcome) return [run.server, `failed: ${run.outcome.error.split('\n')[0]}`, '', '', '', ''];
    const result = run.outcome.result;
    const perConnection =
      result.synced === 0 ? '–' : ((result.rssAfterKib - result.rssBeforeKib) / result.synced).toFixed(1);
    return [
      run.server,
      `${integer(result.synced)} of ${integer(result.connections)}`,
      mib(result.rssBeforeKib),
      mib(result.rssAfterKib),
      perConnection,
      closesText(result.closes),
    ];
  });
  return table(
    ['server', 'idle sockets synced', 'RSS before MiB', 'RSS after MiB', 'KiB per connection', 'closed by server'],
    rows,
  );
}

/**
 * `ours` ÷ each of `others`, per headline figure of every scenario, on the medians of the rounds; with several
 * rounds, also in how many `ours` was ahead of that server in that same round on the first figure (the goals').
 */
function ratioTable(runs: Run[], ids: ScenarioId[], others: string[], rounds: number, oursName = NOTEVOTE): string {
  const rows: string[][] = [];
  for (const id of ids) {
    const ours = ServerRounds.of(runs, oursName, id);
    const count = headlines(ours.measured[0]).length;
    for (let index = 0; index < count; index++) {
      const headline = (run: Measured | undefined) => headlines(run)[index];
      const oursMedian = ours.median((run) => headline(run)?.value ?? Number.NaN);
      const cells = others.map((other) => {
        const theirs = ServerRounds.of(runs, other, id);
        const theirMedian = theirs.median((run) => headline(run)?.value ?? Number.NaN);
        if (!Number.isFinite(theirMedian) || theirMedian === 0 || !Number.isFinite(oursMedian)) return '–';
        const ratio = oursMedian / theirMedian;
        const lowerIsBetter = headline(ours.measured[0])?.lowerIsBetter ?? true;
        // Within 2 % is a tie: a fixed offered rate is delivered in full by every healthy server.
        const verdict =
          Math.abs(ratio - 1) < 0.02 ? 'even' : (lowerIsBetter ? ratio < 1 : ratio > 1) ? 'ahead' : 'behind';
        // Rounds are counted for the figure the goals compare; rates offered in full tie in every round anyway.
        if (rounds === 1 || index > 0) return `${ratio.toFixed(2)}× (${verdict})`;
        const roundsAhead = ours.measured.filter((run) =>
          beats(headline(run), headline(theirs.round(run.round))),
        ).length;
        return `${ratio.toFixed(2)}× (${verdict}; ahead in ${roundsAhead} of ${rounds})`;
      });
      rows.push([`(${id}) ${headline(ours.measured[0])?.label ?? ''}`, ...cells]);
    }
  }
  return table([`${oursName} ÷`, ...others], rows);
}

export interface BodyParts {
  scenarios: Scenario[];
  /** Every server that ran, in report order. */
  servers: string[];
  /** The servers notevote is divided by in the ratio table (the peers, in memory and persistent). */
  peers: string[];
  rounds: number;
  memory: MemoryRun[];
  memoryTitle: string;
  notes: string[];
  /** notevote scaled out, when it ran: divided by notevote on one instance. */
  scaledOut: string | null;
}

/**
 * The section body: one table per scenario (every round's headline figure), the idle-memory table, then notevote's
 * ratio to each peer, and notevote scaled out against itself on one instance.
 */
export function body(runs: Run[], parts: BodyParts): string {
  const out: string[] = [];
  for (const scenario of parts.scenarios) {
    const rows = parts.servers
      .map((server) => ServerRounds.of(runs, server, scenario.id))
      .filter((row) => row.runs.length > 0);
    out.push(`#### ${scenario.title}`);
    switch (scenario.kind) {
      case 'ramp':
        out.push(rampTable(rows, parts.rounds));
        break;
      case 'reconnect':
        out.push(reconnectTable(rows, parts.rounds));
        break;
      case 'people':
        out.push(peopleTable(rows, parts.rounds));
        break;
      default:
        out.push(fanoutTable(rows, parts.rounds));
    }
  }
  if (parts.memory.length > 0) out.push(`#### ${parts.memoryTitle}`, memoryTable(parts.memory));
  const ids = parts.scenarios.map((scenario) => scenario.id);
  if (runs.some((run) => run.server === NOTEVOTE)) {
    out.push('#### notevote ÷ each peer', ratioTable(runs, ids, parts.peers, parts.rounds));
  }
  if (parts.scaledOut && runs.some((run) => run.server === parts.scaledOut)) {
    out.push(
      `#### ${parts.scaledOut} ÷ notevote on one instance`,
      ratioTable(runs, ids, [NOTEVOTE], parts.rounds, parts.scaledOut),
    );
  }
  const selfTime = selfTimeTable(runs, parts.scenarios, NOTEVOTE);
  if (selfTime) out.push("#### Where notevote's time goes: its own share of each delivery", selfTime, SELF_TIME_NOTE);
  out.push(parts.notes.join('\n'));
  return out.join('\n\n');
}
