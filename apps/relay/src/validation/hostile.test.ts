import {
  castVote,
  createNote,
  editNoteText,
  initBoard,
  moveNote,
  notesMap,
  noteText,
  readNote,
  retractVote,
  voterVotes,
  votesMap,
} from '@notevote/board';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scopeOfUpdate, UpdateDecodeError } from './index';
import { encodeCrafted, replicaOf, touchedLines, updateOf, withoutDeleteSet } from './test-support/updates';

/** A server board with note n1 ("hello") and two dots of voter v2 (a on n1, b free). */
function board(): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Retro', now: 1 });
  createNote(doc, { text: 'hello', x: 0, y: 0 }, { authorId: 'u1', id: 'n1', now: 1 });
  castVote(doc, 'v2', { noteId: 'n1', x: 1, y: 1 }, { id: 'a', now: 1 });
  castVote(doc, 'v2', { noteId: null, x: 5, y: 5 }, { id: 'b', now: 1 });
  return doc;
}

const textItemId = (doc: Y.Doc): Y.ID => (notesMap(doc).get('n1')!.get('text') as Y.Text)._item!.id;
const asParent = (name: string) => name as unknown as Y.ID; // decoded items carry root names as strings

describe('hostile and unusual updates', () => {
  it("detects a write into another voter's map although the struct names its parent only by id", () => {
    const server = board();
    const replica = replicaOf(server);
    const update = updateOf(replica, () => votesMap(replica).get('v2')!.set('x', { noteId: null, x: 0, y: 0, at: 2 }));
    const [struct] = Y.decodeUpdate(update).structs;
    expect((struct as Y.Item).parent).toBeInstanceOf(Y.ID);
    const scope = scopeOfUpdate(server, update);
    expect(scope.changes).toEqual([
      {
        op: 'put',
        root: 'votes',
        keys: ['v2', 'x'],
        written: { kind: 'value', value: { noteId: null, x: 0, y: 0, at: 2 } },
      },
    ]);
  });

  it('reports the deletion an overwrite implies even when the delete set leaves it out', () => {
    const server = board();
    const replica = replicaOf(server);
    const update = updateOf(replica, () => votesMap(replica).get('v2')!.set('a', { noteId: null, x: 9, y: 9, at: 2 }));
    const honest = scopeOfUpdate(server, update);
    expect(touchedLines(honest)).toEqual(['delete votes/v2/a', 'insert votes/v2/a']);
    const sneaky = scopeOfUpdate(server, withoutDeleteSet(update));
    expect(touchedLines(sneaky)).toEqual(['delete votes/v2/a', 'insert votes/v2/a']);
  });

  it('an overwritten note counts as deleted, fields included, and Yjs does delete it', () => {
    const server = board();
    const replica = replicaOf(server);
    const update = withoutDeleteSet(updateOf(replica, () => notesMap(replica).set('n1', 'gone' as never)));
    const scope = scopeOfUpdate(server, update);
    expect(touchedLines(scope)).toContain('delete notes/n1');
    expect(touchedLines(scope)).toContain('delete notes/n1/text');
    Y.applyUpdate(server, update);
    expect(readNote(server, 'n1')).toBeNull();
  });

  it("deleting only a voter's map deletes, and reports, all of their votes", () => {
    const server = board();
    const voterItem = votesMap(server)._map.get('v2')!;
    const update = encodeCrafted({ structs: [], deletes: [{ ...voterItem.id, len: 1 }] });
    const scope = scopeOfUpdate(server, update);
    expect(touchedLines(scope)).toEqual(['delete votes/v2', 'delete votes/v2/a', 'delete votes/v2/b']);
    Y.applyUpdate(server, update);
    expect(voterVotes(server, 'v2')).toBeUndefined();
  });

  it('a vote inserted and deleted by the same update is no put: nobody will read it', () => {
    const server = board();
    const client = replicaOf(server);
    const cast = updateOf(client, () => castVote(client, 'v1', { noteId: 'n1', x: 1, y: 1 }, { id: 'c' }));
    const retract = updateOf(client, () => retractVote(client, 'v1', 'c'));
    const scope = scopeOfUpdate(server, Y.mergeUpdates([cast, retract]));
    expect(touchedLines(scope)).toEqual(['insert votes/v1']);
  });

  it('an origin that exists nowhere is unresolved', () => {
    const server = board();
    const client = replicaOf(server);
    const char = Y.decodeUpdate(updateOf(client, () => editNoteText(client, 'n1', 'hello!'))).structs[0] as Y.Item;
    char.origin = Y.createID(424242, 7);
    const scope = scopeOfUpdate(server, encodeCrafted({ structs: [char] }));
    expect(scope).toEqual({ changes: [], unresolved: 1, repeatsDeletions: false });
  });

  it('an update built on items the server never received is unresolved', () => {
    const server = board();
    const other = replicaOf(server);
    editNoteText(other, 'n1', 'hello world'); // never reaches the server
    const client = replicaOf(other);
    const update = updateOf(client, () => editNoteText(client, 'n1', 'hello world!'));
    expect(scopeOfUpdate(server, update).unresolved).toBe(1);
  });

  it('a parent id that exists nowhere, and deletions of unknown clocks, are unresolved', () => {
    const server = board();
    const orphan = new Y.Item(Y.createID(7, 0), null, null, null, null, Y.createID(8, 3), 'k', new Y.ContentAny([1]));
    expect(scopeOfUpdate(server, encodeCrafted({ structs: [orphan] })).unresolved).toBe(1);
    const scope = scopeOfUpdate(server, encodeCrafted({ structs: [], deletes: [{ client: 99, clock: 0, len: 5 }] }));
    expect(scope).toEqual({ changes: [], unresolved: 1, repeatsDeletions: false });
  });

  it('references that can never be satisfied (a cycle, a later clock of the same client) are unresolved', () => {
    const server = board();
    const a = new Y.Item(Y.createID(11, 0), null, Y.createID(12, 0), null, null, null, null, new Y.ContentString('a'));
    const b = new Y.Item(Y.createID(12, 0), null, Y.createID(11, 0), null, null, null, null, new Y.ContentString('b'));
    expect(scopeOfUpdate(server, encodeCrafted({ structs: [a, b] })).unresolved).toBe(2);
    const early = new Y.Item(
      Y.createID(13, 0),
      null,
      Y.createID(13, 1),
      null,
      null,
      null,
      null,
      new Y.ContentString('c'),
    );
    const late = new Y.Item(Y.createID(13, 1), null, null, null, null, asParent('evil'), 'k', new Y.ContentAny([1]));
    const scope = scopeOfUpdate(server, encodeCrafted({ structs: [early, late] }));
    expect(scope.unresolved).toBe(1);
    expect(touchedLines(scope)).toEqual(['stray evil/k']);
  });

  it('writes into a note that was deleted and garbage collected are discarded, as Yjs discards them', () => {
    const server = board();
    const stale = replicaOf(server);
    notesMap(server).delete('n1');
    const typing = updateOf(stale, () => editNoteText(stale, 'n1', 'hello!'));
    const moving = updateOf(stale, () => moveNote(stale, 'n1', 50, 50));
    // Typing only adds a character; moving deletes the old position, which the server has collected already.
    expect(scopeOfUpdate(server, typing)).toEqual({ changes: [], unresolved: 0, repeatsDeletions: false });
    expect(scopeOfUpdate(server, moving)).toEqual({ changes: [], unresolved: 0, repeatsDeletions: true });
    const changed: unknown[] = [];
    notesMap(server).observeDeep((events) => changed.push(...events));
    Y.applyUpdate(server, Y.mergeUpdates([typing, moving]));
    expect(changed).toEqual([]);
  });

  it('a parent that holds no type is discarded, as Yjs discards it', () => {
    const server = board();
    const voteItem = voterVotes(server, 'v2')!._map.get('a')!;
    const child = new Y.Item(Y.createID(21, 0), null, null, null, null, voteItem.id, 'k', new Y.ContentAny([1]));
    expect(scopeOfUpdate(server, encodeCrafted({ structs: [child] })).changes).toEqual([]);
  });

  it('resolves a 50,000 long chain of origins without recursion, as Yjs places it', () => {
    const server = board();
    const n = 50_000;
    const chain: Y.Item[] = [
      new Y.Item(Y.createID(2, 0), null, null, null, null, textItemId(server), null, new Y.ContentString('a')),
    ];
    for (let i = 1; i < n; i++) {
      chain.push(
        new Y.Item(Y.createID(2, i), null, Y.createID(2, i - 1), null, null, null, null, new Y.ContentString('b')),
      );
    }
    // Client 1's item comes first and depends on the end of client 2's chain.
    const head = new Y.Item(
      Y.createID(1, 0),
      null,
      Y.createID(2, n - 1),
      null,
      null,
      null,
      null,
      new Y.ContentString('c'),
    );
    const update = encodeCrafted({ structs: [head, ...chain] });
    const scope = scopeOfUpdate(server, update);
    expect(scope).toEqual({
      changes: [
        {
          op: 'text',
          root: 'notes',
          keys: ['n1', 'text'],
          length: 'hello'.length + n + 1,
          inserted: n + 1,
          deleted: 0,
        },
      ],
      unresolved: 0,
      repeatsDeletions: false,
    });
    Y.applyUpdate(server, update);
    // The shared text itself: readNote cuts what it hands to renderers at the schema's length limit.
    expect(noteText(server, 'n1').length).toBe('hello'.length + n + 1);
  });

  it('walks deeply nested doc types without recursion', () => {
    const server = board();
    let type: Y.Array<unknown> = server.getArray('deep');
    server.transact(() => {
      for (let i = 0; i < 5_000; i++) {
        const child = new Y.Array<unknown>();
        type.insert(0, [child]);
        type = child;
      }
    });
    const item = new Y.Item(Y.createID(31, 0), null, null, null, null, type._item!.id, null, new Y.ContentAny([1]));
    expect(touchedLines(scopeOfUpdate(server, encodeCrafted({ structs: [item] })))).toEqual(['stray deep/*/*/*/*']);
  });

  it('finds no place for writes outside the schema or deeper than it goes, whatever the root is called', () => {
    const server = board();
    const client = replicaOf(server);
    const update = updateOf(client, () =>
      client.transact(() => {
        for (const name of ['constructor', '__proto__']) {
          const root = client.getMap<unknown>(name);
          const nested = new Y.Map<unknown>();
          nested.set('deep', new Y.Text('x'));
          root.set('a', nested);
          root.set('b', 1);
        }
        const person = new Y.Map<unknown>();
        person.set('name', 'Eve');
        client.getMap<unknown>('people').set('u9', person);
      }),
    );
    expect(touchedLines(scopeOfUpdate(server, update))).toEqual([
      'insert people/u9',
      'stray __proto__/a',
      'stray __proto__/a/deep',
      'stray __proto__/a/deep/*',
      'stray __proto__/b',
      'stray constructor/a',
      'stray constructor/a/deep',
      'stray constructor/a/deep/*',
      'stray constructor/b',
      'stray people/u9/name',
    ]);
  });

  it('rejects malformed bytes with UpdateDecodeError', () => {
    const server = board();
    const client = replicaOf(server);
    const update = updateOf(client, () => moveNote(client, 'n1', 1, 2));
    for (const bytes of [
      new Uint8Array([]),
      new Uint8Array([255, 255, 255, 255, 255]),
      update.slice(0, update.length - 3),
    ]) {
      expect(() => scopeOfUpdate(server, bytes)).toThrow(UpdateDecodeError);
    }
    expect(() => scopeOfUpdate(server, 'nope' as never)).toThrow(UpdateDecodeError);
  });

  it('rejects an update that lists a client twice (Yjs would keep only the last block)', () => {
    const server = board();
    const item = (client: number, clock: number) =>
      new Y.Item(Y.createID(client, clock), null, null, null, null, asParent('meta'), 'k', new Y.ContentAny([1]));
    expect(() => scopeOfUpdate(server, encodeBlocks([item(41, 0)], [item(42, 0)]))).not.toThrow();
    expect(() => scopeOfUpdate(server, encodeBlocks([item(41, 0)], [item(42, 0)], [item(41, 1)]))).toThrow(
      UpdateDecodeError,
    );
  });
});

/** A v1 update whose struct blocks are exactly the given groups (a client may repeat), with an empty delete set. */
function encodeBlocks(...groups: Y.Item[][]): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, groups.length);
  for (const group of groups) {
    encoding.writeVarUint(encoder.restEncoder, group.length);
    encoder.writeClient(group[0]!.id.client);
    encoding.writeVarUint(encoder.restEncoder, group[0]!.id.clock);
    for (const item of group) item.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}
