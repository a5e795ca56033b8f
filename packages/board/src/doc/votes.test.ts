import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createNote, deleteNote } from './notes';
import { castVote, canCastVote, retractVote, voterSpending } from './votes';
import { updateSession } from './session';
import { allVotes, voterVotes } from './access';

function board(votesPerPerson = 3, allowStacking = false) {
  const doc = new Y.Doc();
  updateSession(doc, { votesPerPerson, allowStacking });
  const a = createNote(doc, { x: 0, y: 0 }, { authorId: 'u1', now: 1 });
  const b = createNote(doc, { x: 300, y: 0 }, { authorId: 'u1', now: 2 });
  return { doc, a, b };
}

describe('votes', () => {
  it('stores a dot under its voter with a position relative to the note', () => {
    const { doc, a } = board();
    const result = castVote(doc, 'v1', { noteId: a, x: 20, y: 30 }, { now: 5 });
    expect(result.ok).toBe(true);
    const voteId = result.ok ? result.voteId : '';
    expect(voterVotes(doc, 'v1')?.get(voteId)).toEqual({ noteId: a, x: 20, y: 30, at: 5 });
  });

  it('refuses the vote past the budget and writes nothing', () => {
    const { doc, a, b } = board(2, true);
    expect(castVote(doc, 'v1', { noteId: a, x: 1, y: 1 }).ok).toBe(true);
    expect(castVote(doc, 'v1', { noteId: b, x: 1, y: 1 }).ok).toBe(true);
    const third = castVote(doc, 'v1', { noteId: null, x: 1, y: 1 });
    expect(third).toMatchObject({ ok: false, reason: 'budget-exhausted' });
    expect([...allVotes(doc)]).toHaveLength(2);
  });

  it('refuses a second dot on the same note without stacking', () => {
    const { doc, a } = board(5, false);
    castVote(doc, 'v1', { noteId: a, x: 1, y: 1 });
    expect(castVote(doc, 'v1', { noteId: a, x: 2, y: 2 })).toMatchObject({ ok: false, reason: 'stacking-not-allowed' });
    updateSession(doc, { allowStacking: true });
    expect(castVote(doc, 'v1', { noteId: a, x: 2, y: 2 }).ok).toBe(true);
  });

  it('counts budgets per voter', () => {
    const { doc, a } = board(1);
    expect(castVote(doc, 'v1', { noteId: a, x: 1, y: 1 }).ok).toBe(true);
    expect(castVote(doc, 'v2', { noteId: a, x: 1, y: 1 }).ok).toBe(true);
    expect(canCastVote(doc, 'v1', null).ok).toBe(false);
  });

  it('keeps charging a dot on a deleted note until it is taken back, and refuses new dots there', () => {
    const { doc, a, b } = board(1);
    const cast = castVote(doc, 'v1', { noteId: a, x: 1, y: 1 });
    deleteNote(doc, a);
    expect(voterSpending(doc, 'v1').spent).toBe(1);
    expect(castVote(doc, 'v1', { noteId: b, x: 1, y: 1 })).toMatchObject({ ok: false, reason: 'budget-exhausted' });
    if (cast.ok) retractVote(doc, 'v1', cast.voteId);
    expect(castVote(doc, 'v1', { noteId: a, x: 1, y: 1 })).toMatchObject({ ok: false, reason: 'note-missing' });
    expect(castVote(doc, 'v1', { noteId: b, x: 1, y: 1 }).ok).toBe(true);
  });

  it('retracts only an existing dot', () => {
    const { doc, a } = board();
    const cast = castVote(doc, 'v1', { noteId: a, x: 1, y: 1 });
    if (!cast.ok) throw new Error('vote refused');
    expect(retractVote(doc, 'v2', cast.voteId)).toBe(false);
    expect(retractVote(doc, 'v1', cast.voteId)).toBe(true);
    expect(retractVote(doc, 'v1', cast.voteId)).toBe(false);
    expect([...allVotes(doc)]).toHaveLength(0);
  });

  it('allows free dots anywhere on the board', () => {
    const { doc } = board();
    expect(castVote(doc, 'v1', { noteId: null, x: -500, y: 900 }).ok).toBe(true);
    expect([...allVotes(doc)][0]?.vote).toMatchObject({ noteId: null, x: -500, y: 900 });
  });
});
