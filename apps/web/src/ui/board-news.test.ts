import { describe, expect, it } from 'vitest';
import { boardNews, startNews, type BoardFacts } from './board-news';

const base: BoardFacts = {
  phase: 'open',
  silentWriting: false,
  othersNotes: new Set(),
  spent: 0,
  votesPerPerson: 5,
  roundId: null,
};

/** Runs readings through the tracker and returns the news of each. */
function newsOf(...readings: Array<Partial<BoardFacts>>) {
  let state = startNews(base);
  return readings.map((reading) => {
    const result = boardNews(state, { ...state.facts, ...reading });
    state = result.state;
    return result.news;
  });
}

describe('board news', () => {
  it('says nothing about the board as it was when tracking started, nor about a reading that changed nothing', () => {
    expect(newsOf({}, {})).toEqual([[], []]);
  });

  it('announces a phase change, and results when the round reaches Results', () => {
    expect(newsOf({ phase: 'vote', roundId: 'r1' }, { phase: 'results' })).toEqual([
      [{ kind: 'phase', phase: 'vote' }],
      [{ kind: 'phase', phase: 'results' }, { kind: 'results' }],
    ]);
  });

  it('counts notes that others added, not the ones that were already there', () => {
    expect(newsOf({ othersNotes: new Set(['a', 'b']) }, { othersNotes: new Set(['a', 'b', 'c']) })).toEqual([
      [{ kind: 'notes-added', count: 2 }],
      [{ kind: 'notes-added', count: 1 }],
    ]);
  });

  it('calls the notes that arrive when silent writing ends revealed, in the same reading or the next', () => {
    const writing = { phase: 'write' as const, silentWriting: true };
    const together = newsOf(writing, { phase: 'reveal', silentWriting: false, othersNotes: new Set(['a', 'b']) });
    expect(together[1]).toEqual([
      { kind: 'phase', phase: 'reveal' },
      { kind: 'notes-revealed', count: 2 },
    ]);
    const apart = newsOf(
      writing,
      { phase: 'reveal', silentWriting: false },
      { othersNotes: new Set(['a', 'b', 'c']) },
      { othersNotes: new Set(['a', 'b', 'c', 'd']) },
    );
    expect(apart.slice(1)).toEqual([
      [{ kind: 'phase', phase: 'reveal' }],
      [{ kind: 'notes-revealed', count: 3 }],
      [{ kind: 'notes-added', count: 1 }],
    ]);
  });

  it('tells this person their votes left when their spending changes, not when a new round or budget resets it', () => {
    expect(
      newsOf({ spent: 1 }, { spent: 2 }, { spent: 0, roundId: 'r2' }, { votesPerPerson: 3 }, { spent: 3 }),
    ).toEqual([
      [{ kind: 'votes-left', left: 4, total: 5 }],
      [{ kind: 'votes-left', left: 3, total: 5 }],
      [],
      [],
      [{ kind: 'votes-left', left: 0, total: 3 }],
    ]);
  });

  it('says nothing about votes to someone who cannot vote', () => {
    expect(newsOf({ spent: null }, { spent: null })).toEqual([[], []]);
  });
});
