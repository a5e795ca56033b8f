import { describe, expect, it } from 'vitest';
import type { FanoutResult } from './plan';
import type { RelayTimings } from './relay-self-time';
import type { Run } from './rounds';
import { scenarios } from './scenarios';
import { selfTimeTable } from './self-time-report';

const plenary = scenarios(false).find((scenario) => scenario.id === 'b')!;
const buckets = (counts: number[]) => ({ bounds: [1, 2, 5], counts });
const timings: RelayTimings = {
  hold: buckets([0, 10, 0, 0]),
  store: buckets([10, 0, 0, 0]),
  fanout: buckets([0, 0, 10, 0]),
};

/** A measured round of (b) on `server`, with only what the table reads filled in. */
function round(server: string, number: number, wakeUps?: number[]): Run {
  const result = {
    latency: { count: 100, p50: 10, p99: 20 + number, max: 30 },
    relaySelf: timings,
    ...(wakeUps ? { wakeUps } : {}),
  } as unknown as FanoutResult;
  return { server, round: number, scenario: plenary, outcome: { result, cpuSeconds: 1, peakRssMib: 100 } };
}

/** The cells of the table's one data row. */
function cells(table: string | null): string[] {
  const row = table?.split('\n')[2];
  return (
    row
      ?.split('|')
      .map((cell) => cell.trim())
      .filter(Boolean) ?? []
  );
}

describe("the table of where notevote's time goes", () => {
  it("shows how late the machine's sleeping thread woke, over every round together, beside notevote's own time", () => {
    // 60 prompt wake-ups in one round and 40 late ones in the other: only both together give p50 prompt and p99 late.
    const runs = [round('notevote', 1, Array(60).fill(0.1)), round('notevote', 2, Array(40).fill(3))];
    const row = cells(selfTimeTable(runs, [plenary], 'notevote'));
    expect(row[0]).toBe(plenary.title);
    expect(row.at(-1)).toMatch(/^0\.1\d \/ 3\.0\d$/);
    // notevote's own columns are unchanged: held 1-2 ms, storing under 1 ms, sockets 2-5 ms.
    expect(row.slice(3, 6)).toEqual(['1.50 / 1.99', '0.50 / 0.99', '3.50 / 4.97']);
  });

  it('shows a dash where the probe did not run, and nothing for a server without its own timings', () => {
    expect(cells(selfTimeTable([round('notevote', 1)], [plenary], 'notevote')).at(-1)).toBe('–');
    expect(selfTimeTable([round('notevote', 1, [0.1])], [plenary], 'someone else')).toBeNull();
  });
});
