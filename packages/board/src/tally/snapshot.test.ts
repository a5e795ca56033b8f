import { describe, expect, it } from 'vitest';
import { assembleTally, type TallyParts } from './snapshot';

const parts: TallyParts = {
  round: null,
  notes: { ids: ['n2', 'n1', 'n3'], votes: [2, 2, 0], voters: [1, 2, 0], createdAt: [5, 5, 1] },
  clusters: [
    ['c2', { votes: 0, voters: 0, noteCount: 1, clusterDots: 0 }],
    ['c1', { votes: 4, voters: 2, noteCount: 2, clusterDots: 0 }],
  ],
  spenders: ['zoe', 'amy', 'bob'],
  spent: [1, 3, 6],
  votesPerPerson: 5,
  totalVotes: 4,
  clusterVotes: 0,
  freeVotes: 0,
  voterCount: 2,
};

describe('assembleTally', () => {
  it('orders notes by rank, clusters and voters by id', () => {
    const tally = assembleTally(parts);
    expect([...tally.notes.keys()]).toEqual(['n1', 'n2']);
    expect(tally.ranking.map((r) => [r.noteId, r.rank])).toEqual([
      ['n1', 1],
      ['n2', 1],
    ]);
    expect([...tally.clusters.keys()]).toEqual(['c1', 'c2']);
    expect([...tally.voters]).toEqual([
      ['amy', { spent: 3, remaining: 2 }],
      ['bob', { spent: 6, remaining: 0 }],
      ['zoe', { spent: 1, remaining: 4 }],
    ]);
  });

  it('builds voters once, on first read, and still shows them to spreads and equality', () => {
    const tally = assembleTally(parts);
    const voters = tally.voters;
    expect(tally.voters).toBe(voters);
    const copy = { ...tally };
    expect(copy.voters).toBe(voters);
    expect(Object.keys(tally)).toContain('voters');
    expect(tally).toEqual({ ...assembleTally(parts) });
  });
});
