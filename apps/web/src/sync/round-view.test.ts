import { describe, expect, it } from 'vitest';
import type { PlacedVote } from '@notevote/board';
import { dotsCounted, dotsOfRound, resolveRound, resultsShown, viewFor } from './round-view';

const dot = (key: string, round?: string): PlacedVote => ({
  key,
  voterId: 'u',
  voteId: key,
  vote: { noteId: 'n', x: 0, y: 0, at: 1, ...(round ? { round } : {}) },
});

describe('round view', () => {
  it('follows the round in progress unless an earlier one was chosen', () => {
    expect(resolveRound('current', { roundId: 'r2' })).toBe('r2');
    expect(resolveRound('r1', { roundId: 'r2' })).toBe('r1');
    expect(resolveRound('current', { roundId: null })).toBeNull();
    expect(viewFor('r2', { roundId: 'r2' })).toBe('current');
    expect(viewFor('r1', { roundId: 'r2' })).toBe('r1');
  });

  it('keeps each round’s dots apart (dots without a round were cast outside rounds)', () => {
    const dots = [dot('a', 'r1'), dot('b', 'r2'), dot('c')];
    expect(dotsOfRound(dots, 'r1').map((d) => d.key)).toEqual(['a']);
    expect(dotsOfRound(dots, null).map((d) => d.key)).toEqual(['c']);
  });

  it('hides the round in progress until Results, never an earlier round', () => {
    for (const phase of ['write', 'reveal', 'vote'] as const) {
      expect(resultsShown('r2', { roundId: 'r2', phase })).toBe(false);
      expect(resultsShown('r1', { roundId: 'r2', phase })).toBe(true);
    }
    for (const phase of ['results', 'discuss'] as const)
      expect(resultsShown('r2', { roundId: 'r2', phase })).toBe(true);
    expect(resultsShown(null, { roundId: null, phase: 'open' })).toBe(true);
  });

  it('counts every dot of a round: on notes, on clusters and free', () => {
    expect(dotsCounted({ totalVotes: 60, clusterVotes: 4, freeVotes: 6 })).toBe(70);
  });
});
