import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VoterCounts } from './voter-counts';

/** Every row's counts as a plain Map, read through `forEach`, checked against `size`. */
function rowsOf(counts: VoterCounts, rows: number): Map<number, number>[] {
  return Array.from({ length: rows }, (_, row) => {
    const seen = new Map<number, number>();
    counts.forEach(row, (voter, count) => seen.set(voter, count));
    expect(counts.size(row)).toBe(seen.size);
    return seen;
  });
}

/** The same counts kept the obvious way. */
function reference(rows: number, dotRow: readonly number[], dotVoter: readonly number[]): Map<number, number>[] {
  const expected = Array.from({ length: rows }, () => new Map<number, number>());
  dotRow.forEach((row, d) => {
    if (row < 0) return;
    const voter = dotVoter[d]!;
    expected[row]!.set(voter, (expected[row]!.get(voter) ?? 0) + 1);
  });
  return expected;
}

// Dots listed voter by voter, as a board scan lists them: voter v's dots are adjacent.
const dots = fc.array(fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 6 }), { maxLength: 12 }).map((voters) => ({
  dotRow: voters.flat(),
  dotVoter: voters.flatMap((rows, voter) => rows.map(() => voter)),
}));

describe('VoterCounts', () => {
  it('groups dots into per-row counts of each voter, skipping dots in no row', () => {
    fc.assert(
      fc.property(dots, ({ dotRow, dotVoter }) => {
        const counts = VoterCounts.group(6, dotRow, dotVoter);
        expect(rowsOf(counts, 6)).toEqual(reference(6, dotRow, dotVoter));
      }),
      { seed: 17, numRuns: 200 },
    );
  });

  it('adds and removes dots after the build, also in rows it was not built with', () => {
    fc.assert(
      fc.property(
        dots,
        fc.array(fc.record({ row: fc.nat(7), voter: fc.nat(12), delta: fc.constantFrom(1, -1) }), { maxLength: 30 }),
        ({ dotRow, dotVoter }, changes) => {
          const counts = VoterCounts.group(6, dotRow, dotVoter);
          const expected = [...reference(6, dotRow, dotVoter), new Map<number, number>(), new Map<number, number>()];
          for (const { row, voter, delta } of changes) {
            const before = expected[row]!.get(voter) ?? 0;
            if (before + delta < 0) continue; // an index never takes away a dot it does not hold
            const after = before + delta;
            if (after === 0) expected[row]!.delete(voter);
            else expected[row]!.set(voter, after);
            expect(counts.add(row, voter, delta)).toBe(after);
          }
          expect(rowsOf(counts, 8)).toEqual(expected);
        },
      ),
      { seed: 23, numRuns: 200 },
    );
  });

  it('starts empty', () => {
    const counts = VoterCounts.empty();
    expect(counts.size(0)).toBe(0);
    expect(counts.add(3, 7, 1)).toBe(1);
    expect(rowsOf(counts, 4)).toEqual([new Map(), new Map(), new Map(), new Map([[7, 1]])]);
  });
});
