import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updatesHeldBy } from './covered-updates';

/**
 * The definition, run literally: apply each row to the snapshot and see whether anything changed. It costs a Yjs
 * transaction per row, which is why the store does not use it, but it is what `updatesHeldBy` must agree with.
 */
function heldByApplying(snapshot: Uint8Array, updates: readonly Uint8Array[]): Set<number> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot);
  let changed = false;
  doc.on('update', () => (changed = true));
  const held = new Set<number>();
  updates.forEach((update, index) => {
    changed = false;
    Y.applyUpdate(doc, update);
    if (!changed && doc.store.pendingStructs === null && doc.store.pendingDs === null) held.add(index);
  });
  doc.destroy();
  return held;
}

/** One step of a writer: which replica acts and what it does to the shared board. */
const step = fc.record({
  writer: fc.nat({ max: 3 }),
  action: fc.constantFrom('set', 'overwrite', 'delete-key', 'insert', 'remove', 'sync'),
  key: fc.nat({ max: 5 }),
  peer: fc.nat({ max: 3 }),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

interface Log {
  rows: Uint8Array[];
  /** The replicas as they ended: each holds its own rows and what it received. */
  replicas: Y.Doc[];
}

/** Four replicas edit a map and an array, syncing now and then; every transaction's update is a row of the log. */
function writeLog(steps: readonly Step[]): Log {
  const replicas = Array.from({ length: 4 }, (_, i) => new Y.Doc({ gc: i % 2 === 0 }));
  const rows: Uint8Array[] = [];
  replicas.forEach((doc) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'sync' && rows.push(update)),
  );
  for (const { writer, action, key, peer } of steps) {
    const doc = replicas[writer]!;
    const map = doc.getMap<number>('notes');
    const list = doc.getArray<string>('order');
    switch (action) {
      case 'set':
        if (!map.has(`n${key}`)) map.set(`n${key}`, key);
        break;
      case 'overwrite':
        map.set(`n${key}`, key + rows.length);
        break;
      case 'delete-key':
        map.delete(`n${key}`);
        break;
      case 'insert':
        list.insert(Math.min(key, list.length), [`i${rows.length}`, `j${rows.length}`]);
        break;
      case 'remove':
        if (list.length > 0)
          list.delete(Math.min(key, list.length - 1), Math.min(2, list.length - Math.min(key, list.length - 1)));
        break;
      case 'sync': {
        const other = replicas[peer]!;
        Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)), 'sync');
        break;
      }
    }
  }
  return { rows, replicas };
}

describe('updatesHeldBy', () => {
  it('agrees with applying each row to the snapshot, on logs four replicas wrote', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 60 }),
        fc.nat({ max: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (steps, snapshotFrom, merges, delays) => {
          const { rows, replicas } = writeLog(steps);
          // The compacting instance's snapshot is one replica's state: it may lack rows another replica stored.
          const snapshot = Y.encodeStateAsUpdate(replicas[snapshotFrom]!);
          const log = [...rows];
          // Instances store rows in whatever order they get them: a row may land after rows that depend on it.
          for (const pick of delays) log.push(...log.splice(pick % log.length, 1));
          // Earlier compactions leave merged rows (and merging a client's updates with a gap between them leaves a
          // skip in the merged row).
          for (const [first, second] of merges) {
            if (log.length < 2) break;
            const at = first % log.length;
            const other = second % log.length;
            if (at === other) continue;
            const merged = Y.mergeUpdates([log[at]!, log[other]!]);
            log.splice(Math.max(at, other), 1);
            log.splice(Math.min(at, other), 1, merged);
          }
          expect([...updatesHeldBy(snapshot, log)].sort((a, b) => a - b)).toEqual(
            [...heldByApplying(snapshot, log)].sort((a, b) => a - b),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds every row of a snapshot made from all of them, and none that a stale snapshot lacks', () => {
    const writer = new Y.Doc();
    const rows: Uint8Array[] = [];
    writer.on('update', (update: Uint8Array) => rows.push(update));
    const notes = writer.getMap<number>('notes');
    for (let i = 0; i < 20; i++) notes.set(`n${i % 5}`, i);
    const stale = Y.encodeStateAsUpdate(writer);
    notes.set('late', 1);
    notes.delete('n0');

    expect(updatesHeldBy(Y.encodeStateAsUpdate(writer), rows).size).toBe(rows.length);
    const heldByStale = updatesHeldBy(stale, rows);
    expect(heldByStale.size).toBe(20);
    expect(heldByStale.has(20)).toBe(false);
    expect(heldByStale.has(21)).toBe(false);
  });

  it('counts a row whose dependency is missing as not held, and holds it once the dependency has arrived', () => {
    const a = new Y.Doc();
    const rows: Uint8Array[] = [];
    a.on('update', (update: Uint8Array) => rows.push(update));
    const list = a.getArray<number>('order');
    list.insert(0, [1]);
    list.insert(1, [2]); // depends on the first insert
    const snapshot = Y.encodeStateAsUpdate(new Y.Doc());
    // The log holds the second row before the first: the second waits for the first, so both are kept; a copy of
    // the second after them changes nothing.
    const log = [rows[1]!, rows[0]!, rows[1]!];
    expect(updatesHeldBy(snapshot, log)).toEqual(new Set([2]));
    expect(heldByApplying(snapshot, log)).toEqual(new Set([2]));
    expect(updatesHeldBy(Y.encodeStateAsUpdate(a), [rows[1]!, rows[0]!])).toEqual(new Set([0, 1]));
  });
});
