import { describe, expect, it } from 'vitest';
import { rankNotes } from './rank';

const createdAt: Record<string, number> = { a: 30, b: 10, c: 20, d: 10, e: 5 };
const createdAtOf = (id: string) => createdAt[id] ?? 0;

describe('rankNotes', () => {
  it('orders by votes, then earliest note, then note id, with competition ranks', () => {
    const ranked = rankNotes(
      [
        ['a', { votes: 3, voters: 3 }],
        ['b', { votes: 3, voters: 2 }],
        ['c', { votes: 1, voters: 1 }],
        ['d', { votes: 1, voters: 1 }],
        ['e', { votes: 0, voters: 0 }],
      ],
      createdAtOf,
    );
    expect(ranked).toEqual([
      { noteId: 'b', votes: 3, voters: 2, rank: 1 },
      { noteId: 'a', votes: 3, voters: 3, rank: 1 },
      { noteId: 'd', votes: 1, voters: 1, rank: 3 },
      { noteId: 'c', votes: 1, voters: 1, rank: 3 },
    ]);
  });

  it('breaks a createdAt tie by note id in code-unit order', () => {
    const ranked = rankNotes(
      [
        ['b', { votes: 2, voters: 1 }],
        ['B', { votes: 2, voters: 1 }],
        ['a', { votes: 2, voters: 1 }],
      ],
      () => 7,
    );
    expect(ranked.map((r) => r.noteId)).toEqual(['B', 'a', 'b']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1]);
  });

  it('returns an empty ranking when nothing has votes', () => {
    expect(rankNotes([], createdAtOf)).toEqual([]);
  });
});
