import type { LoadPlan, Target } from './plan';

export type ScenarioId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';

/** One load from the issue, at full size or as a smoke test (tiny, only proving it still runs). */
export interface Scenario {
  id: ScenarioId;
  title: string;
  kind: LoadPlan['kind'];
  boards: number;
  /**
   * The connection limits notevote runs with: raised, because the generator's whole crowd shares one address
   * (NOTEVOTE_BENCH_LIMITS), or its defaults, for the scenario that checks the defaults admit a plenary.
   */
  limits: 'raised' | 'defaults';
  /** Whether it needs the server to keep the board's content (the null relay keeps none, so it skips these). */
  needsDocument?: true;
  plan(target: Target): LoadPlan;
}

type FanoutLoad = Extract<LoadPlan, { kind: 'fanout' }>['load'];

/** A fan-out scenario: `boards` boards, each with the same load, for `durationMs`. */
function fanout(id: ScenarioId, title: string, boards: number, load: FanoutLoad, durationMs: number): Scenario {
  return {
    id,
    kind: 'fanout',
    title,
    boards,
    limits: 'raised',
    // A history is kept only by a server that keeps the document; the floors keep none.
    ...(load.historyClientIds ? { needsDocument: true as const } : {}),
    plan: (target) => ({ kind: 'fanout', target, load, durationMs }),
  };
}

/**
 * Full-size durations (4 s of load per fan-out scenario; in (f), fourteen 1.5 s steps at most, from 1,000 to about
 * 49,500 updates/s, beyond what one generator process can offer, so the ramp ends where a server fails, then two finer
 * steps) keep a full run, three rounds of eight servers each restarted per scenario, near 32 minutes on 2 cores.
 */
export function scenarios(smoke: boolean): Scenario[] {
  const durationMs = smoke ? 600 : 4_000;
  // People dragging notes on one board: (c), and (h) on a board with a long history.
  const dragging = {
    title: smoke ? '20 clients, 4 dragging notes (40 updates/s)' : '200 clients, 20 dragging notes (400 updates/s)',
    load: {
      clientsPerBoard: smoke ? 20 : 200,
      writersPerBoard: smoke ? 4 : 20,
      writerRole: 'participant',
      updatesPerSecond: smoke ? 40 : 400,
      cursorHz: 0,
    } satisfies FanoutLoad,
  };
  return [
    fanout(
      'a',
      smoke ? '(a) 2 boards × 5 clients, 1 update/s each' : '(a) 20 boards × 50 clients, 1 update/s each',
      smoke ? 2 : 20,
      {
        clientsPerBoard: smoke ? 5 : 50,
        writersPerBoard: smoke ? 5 : 50,
        writerRole: 'participant',
        updatesPerSecond: smoke ? 10 : 1_000,
        cursorHz: 0,
      },
      durationMs,
    ),
    fanout(
      'b',
      smoke
        ? '(b) plenary: 1 board, 20 clients, facilitator 30 updates/s'
        : '(b) plenary: 1 board, 1,000 clients, facilitator 30 updates/s',
      1,
      {
        clientsPerBoard: smoke ? 20 : 1_000,
        writersPerBoard: 1,
        writerRole: 'facilitator',
        updatesPerSecond: 30,
        cursorHz: 0,
      },
      durationMs,
    ),
    fanout('c', `(c) ${dragging.title}`, 1, dragging.load, durationMs),
    fanout(
      'd',
      smoke
        ? '(d) 10 clients, cursors at 10 Hz, 2 writing (4 updates/s)'
        : '(d) 200 clients, cursors at 10 Hz, 5 writing (20 updates/s)',
      1,
      {
        clientsPerBoard: smoke ? 10 : 200,
        writersPerBoard: smoke ? 2 : 5,
        writerRole: 'participant',
        updatesPerSecond: smoke ? 4 : 20,
        cursorHz: 10,
      },
      durationMs,
    ),
    {
      id: 'e',
      kind: 'reconnect',
      title: smoke
        ? '(e) 20 clients connect at once to a 64 KB board'
        : '(e) 1,000 clients connect at once to a 1 MB board',
      boards: 1,
      limits: 'raised',
      needsDocument: true,
      plan: (target) => ({
        kind: 'reconnect',
        target,
        clients: smoke ? 20 : 1_000,
        boardBytes: smoke ? 64 * 1024 : 1024 * 1024,
        timeoutMs: smoke ? 5_000 : 15_000,
      }),
    },
    {
      id: 'f',
      kind: 'ramp',
      title: smoke
        ? '(f) ramp: 2 boards × 5 writing clients, ×2 per step, ×1.41 after a failure'
        : '(f) ramp: 4 boards × 25 writing clients, from 1,000 updates/s ×1.35 per 1.5 s step, ×1.105 after a failure',
      boards: smoke ? 2 : 4,
      limits: 'raised',
      plan: (target) => ({
        kind: 'ramp',
        target,
        load: {
          clientsPerBoard: smoke ? 5 : 25,
          writersPerBoard: smoke ? 5 : 25,
          writerRole: 'participant',
          cursorHz: 0,
        },
        startRate: smoke ? 20 : 1_000,
        factor: smoke ? 2 : 1.35,
        stepMs: smoke ? 400 : 1_500,
        maxSteps: smoke ? 3 : 14,
        finerSteps: smoke ? 1 : 2,
        settleMs: smoke ? 200 : 1_000,
        thresholdMs: 100,
        requiredRatio: 0.99,
      }),
    },
    {
      id: 'g',
      kind: 'people',
      title: smoke
        ? '(g) 20 people behind one address (board + private socket each), facilitator 30 updates/s'
        : '(g) 2,000 people behind one address (board + private socket each), facilitator 30 updates/s',
      boards: 1,
      limits: 'defaults',
      plan: (target) => ({
        kind: 'people',
        target,
        people: smoke ? 20 : 2_000,
        updatesPerSecond: 30,
        durationMs,
        // At most 200 people a second: the pace of a room reconnecting after its Wi-Fi dropped, not a flood.
        batchSize: 100,
        batchMs: 500,
        graceMs: smoke ? 2_000 : 5_000,
      }),
    },
    // (c) again, on a board that has been in use for a week: the same load, a long history.
    fanout(
      'h',
      `(h) a long-lived board: ${smoke ? '200' : '5,000'} client ids in its history, ${dragging.title}`,
      1,
      { ...dragging.load, historyClientIds: smoke ? 200 : 5_000 },
      durationMs,
    ),
  ];
}
