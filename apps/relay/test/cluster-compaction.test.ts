import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readNotes } from '@notevote/board';
import type { ClusterHost } from '../src/cluster/cluster-host';
import { createMemoryStore } from '../src/storage/memory-store';
import { openPostgresStore } from '../src/storage/postgres-store';
import { scratchSchemas } from '../src/storage/postgres-test-support';
import type { DocStore } from '../src/storage/types';
import { noteWriter, startCluster, type NoteWriter } from './cluster-helpers';
import { deferCleanups, waitFor, type TestRelay } from './helpers';

const cleanups = deferCleanups();

/** A store that counts the compactions made through it. */
function countingCompactions(inner: DocStore): DocStore & { compactions: () => number } {
  let compactions = 0;
  return {
    ...inner,
    compact: async (docName, snapshot) => {
      compactions++;
      await inner.compact(docName, snapshot);
    },
    compactions: () => compactions,
  };
}

const schemas = scratchSchemas();

describe.each([
  ['in memory', () => createMemoryStore()],
  ['in PostgreSQL', () => openPostgresStore({ database: schemas.open() })],
])('compaction with several instances, boards %s', (_where, openStore) => {
  it('compacting on the instance that holds the board while clients of the other write loses no update', async () => {
    const inner = openStore();
    cleanups.push(() => inner.close());
    const store = countingCompactions(inner);
    const { relays } = await startCluster(cleanups, 2, { compactAfterEntries: 10, compactWhenQuietMs: 0 }, store);
    const [one, two] = relays as [TestRelay, TestRelay];
    const boardId = 'compact-across';
    const writers: NoteWriter[] = [];
    // The first client (on one) makes one hold the board; the others write through two.
    for (const relay of [one, two, two, two]) {
      writers.push(
        await noteWriter(relay.wsUrl, boardId, (key) => relay.access(boardId, 'participant', key), cleanups),
      );
    }
    expect((two.app.host as ClusterHost).forwardedConnections).toBe(3);
    const written: string[] = [];
    for (let round = 0; round < 40; round++) {
      writers.slice(1).forEach((writer, i) => {
        writer.write(`note ${round}-${i}`);
        written.push(`note ${round}-${i}`);
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const expected = [...written].sort();
    await waitFor(
      () => readNotes(writers[0]!.provider.doc).length === expected.length,
      'every note at the holder',
      10_000,
    );
    await waitFor(() => store.compactions() >= 3, 'several compactions while writing');

    // What is stored (what any instance loads next) holds every note.
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await store.load(boardId))!.update);
    expect(
      readNotes(stored)
        .map((note) => note.text)
        .sort(),
    ).toEqual(expected);
  });
});
