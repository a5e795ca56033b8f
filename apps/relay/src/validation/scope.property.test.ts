import {
  castVote,
  createNote,
  deleteNote,
  editNoteText,
  initBoard,
  moveNote,
  notesMap,
  PHASES,
  retractVote,
  setNoteCluster,
  setPerson,
  setTitle,
  updateSession,
  voterVotes,
} from '@notevote/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scopeOfUpdate } from './index';
import fc from 'fast-check';
import { replicaOf, touchedLines, updatesOf } from './test-support/updates';

const ROOTS = ['meta', 'notes', 'votes', 'people', 'session'] as const;
/** How many keys below each root the schema names; deeper keys collapse (written independently of key-path.ts). */
const NAMED_DEPTH: Record<string, number> = { meta: 1, session: 1, people: 1, notes: 2, votes: 2 };
const VOTERS = ['v1', 'v2'];

const client = fc.integer({ min: 0, max: 1 });
const coord = fc.integer({ min: -500, max: 500 });
const pick = fc.nat({ max: 20 });
const weighted = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const op = fc.oneof(
  weighted(
    2,
    fc.record({ kind: fc.constant('create' as const), client, text: fc.string({ maxLength: 6 }), x: coord, y: coord }),
  ),
  weighted(2, fc.record({ kind: fc.constant('edit' as const), client, note: pick, text: fc.string({ maxLength: 8 }) })),
  weighted(1, fc.record({ kind: fc.constant('move' as const), client, note: pick, x: coord, y: coord })),
  weighted(
    1,
    fc.record({
      kind: fc.constant('cluster' as const),
      client,
      note: pick,
      cluster: fc.constantFrom('c1', 'c2', null),
    }),
  ),
  weighted(1, fc.record({ kind: fc.constant('deleteNote' as const), client, note: pick })),
  weighted(
    3,
    fc.record({
      kind: fc.constant('vote' as const),
      client,
      voter: fc.constantFrom(...VOTERS),
      note: fc.option(pick),
      x: coord,
      y: coord,
    }),
  ),
  weighted(
    3,
    fc.record({ kind: fc.constant('retract' as const), client, voter: fc.constantFrom(...VOTERS), vote: pick }),
  ),
  weighted(
    1,
    fc.record({
      kind: fc.constant('session' as const),
      client,
      phase: fc.constantFrom(...PHASES),
      votes: fc.integer({ min: 1, max: 4 }),
    }),
  ),
  weighted(
    1,
    fc.record({ kind: fc.constant('title' as const), client, title: fc.string({ minLength: 1, maxLength: 5 }) }),
  ),
  weighted(
    1,
    fc.record({
      kind: fc.constant('person' as const),
      client,
      user: fc.constantFrom('u1', 'u2'),
      name: fc.constantFrom('Ada', 'Bo'),
    }),
  ),
  // Frequent syncs give both exact (in sync) and concurrent (stale client) updates.
  weighted(4, fc.record({ kind: fc.constant('sync' as const), client })),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const sortedKeys = (map: { keys(): IterableIterator<string> } | undefined) => [...(map?.keys() ?? [])].sort();
const nth = <T>(list: readonly T[], index: number): T | undefined => list[index % Math.max(list.length, 1)];

/** Performs `step` on `doc` through the board API (invalid picks, e.g. no notes yet, do nothing). */
function perform(doc: Y.Doc, step: Exclude<Op, { kind: 'sync' }>): void {
  const note = 'note' in step && typeof step.note === 'number' ? nth(sortedKeys(notesMap(doc)), step.note) : undefined;
  switch (step.kind) {
    case 'create':
      return void createNote(doc, { text: step.text, x: step.x, y: step.y }, { authorId: 'u1' });
    case 'edit':
      return note === undefined ? undefined : editNoteText(doc, note, step.text);
    case 'move':
      return note === undefined ? undefined : moveNote(doc, note, step.x, step.y);
    case 'cluster':
      return note === undefined ? undefined : setNoteCluster(doc, note, step.cluster);
    case 'deleteNote':
      return note === undefined ? undefined : deleteNote(doc, note);
    case 'vote':
      return void castVote(doc, step.voter, {
        noteId: step.note === null ? null : (note ?? null),
        x: step.x,
        y: step.y,
      });
    case 'retract': {
      const vote = nth(sortedKeys(voterVotes(doc, step.voter)), step.vote);
      return void (vote !== undefined && retractVote(doc, step.voter, vote));
    }
    case 'session':
      return updateSession(doc, { phase: step.phase, votesPerPerson: step.votes });
    case 'title':
      return setTitle(doc, step.title);
    case 'person':
      return setPerson(doc, step.user, { name: step.name, color: '#123456' });
  }
}

type Observed = { lines: Set<string>; added: Map<string, unknown>; deleted: Set<string> };

/** Applies `update` to `server` and derives, from observeDeep events, which schema paths actually changed. */
function applyAndObserve(server: Y.Doc, update: Uint8Array): Observed {
  const before = replicaOf(server);
  const observed: Observed = { lines: new Set(), added: new Map(), deleted: new Set() };
  const record = (action: 'insert' | 'delete', root: string, keys: readonly string[], value?: unknown) => {
    const named = keys.slice(0, NAMED_DEPTH[root] ?? 0);
    observed.lines.add(`${action} ${[root, ...named].join('/')}`);
    if (root === 'votes' && keys.length === 2) {
      if (action === 'insert') observed.added.set(keys.join('/'), value);
      else observed.deleted.add(keys.join('/'));
    }
  };
  // A new type's content raises no events of its own; a deleted type's content is deleted with it.
  const expand = (action: 'insert' | 'delete', root: string, keys: string[], value: unknown) => {
    if (!(value instanceof Y.Map)) return;
    for (const [key, child] of value.entries()) record(action, root, [...keys, key], child);
  };
  const valueBefore = (root: string, keys: string[]): unknown =>
    keys.reduce<unknown>((value, key) => (value instanceof Y.Map ? value.get(key) : undefined), before.getMap(root));
  const observers = ROOTS.map((root) => {
    const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      for (const event of events) {
        const path = event.path.map(String);
        if (event.target instanceof Y.Text) {
          for (const change of event.delta) {
            if (change.insert !== undefined) record('insert', root, path);
            if (change.delete !== undefined) record('delete', root, path);
          }
          continue;
        }
        for (const [key, change] of event.changes.keys) {
          const keys = [...path, key];
          const now: unknown = (event.target as Y.Map<unknown>).get(key);
          if (change.action !== 'add') {
            record('delete', root, keys);
            expand('delete', root, keys, valueBefore(root, keys));
          }
          if (change.action !== 'delete') {
            record('insert', root, keys, now);
            expand('insert', root, keys, now);
          }
        }
      }
    };
    server.getMap(root).observeDeep(observer);
    return () => server.getMap(root).unobserveDeep(observer);
  });
  Y.applyUpdate(server, update, 'client');
  observers.forEach((stop) => stop());
  return observed;
}

