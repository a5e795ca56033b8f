import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NOTE_COLORS } from '../schema/types';
import { allVotes, notesMap } from './access';
import { initBoard } from './board';
import { createNote, readNote, readNotes } from './notes';
import {
  canCastVoteIn,
  castVoteIn,
  copyRevealed,
  createNoteIn,
  docForNewNotes,
  docWithNote,
  dropRevealed,
  isPrivateNote,
  parsePrivateDocName,
  pendingIn,
  privateDocName,
  retractOrphanedDots,
  retractVoteIn,
  spendingIn,
  type Workspace,
} from './private';
import { readSecrecySummary, relayPresence, summarizePending } from './secrecy-summary';
import { updateSession } from './session';
import { castVote } from './votes';
import { deleteNote } from './notes';
import { authorIdFor, deriveBoardIdentity } from '../identity/derive';

const ME = deriveBoardIdentity('amina device secret', 'board-1', 2);
const AMINA = ME.userId;

function workspace(): Workspace {
  const board = new Y.Doc();
  initBoard(board, { title: 'Sprint' });
  return { board, own: new Y.Doc() };
}

describe('private document names', () => {
  it('round-trips a board id and a user id, and rejects anything else', () => {
    expect(privateDocName('board-1', AMINA)).toBe(`board-1/${AMINA}`);
    expect(parsePrivateDocName(`board-1/${AMINA}`)).toEqual({ boardId: 'board-1', userId: AMINA });
    for (const bad of ['board-1', `board-1/${AMINA}/x`, 'board-1/short', `bad id/${AMINA}`, `/${AMINA}`]) {
      expect(parsePrivateDocName(bad)).toBeNull();
    }
  });
});

describe('where edits go', () => {
  it('puts new notes and dots in the private document only while their mode is on', () => {
    const space = workspace();
    expect(docForNewNotes(space)).toBe(space.board);
    updateSession(space.board, { silentWriting: true });
    const secret = createNoteIn(space, { x: 0, y: 0, text: 'mine' }, { author: ME });
    expect(readNote(space.own!, secret)?.text).toBe('mine');
    expect(readNote(space.board, secret)).toBeNull();
    expect(isPrivateNote(space, secret)).toBe(true);

    castVoteIn(space, AMINA, { noteId: null, x: 1, y: 1 });
    expect([...allVotes(space.board)]).toHaveLength(1);
    updateSession(space.board, { secretVoting: true });
    castVoteIn(space, AMINA, { noteId: secret, x: 1, y: 1 });
    expect([...allVotes(space.own!)]).toHaveLength(1);
    expect(spendingIn(space, AMINA).spent).toBe(2);
  });

  it('refuses a public dot on a still-private note, and takes a secret one', () => {
    const space = workspace();
    updateSession(space.board, { silentWriting: true });
    const secret = createNoteIn(space, { x: 0, y: 0, text: 'mine' }, { author: ME });
    expect(castVoteIn(space, AMINA, { noteId: secret, x: 1, y: 1 })).toEqual({ ok: false, reason: 'note-private' });
    expect([...allVotes(space.board)]).toHaveLength(0);
    updateSession(space.board, { secretVoting: true });
    expect(castVoteIn(space, AMINA, { noteId: secret, x: 1, y: 1 }).ok).toBe(true);
    expect([...allVotes(space.own!)]).toHaveLength(1);
  });

  it('answers, without writing, what castVoteIn would: budget, stacking and a public dot on a private note', () => {
    const space = workspace();
    updateSession(space.board, { votesPerPerson: 2, silentWriting: true });
    const secret = createNoteIn(space, { x: 0, y: 0, text: 'mine' }, { author: ME });
    updateSession(space.board, { silentWriting: false });
    const shared = createNoteIn(space, { x: 300, y: 0, text: 'ours' }, { author: ME });
    expect(canCastVoteIn(space, AMINA, { noteId: secret })).toEqual({ ok: false, reason: 'note-private' });
    expect(canCastVoteIn(space, AMINA, { noteId: shared })).toEqual({ ok: true });
    expect([...allVotes(space.board)]).toHaveLength(0);
    castVoteIn(space, AMINA, { noteId: shared, x: 1, y: 1 });
    expect(canCastVoteIn(space, AMINA, { noteId: shared })).toEqual({ ok: false, reason: 'stacking-not-allowed' });
    castVoteIn(space, AMINA, { noteId: null, x: 1, y: 1 });
    expect(canCastVoteIn(space, AMINA, { noteId: null })).toEqual({ ok: false, reason: 'budget-exhausted' });
    updateSession(space.board, { dotsOn: 'clusters', votesPerPerson: 5 });
    expect(canCastVoteIn(space, AMINA, { noteId: shared })).toEqual({ ok: false, reason: 'dots-on-clusters' });
  });

  it('stacks a private note above the board and finds each note where it lives', () => {
    const space = workspace();
    const shared = createNote(space.board, { x: 0, y: 0 }, { authorId: 'b' });
    createNote(space.board, { x: 0, y: 0 }, { authorId: 'b' });
    updateSession(space.board, { silentWriting: true });
    const mine = createNoteIn(space, { x: 0, y: 0 }, { author: ME });
    expect(readNote(space.own!, mine)?.z).toBe(3);
    expect(docWithNote(space, shared)).toBe(space.board);
    expect(docWithNote(space, mine)).toBe(space.own);
    expect(docWithNote(space, 'nope')).toBeNull();
  });

  it('enforces one budget over public and secret dots, and retracts either', () => {
    const space = workspace();
    updateSession(space.board, { votesPerPerson: 2 });
    const open = castVoteIn(space, AMINA, { noteId: null, x: 0, y: 0 });
    updateSession(space.board, { secretVoting: true });
    const secret = castVoteIn(space, AMINA, { noteId: null, x: 0, y: 0 });
    expect(castVoteIn(space, AMINA, { noteId: null, x: 0, y: 0 })).toMatchObject({ reason: 'budget-exhausted' });
    if (!open.ok || !secret.ok) throw new Error('both dots should be cast');
    expect(retractVoteIn(space, AMINA, open.voteId)).toBe(true);
    expect(retractVoteIn(space, AMINA, secret.voteId)).toBe(true);
    expect(retractVoteIn(space, AMINA, secret.voteId)).toBe(false);
    expect(spendingIn(space, AMINA).spent).toBe(0);
  });
});

