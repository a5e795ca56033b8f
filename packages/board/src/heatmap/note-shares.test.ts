import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteHeatShares } from './note-shares';

describe('noteHeatShares', () => {
  it('gives each note its share of all votes', () => {
    const shares = noteHeatShares(
      new Map([
        ['a', 3],
        ['b', 1],
        ['c', 0],
      ]),
    );
    expect(Object.fromEntries(shares)).toEqual({ a: 0.75, b: 0.25, c: 0 });
  });

  it('sums to 1 whenever there are votes', () => {
    const tallies = fc.dictionary(fc.string(), fc.integer({ min: 0, max: 1000 }), { minKeys: 1 });
    fc.assert(
      fc.property(tallies, (record) => {
        const votes = new Map(Object.entries(record));
        fc.pre([...votes.values()].some((v) => v > 0));
        const shares = noteHeatShares(votes);
        expect(shares.size).toBe(votes.size);
        expect([...shares.values()].reduce((a, b) => a + b)).toBeCloseTo(1, 12);
        for (const share of shares.values()) expect(share >= 0 && share <= 1).toBe(true);
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it('returns an empty map for no notes and zeros when nobody voted', () => {
    expect(noteHeatShares(new Map()).size).toBe(0);
    expect(
      Object.fromEntries(
        noteHeatShares(
          new Map([
            ['a', 0],
            ['b', 0],
          ]),
        ),
      ),
    ).toEqual({ a: 0, b: 0 });
  });

  it('treats corrupt counts as zero rather than skewing the others', () => {
    const shares = noteHeatShares(
      new Map([
        ['a', 2],
        ['b', -5],
        ['c', Number.NaN],
        ['d', 2],
      ]),
    );
    expect(Object.fromEntries(shares)).toEqual({ a: 0.5, b: 0, c: 0, d: 0.5 });
  });
});
