import {
  castVote,
  createNote,
  deleteNote,
  editNoteText,
  initBoard,
  moveNote,
  noteText,
  retractVote,
  setNoteCluster,
  setPerson,
  setTitle,
  updateSession,
} from '@notevote/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scopeOfUpdate } from './index';
import { replicaOf, syncedPair, touchedLines, updateOf } from './test-support/updates';

const NOTE_FIELDS = ['authorId', 'color', 'createdAt', 'height', 'text', 'width', 'x', 'y', 'z'];

/** A server and a client holding an initialised board with note n1 ("hello") by u1. */
function boardWithNote() {
  return syncedPair((doc) => {
    initBoard(doc, { title: 'Retro', now: 1 });
    createNote(doc, { text: 'hello', x: 0, y: 0 }, { authorId: 'u1', id: 'n1', now: 1 });
  });
}

/** Scope of `update` on `server`, then applies it, checking the scope did not change the server on the way. */
function scopeThenApply(server: Y.Doc, update: Uint8Array) {
  const before = Y.encodeStateAsUpdate(server);
  const scope = scopeOfUpdate(server, update);
  expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  Y.applyUpdate(server, update, 'client');
  return scope;
}

describe('scopeOfUpdate on board operations', () => {
  it('initBoard on an empty board touches meta keys', () => {
    const { server, client } = syncedPair();
    const scope = scopeThenApply(
      server,
      updateOf(client, () => initBoard(client, { title: 'T', now: 1 })),
    );
    expect(touchedLines(scope)).toEqual([
      'insert meta/anonymous',
      'insert meta/createdAt',
      'insert meta/schemaVersion',
      'insert meta/title',
      'insert meta/userIds',
    ]);
    expect(scope.unresolved).toBe(0);
  });

  it('setTitle writes meta/title and deletes the value it replaces', () => {
    const { server, client } = boardWithNote();
    const scope = scopeThenApply(
      server,
      updateOf(client, () => setTitle(client, 'New')),
    );
    expect(touchedLines(scope)).toEqual(['delete meta/title', 'insert meta/title']);
  });

  it('createNote inserts the note and every field of it', () => {
    const { server, client } = boardWithNote();
    const update = updateOf(client, () => createNote(client, { text: 'hi', x: 5, y: 6 }, { authorId: 'u2', id: 'n2' }));
    const scope = scopeThenApply(server, update);
    expect(touchedLines(scope)).toEqual(['insert notes/n2', ...NOTE_FIELDS.map((f) => `insert notes/n2/${f}`)]);
  });

  it('typing into an existing note is notes/<id>/text although the characters carry only an origin', () => {
    const { server, client } = boardWithNote();
    const update = updateOf(client, () => editNoteText(client, 'n1', 'hello!'));
    const [char] = Y.decodeUpdate(update).structs;
    // The key case: the encoder omits parent and key because the origin implies them.
    expect(char).toBeInstanceOf(Y.Item);
    expect((char as Y.Item).parent).toBeNull();
    expect((char as Y.Item).origin).not.toBeNull();
    expect(touchedLines(scopeThenApply(server, update))).toEqual(['insert notes/n1/text']);
  });

  it('typing at the start of a note text (right origin only) is notes/<id>/text', () => {
    const { server, client } = boardWithNote();
    const update = updateOf(client, () => noteText(client, 'n1').insert(0, '>'));
    const char = Y.decodeUpdate(update).structs[0] as Y.Item;
    expect(char.origin).toBeNull();
    expect(char.rightOrigin).not.toBeNull();
    expect(touchedLines(scopeThenApply(server, update))).toEqual(['insert notes/n1/text']);
  });

  it('deleting characters is a delete at notes/<id>/text', () => {
    const { server, client } = boardWithNote();
    const scope = scopeThenApply(
      server,
      updateOf(client, () => editNoteText(client, 'n1', 'help')),
    );
    expect(touchedLines(scope)).toEqual(['delete notes/n1/text', 'insert notes/n1/text']);
    const onlyDelete = boardWithNote();
    const deletion = updateOf(onlyDelete.client, () => editNoteText(onlyDelete.client, 'n1', 'he'));
    expect(touchedLines(scopeThenApply(onlyDelete.server, deletion))).toEqual(['delete notes/n1/text']);
  });

  it('moveNote writes x and y and deletes the values they replace', () => {
    const { server, client } = boardWithNote();
    const scope = scopeThenApply(
      server,
      updateOf(client, () => moveNote(client, 'n1', 10, 20)),
    );
    expect(touchedLines(scope)).toEqual([
      'delete notes/n1/x',
      'delete notes/n1/y',
      'insert notes/n1/x',
      'insert notes/n1/y',
    ]);
  });

  it('setNoteCluster(null) deletes only that field', () => {
    const { server, client } = boardWithNote();
    scopeThenApply(
      server,
      updateOf(client, () => setNoteCluster(client, 'n1', 'c1')),
    );
    const scope = scopeThenApply(
      server,
      updateOf(client, () => setNoteCluster(client, 'n1', null)),
    );
    expect(touchedLines(scope)).toEqual(['delete notes/n1/clusterId']);
  });

  it('deleteNote deletes the note entry and, with it, its fields', () => {
    const { server, client } = boardWithNote();
    const scope = scopeThenApply(
      server,
      updateOf(client, () => deleteNote(client, 'n1')),
    );
    expect(scope.changes).toContainEqual({ op: 'remove', root: 'notes', keys: ['n1'] });
    expect(touchedLines(scope)).toEqual(['delete notes/n1', ...NOTE_FIELDS.map((f) => `delete notes/n1/${f}`)]);
  });

  it("a voter's first vote creates votes/<voter> and the vote entry", () => {
    const { server, client } = boardWithNote();
    const update = updateOf(client, () => castVote(client, 'v1', { noteId: 'n1', x: 1, y: 2 }, { id: 'a', now: 7 }));
    const scope = scopeThenApply(server, update);
    expect(touchedLines(scope)).toEqual(['insert votes/v1', 'insert votes/v1/a']);
    expect(scope.changes).toContainEqual({
      op: 'put',
      root: 'votes',
      keys: ['v1', 'a'],
      written: { kind: 'value', value: { noteId: 'n1', x: 1, y: 2, at: 7 } },
    });
    expect(scope.changes.filter((change) => change.op === 'remove')).toEqual([]);
  });

  it('a further vote only adds its entry', () => {
    const { server, client } = boardWithNote();
    scopeThenApply(
      server,
      updateOf(client, () => castVote(client, 'v1', { noteId: null, x: 1, y: 2 }, { id: 'a' })),
    );
    const update = updateOf(client, () => castVote(client, 'v1', { noteId: null, x: 3, y: 4 }, { id: 'b', now: 9 }));
    const scope = scopeThenApply(server, update);
    expect(touchedLines(scope)).toEqual(['insert votes/v1/b']);
    expect(scope.changes).toEqual([
      {
        op: 'put',
        root: 'votes',
        keys: ['v1', 'b'],
        written: { kind: 'value', value: { noteId: null, x: 3, y: 4, at: 9 } },
      },
    ]);
  });

  it('retractVote deletes votes/<voter>/<vote> and reports the deleted vote', () => {
    const { server, client } = boardWithNote();
    scopeThenApply(
      server,
      updateOf(client, () => castVote(client, 'v1', { noteId: 'n1', x: 1, y: 2 }, { id: 'a' })),
    );
    const scope = scopeThenApply(
      server,
      updateOf(client, () => retractVote(client, 'v1', 'a')),
    );
    expect(touchedLines(scope)).toEqual(['delete votes/v1/a']);
    expect(scope.changes).toEqual([
      {
        op: 'remove',
        root: 'votes',
        keys: ['v1', 'a'],
        previous: { noteId: 'n1', x: 1, y: 2, at: expect.any(Number) },
      },
    ]);
  });

  it('updateSession writes the changed session keys', () => {
    const { server, client } = boardWithNote();
    const update = updateOf(client, () => updateSession(client, { phase: 'vote', votesPerPerson: 3 }));
    expect(touchedLines(scopeThenApply(server, update))).toEqual([
      'insert session/phase',
      'insert session/votesPerPerson',
    ]);
    const again = updateOf(client, () => updateSession(client, { phase: 'results' }));
    expect(touchedLines(scopeThenApply(server, again))).toEqual(['delete session/phase', 'insert session/phase']);
  });

  it('setPerson writes people/<user>', () => {
    const { server, client } = boardWithNote();
    const first = updateOf(client, () => setPerson(client, 'u1', { name: 'Ada', color: '#112233' }));
    expect(touchedLines(scopeThenApply(server, first))).toEqual(['insert people/u1']);
    const rename = updateOf(client, () => setPerson(client, 'u1', { name: 'Ada L', color: '#112233' }));
    expect(touchedLines(scopeThenApply(server, rename))).toEqual(['delete people/u1', 'insert people/u1']);
  });

  it('a write to a root outside the schema has no place', () => {
    const { server, client } = boardWithNote();
    const update = updateOf(client, () => client.getMap('evil').set('k', 1));
    expect(touchedLines(scopeThenApply(server, update))).toEqual(['stray evil/k']);
    const list = updateOf(client, () => client.getArray('evil2').insert(0, [1]));
    expect(touchedLines(scopeThenApply(server, list))).toEqual(['stray evil2/*']);
  });

  it('list content written straight into a schema root has no key', () => {
    const { server } = boardWithNote();
    const other = new Y.Doc();
    const update = updateOf(other, () => other.getArray('session').insert(0, ['x']));
    expect(touchedLines(scopeOfUpdate(server, update))).toEqual(['stray session/*']);
  });

  it('an update the server already has touches nothing', () => {
    const { server, client } = boardWithNote();
    const update = updateOf(client, () => moveNote(client, 'n1', 10, 20));
    Y.applyUpdate(server, update);
    // Its delete set (the note's old position) names what the server has deleted already.
    expect(scopeOfUpdate(server, update)).toEqual({ changes: [], unresolved: 0, repeatsDeletions: true });
  });

  it("a live edit's deletions are all new; a reconnecting client's sync message repeats the ones the server has", () => {
    const { server, client } = boardWithNote();
    const move = updateOf(client, () => moveNote(client, 'n1', 10, 20));
    expect(scopeThenApply(server, move).repeatsDeletions).toBe(false);
    moveNote(client, 'n1', 30, 40); // made while offline
    // What the stock client sends on reconnecting: the changes the server lacks, and its whole delete set.
    const sync = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    const scope = scopeOfUpdate(server, sync);
    // It changes what the offline move changed, no more: the repeated deletions are no-ops.
    expect(touchedLines(scope)).toEqual([
      'delete notes/n1/x',
      'delete notes/n1/y',
      'insert notes/n1/x',
      'insert notes/n1/y',
    ]);
    expect(scope.repeatsDeletions).toBe(true);
  });

  it('a full sync message does not re-report deletions the server already has', () => {
    const { server, client } = boardWithNote();
    Y.applyUpdate(
      server,
      updateOf(client, () => moveNote(client, 'n1', 10, 20)),
    );
    Y.applyUpdate(
      server,
      updateOf(client, () => editNoteText(client, 'n1', 'he')),
    );
    // Sync step 2 carries the client's whole delete set, including the already applied deletions above.
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBeGreaterThan(0);
    expect(scopeOfUpdate(server, step2).changes).toEqual([]);
  });

  it('typing into or moving a note that was deleted changes nothing, before and after Yjs collects it', () => {
    const { server, client } = boardWithNote();
    const author = replicaOf(server);
    const deletion = updateOf(author, () => deleteNote(author, 'n1'));
    // The client has not heard of the deletion yet.
    const typed = updateOf(client, () => editNoteText(client, 'n1', 'hello there'));
    const moved = updateOf(client, () => moveNote(client, 'n1', 5, 5));
    // Within the transaction that deleted it (the relay applies a turn's updates in one), the note is still there,
    // deleted; after it, Yjs has garbage-collected it. Either way nothing lands where anyone can see it.
    server.transact(() => {
      Y.applyUpdate(server, deletion);
      expect(server.getMap('notes').has('n1')).toBe(false);
      expect(scopeOfUpdate(server, typed).changes).toEqual([]);
      expect(scopeOfUpdate(server, moved).changes).toEqual([]);
    });
    expect(scopeOfUpdate(server, typed).changes).toEqual([]);
    expect(scopeOfUpdate(server, moved).changes).toEqual([]);
  });
});

describe('foreign roots in already-known structs', () => {
  it('reports a root outside the schema even when the struct itself is already known', async () => {
    const Yjs = await import('yjs');
    const server = new Yjs.Doc();
    server.getMap('notes').set('n', 1);
    // Re-encode the server's own struct with its parent renamed: the struct is "known", the root is not.
    const honest = Yjs.encodeStateAsUpdate(server);
    const forged = new Uint8Array(honest);
    const at = Buffer.from(forged).indexOf(Buffer.from('notes'));
    forged.set(Buffer.from('qotes'), at);
    const scope = scopeOfUpdate(server, forged);
    expect(scope.changes).toContainEqual({ op: 'stray', root: 'qotes', keys: [] });
  });
});

describe('zero-length delete ranges', () => {
  it('are rejected as malformed', () => {
    const server = new Y.Doc();
    // Update v1: no struct blocks, then a delete set with one client and one range of length 0.
    const update = new Uint8Array([0, 1, 7, 1, 0, 0]);
    expect(() => scopeOfUpdate(server, update)).toThrow(/delete range of length 0/);
  });
});