describe('revealing', () => {
  it('copies notes and dots with their ids, attributed to the owner, and copying twice adds nothing', () => {
    const { board, own } = workspace();
    const note = createNote(own!, { x: 5, y: 6, text: 'idea' }, { authorId: 'someone-else', now: 1234 });
    castVote(own!, AMINA, { noteId: note, x: 1, y: 2 }, { id: 'v1' });
    castVote(own!, 'forged-voter', { noteId: note, x: 1, y: 2 }, { id: 'v2' });
    const revealed = copyRevealed(board, [{ own: own!, ownerId: AMINA }], { notes: true, votes: true });
    expect(revealed.get(AMINA)).toEqual({ notes: [note], votes: ['v1'] });
    expect(readNote(board, note)).toMatchObject({ text: 'idea', x: 5, y: 6, authorId: AMINA, createdAt: 1234 });
    expect([...allVotes(board)]).toMatchObject([{ voterId: AMINA, voteId: 'v1', vote: { noteId: note } }]);

    const updates: Uint8Array[] = [];
    board.on('update', (u: Uint8Array) => updates.push(u));
    copyRevealed(board, [{ own: own!, ownerId: AMINA }], { notes: true, votes: true });
    expect(updates).toEqual([]);

    dropRevealed(own!, AMINA, revealed.get(AMINA)!);
    expect(pendingIn(own!, AMINA)).toEqual({ notes: 0, dots: 0 });
    expect(readNotes(board)).toHaveLength(1);
  });

  it('stacks revealed notes above the board, in their private order', () => {
    const { board, own } = workspace();
    const onBoard = createNote(board, { x: 0, y: 0, text: 'public' }, { authorId: 'x' });
    const first = createNote(own!, { x: 0, y: 0, text: 'first' }, { authorId: AMINA, now: 1 });
    const second = createNote(own!, { x: 0, y: 0, text: 'second' }, { authorId: AMINA, now: 2 });
    copyRevealed(board, [{ own: own!, ownerId: AMINA }], { notes: true, votes: false });
    const z = (id: string) => readNote(board, id)!.z;
    expect(z(onBoard)).toBeLessThan(z(first));
    expect(z(first)).toBeLessThan(z(second));
  });

  it('reveals only the kinds asked for, in one transaction', () => {
    const { board, own } = workspace();
    createNote(own!, { x: 0, y: 0 }, { authorId: AMINA });
    castVote(own!, AMINA, { noteId: null, x: 0, y: 0 });
    let transactions = 0;
    board.on('afterTransaction', () => transactions++);
    expect(
      copyRevealed(board, [{ own: own!, ownerId: AMINA }], { notes: false, votes: true }).get(AMINA)?.notes,
    ).toEqual([]);
    expect(transactions).toBe(1);
    expect(readNotes(board)).toEqual([]);
    expect([...allVotes(board)]).toHaveLength(1);
  });

  it('reveals a sketch with its picture, and a malformed picture as a plain note', () => {
    const { board, own } = workspace();
    const image = { ref: 'Zm9vYmFyYmF6cXV4MTIzND', width: 4000, height: 3000, orientation: 6 };
    const sketch = createNote(own!, { x: 0, y: 0, text: 'A map', image }, { authorId: AMINA });
    const raw = new Y.Map<unknown>();
    notesMap(own!).set('odd', raw);
    raw.set('image', { ref: '../../etc/passwd', width: 10, height: 10, orientation: 1 });
    copyRevealed(board, [{ own: own!, ownerId: AMINA }], { notes: true, votes: false });
    expect(readNote(board, sketch)).toMatchObject({ text: 'A map', image });
    expect(readNote(board, 'odd')).not.toHaveProperty('image');
  });

  it('brings out-of-range values from a private note into range instead of failing', () => {
    const { board, own } = workspace();
    const raw = new Y.Map<unknown>();
    notesMap(own!).set('weird', raw);
    raw.set('x', 1e12);
    raw.set('color', 'red');
    raw.set('width', 1e9);
    copyRevealed(board, [{ own: own!, ownerId: AMINA }], { notes: true, votes: false });
    expect(readNote(board, 'weird')).toMatchObject({ x: 0, color: NOTE_COLORS[0], width: 2_000, text: '' });
  });
});

