import type { LoadPlan, Target } from './plan';

export type ScenarioId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

/** One load from the issue, at full size or as a smoke test (tiny, only proving it still runs). */
export interface Scenario {
  id: ScenarioId;
  title: string;
  kind: LoadPlan['kind'];
  boards: number;
  plan(target: Target): LoadPlan;
}

type FanoutLoad = Extract<LoadPlan, { kind: 'fanout' }>['load'];

/** A fan-out scenario: `boards` boards, each with the same load, for `durationMs`. */
function fanout(id: ScenarioId, title: string, boards: number, load: FanoutLoad, durationMs: number): Scenario {
  return { id, kind: 'fanout', title, boards, plan: (target) => ({ kind: 'fanout', target, load, durationMs }) };
}

/** Full-size durations keep the whole suite near 6 minutes on 2 cores: three servers, each restarted per scenario. */
export function scenarios(smoke: boolean): Scenario[] {
  const durationMs = smoke ? 600 : 8_000;
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
    fanout(
      'c',
      smoke ? '(c) 20 clients, 4 dragging notes (40 updates/s)' : '(c) 200 clients, 20 dragging notes (400 updates/s)',
      1,
      {
        clientsPerBoard: smoke ? 20 : 200,
        writersPerBoard: smoke ? 4 : 20,
        writerRole: 'participant',
        updatesPerSecond: smoke ? 40 : 400,
        cursorHz: 0,
      },
      durationMs,
    ),
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
        ? '(f) ramp: 2 boards × 5 writing clients, ×2 per step'
        : '(f) ramp: 4 boards × 25 writing clients, from 500 updates/s ×1.25 per 3 s step',
      boards: smoke ? 2 : 4,
      plan: (target) => ({
        kind: 'ramp',
        target,
        load: {
          clientsPerBoard: smoke ? 5 : 25,
          writersPerBoard: smoke ? 5 : 25,
          writerRole: 'participant',
          cursorHz: 0,
        },
        startRate: smoke ? 20 : 500,
        factor: smoke ? 2 : 1.25,
        stepMs: smoke ? 400 : 3_000,
        maxSteps: smoke ? 3 : 24,
        thresholdMs: 100,
        requiredRatio: 0.99,
      }),
    },
  ];
}