const inSync = (a: Y.Doc, b: Y.Doc) => {
  const [va, vb] = [Y.decodeStateVector(Y.encodeStateVector(a)), Y.decodeStateVector(Y.encodeStateVector(b))];
  return va.size === vb.size && [...va].every(([client, clock]) => vb.get(client) === clock);
};

describe('scopeOfUpdate agrees with what applying the update changes', () => {
  it('for random board operations from two clients that sync now and then', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (steps) => {
        const server = new Y.Doc();
        initBoard(server, { title: 'Board', now: 1 });
        const clients = [replicaOf(server), replicaOf(server)];
        for (const step of steps) {
          const doc = clients[step.client]!;
          if (step.kind === 'sync') {
            Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc)), 'sync');
            continue;
          }
          const sequential = inSync(doc, server);
          for (const update of updatesOf(doc, () => perform(doc, step))) {
            const state = Y.encodeStateAsUpdate(server);
            const scope = scopeOfUpdate(server, update);
            expect(Y.encodeStateAsUpdate(server)).toEqual(state);
            const observed = applyAndObserve(server, update);
            const lines = touchedLines(scope);
            expect(scope.unresolved).toBe(0);
            // Sound always: nothing that changed is missing from the scope.
            expect(lines).toEqual(expect.arrayContaining([...observed.lines]));
            if (!sequential) continue;
            // Exact when the client was up to date: no concurrent edits for Yjs to resolve.
            checked++;
            expect(new Set(lines)).toEqual(observed.lines);
            const added = new Map(
              scope.changes.flatMap((c) =>
                c.op === 'put' && c.root === 'votes' && c.keys.length === 2 && c.written.kind === 'value'
                  ? [[c.keys.join('/'), c.written.value] as const]
                  : [],
              ),
            );
            expect(added).toEqual(observed.added);
            const removed = scope.changes.flatMap((c) =>
              c.op === 'remove' && c.root === 'votes' && c.keys.length === 2 ? [c.keys.join('/')] : [],
            );
            expect(new Set(removed)).toEqual(observed.deleted);
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});
