import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  castVote,
  createNote,
  editNoteText,
  initBoard,
  metaMap,
  moveNote,
  peopleMap,
  retractVote,
  setPerson,
  updateSession,
  votesMap,
  type Role,
} from '@notevote/board';
import { checkPermissions } from './permissions';
import { scopeOfUpdate } from './scope';

/** The server's board: a facilitator's settings, one note, and a vote by someone else. */
function serverBoard(votesPerPerson = 2, allowStacking = false) {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Sprint' });
  updateSession(doc, { votesPerPerson, allowStacking });
  const note = createNote(doc, { x: 0, y: 0, text: 'idea' }, { authorId: 'author' });
  const second = createNote(doc, { x: 300, y: 0, text: 'other' }, { authorId: 'author' });
  castVote(doc, 'someone-else', { noteId: note, x: 1, y: 1 });
  setPerson(doc, 'someone-else', { name: 'Other', color: '#ff0000' });
  return { doc, note, second };
}

/** What a client replica of `server` would send after `change`. */
function updateOf(server: Y.Doc, change: (client: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

function verdict(server: Y.Doc, role: Role, userId: string | null, change: (client: Y.Doc) => void) {
  return checkPermissions(scopeOfUpdate(server, updateOf(server, change)), { role, userId, doc: server });
}

describe('update permissions', () => {
  it('lets a participant write notes and their own votes and name', () => {
    const { doc, note } = serverBoard();
    expect(
      verdict(doc, 'participant', 'me', (c) => createNote(c, { x: 0, y: 300, text: 'mine' }, { authorId: 'me' })),
    ).toEqual({ ok: true });
    expect(verdict(doc, 'participant', 'me', (c) => editNoteText(c, note, 'idea, improved'))).toEqual({ ok: true });
    expect(verdict(doc, 'participant', 'me', (c) => moveNote(c, note, 50, 50))).toEqual({ ok: true });
    expect(verdict(doc, 'participant', 'me', (c) => castVote(c, 'me', { noteId: note, x: 2, y: 2 }))).toEqual({
      ok: true,
    });
    expect(verdict(doc, 'participant', 'me', (c) => setPerson(c, 'me', { name: 'Me', color: '#00ff00' }))).toEqual({
      ok: true,
    });
  });

  it("refuses a participant touching another voter's votes", () => {
    const { doc, second } = serverBoard();
    const other = verdict(doc, 'participant', 'me', (c) => castVote(c, 'someone-else', { noteId: second, x: 3, y: 3 }));
    expect(other).toMatchObject({ ok: false, rule: 'other-voter' });
    const theirVote = [...(votesMap(doc).get('someone-else')?.keys() ?? [])][0]!;
    expect(verdict(doc, 'participant', 'me', (c) => retractVote(c, 'someone-else', theirVote))).toMatchObject({
      ok: false,
      rule: 'other-voter',
    });
    expect(verdict(doc, 'participant', 'me', (c) => votesMap(c).delete('someone-else'))).toMatchObject({
      ok: false,
      rule: 'other-voter',
    });
  });

  it('refuses a participant changing session, meta or someone else’s name', () => {
    const { doc } = serverBoard();
    expect(verdict(doc, 'participant', 'me', (c) => updateSession(c, { votesPerPerson: 99 }))).toMatchObject({
      ok: false,
      rule: 'session-or-meta',
    });
    expect(verdict(doc, 'participant', 'me', (c) => metaMap(c).set('title', 'hijacked'))).toMatchObject({
      ok: false,
      rule: 'session-or-meta',
    });
    expect(
      verdict(doc, 'participant', 'me', (c) => peopleMap(c).set('someone-else', { name: 'X', color: '#000000' })),
    ).toMatchObject({
      ok: false,
      rule: 'other-person',
    });
  });

  it('lets the facilitator change settings, and nobody write outside the schema', () => {
    const { doc } = serverBoard();
    expect(verdict(doc, 'facilitator', 'fac', (c) => updateSession(c, { votesPerPerson: 9 }))).toEqual({ ok: true });
    expect(verdict(doc, 'facilitator', 'fac', (c) => c.getMap('evil').set('x', 1))).toMatchObject({
      ok: false,
      rule: 'outside-schema',
    });
    expect(verdict(doc, 'participant', 'me', (c) => c.getMap('evil').set('x', 1))).toMatchObject({
      ok: false,
      rule: 'outside-schema',
    });
  });

  it('refuses every change from a projector', () => {
    const { doc } = serverBoard();
    expect(verdict(doc, 'projector', null, (c) => createNote(c, { x: 0, y: 0 }, { authorId: 'p' }))).toMatchObject({
      ok: false,
      rule: 'read-only',
    });
  });

  it('enforces the vote budget, counting the update’s own votes and retractions', () => {
    const { doc, note, second } = serverBoard(2);
    // Bypassing castVote's own check, as a hostile client would: three raw dots at once.
    const three = verdict(doc, 'participant', 'me', (c) => {
      const mine = new Y.Map();
      votesMap(c).set('me', mine as never);
      for (const [i, noteId] of [note, second, null].entries()) mine.set(`v${i}`, { noteId, x: 1, y: 1, at: 1 });
    });
    expect(three).toMatchObject({ ok: false, rule: 'budget' });
    // Two is fine; then a third only after taking one back in the same update.
    Y.applyUpdate(
      doc,
      updateOf(doc, (c) => {
        castVote(c, 'me', { noteId: note, x: 1, y: 1 }, { id: 'a' });
        castVote(c, 'me', { noteId: second, x: 1, y: 1 }, { id: 'b' });
      }),
    );
    expect(
      verdict(doc, 'participant', 'me', (c) => votesMap(c).get('me')?.set('c', { noteId: null, x: 5, y: 5, at: 1 })),
    ).toMatchObject({
      ok: false,
      rule: 'budget',
    });
    expect(
      verdict(doc, 'participant', 'me', (c) => {
        c.transact(() => {
          votesMap(c).get('me')?.delete('a');
          votesMap(c).get('me')?.set('c', { noteId: null, x: 5, y: 5, at: 1 });
        });
      }),
    ).toEqual({ ok: true });
  });

  it('enforces stacking unless the facilitator allows it', () => {
    const { doc, note } = serverBoard(5, false);
    const twice = (c: Y.Doc) => {
      const mine = new Y.Map();
      votesMap(c).set('me', mine as never);
      mine.set('a', { noteId: note, x: 1, y: 1, at: 1 });
      mine.set('b', { noteId: note, x: 2, y: 2, at: 1 });
    };
    expect(verdict(doc, 'participant', 'me', twice)).toMatchObject({ ok: false, rule: 'stacking' });
    updateSession(doc, { allowStacking: true });
    expect(verdict(doc, 'participant', 'me', twice)).toEqual({ ok: true });
  });

  it('refuses malformed votes', () => {
    const { doc } = serverBoard();
    expect(
      verdict(doc, 'participant', 'me', (c) => {
        const mine = new Y.Map();
        votesMap(c).set('me', mine as never);
        mine.set('a', { noteId: null, x: 'NaN', y: 1, at: 1 });
      }),
    ).toMatchObject({ ok: false, rule: 'malformed-vote' });
  });

  it('locks the board for participants but not for the facilitator', () => {
    const { doc } = serverBoard();
    updateSession(doc, { locked: true });
    expect(verdict(doc, 'participant', 'me', (c) => createNote(c, { x: 0, y: 0 }, { authorId: 'me' }))).toMatchObject({
      ok: false,
      rule: 'locked',
    });
    expect(verdict(doc, 'facilitator', 'fac', (c) => createNote(c, { x: 0, y: 0 }, { authorId: 'fac' }))).toEqual({
      ok: true,
    });
  });
});