describe('revealing on an anonymous board', () => {
  it('keeps every note’s author tag, hides when it was written, and interleaves everyone’s notes', () => {
    const board = new Y.Doc();
    initBoard(board, { title: 'Anonymous', anonymous: true });
    const people = ['a', 'b', 'c'].map((name) => deriveBoardIdentity(`device ${name}`, 'board-1', 2));
    const sources = people.map((identity) => {
      const own = new Y.Doc();
      const space = { board, own };
      updateSession(board, { silentWriting: true });
      for (let i = 0; i < 4; i++) createNoteIn(space, { x: i, y: 0, text: 'x' }, { author: identity, now: 1000 + i });
      return { own, ownerId: identity.userId, identity };
    });
    // A fixed "random" sequence: the order must not be the per-person order it would otherwise be.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    copyRevealed(board, sources, { notes: true, votes: false }, { anonymous: true, now: 5000, random });
    const notes = readNotes(board).sort((a, b) => a.z - b.z);
    expect(notes).toHaveLength(12);
    for (const note of notes) {
      const owner = sources.find(({ own }) => readNote(own, note.id));
      expect(note.authorId).toBe(authorIdFor(owner!.identity, note.id, true));
      expect(people.map((p) => p.userId)).not.toContain(note.authorId);
      expect(note.createdAt).toBe(5000);
    }
    const ownerOrder = notes.map((note) => sources.findIndex(({ own }) => readNote(own, note.id)));
    expect(ownerOrder).not.toEqual([...ownerOrder].sort());
  });
});

describe('orphaned dots', () => {
  it('are taken back when their note is deleted from the board, and only then', () => {
    const space = workspace();
    const kept = createNote(space.board, { x: 0, y: 0 }, { authorId: 'x' });
    const doomed = createNote(space.board, { x: 0, y: 0 }, { authorId: 'x' });
    castVoteIn(space, AMINA, { noteId: kept, x: 1, y: 1 });
    castVoteIn(space, AMINA, { noteId: doomed, x: 1, y: 1 });
    updateSession(space.board, { secretVoting: true });
    castVoteIn(space, AMINA, { noteId: null, x: 1, y: 1 });
    expect(retractOrphanedDots(space, AMINA)).toBe(0);
    deleteNote(space.board, doomed);
    expect(spendingIn(space, AMINA).spent).toBe(3);
    expect(retractOrphanedDots(space, AMINA)).toBe(1);
    expect(spendingIn(space, AMINA).spent).toBe(2);
  });
});

describe('the secrecy summary', () => {
  it('adds up pending content without saying whose it is', () => {
    const summary = summarizePending(
      [
        { notes: 2, dots: 0 },
        { notes: 0, dots: 3 },
        { notes: 0, dots: 0 },
      ],
      5,
    );
    expect(summary).toEqual({ notes: 2, writers: 1, dots: 3, voters: 1, participants: 5 });
    // People with private content count even when they are offline.
    expect(summarizePending([{ notes: 1, dots: 1 }], 0).participants).toBe(1);
  });

  it('is read back from presence states, ignoring malformed ones', () => {
    const summary = { notes: 1, writers: 1, dots: 0, voters: 0, participants: 3 };
    const forged = { relay: { pending: { ...summary, notes: -1 } } };
    expect(readSecrecySummary([{ user: { id: 'x' } }, forged, relayPresence(summary)])).toEqual(summary);
    expect(readSecrecySummary([null, forged, { relay: 'x' }, 7, 'x', [], { relay: null }])).toBeNull();
  });

  it('withholds the counts while fewer than three people take part', () => {
    const few = relayPresence({ notes: 1, writers: 1, dots: 1, voters: 1, participants: 2 });
    expect(JSON.stringify(few)).not.toMatch(/"notes"|"dots"|"voters"/);
    expect(readSecrecySummary([few])).toBe('withheld');
  });
});
