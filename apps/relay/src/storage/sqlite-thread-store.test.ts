import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from './sqlite-store';
import { openSqliteThreadStore } from './sqlite-thread-store';
import { contentOf, describeDocStoreContract, recordingDoc } from './store-contract';
import { appendThenKill, scratchDatabases } from './sqlite-test-support';

const { freshPath, unusedPath } = scratchDatabases('notevote-thread-store-');

describeDocStoreContract('sqlite store on its own thread', () => openSqliteThreadStore({ path: freshPath() }));

describe('sqlite store on its own thread', () => {
  it('says why when the database cannot be opened, and fails every call with that', async () => {
    const blocker = unusedPath('not-a-directory');
    fs.writeFileSync(blocker, 'a file where the data directory should be');
    const store = openSqliteThreadStore({ path: path.join(blocker, 'boards.sqlite') });
    await expect(store.ready).rejects.toThrow(/Could not open the board database at .*DATA_DIR/);
    await expect(store.append('board', new Uint8Array([0, 0]))).rejects.toThrow(/Could not open the board database/);
    await expect(store.load('board')).rejects.toThrow(/Could not open the board database/);
    await store.close();
  });

  it('stores many appends from one turn and from later turns, in order', async () => {
    const dbPath = freshPath();
    const store = openSqliteThreadStore({ path: dbPath });
    await store.ready;
    const w = recordingDoc();
    for (let i = 0; i < 50; i++) w.map.set(`k${i}`, i);
    const firstTurn = w.updates.slice(0, 25).map((u) => store.append('board', u));
    await Promise.all(firstTurn);
    await Promise.all(w.updates.slice(25).map((u) => store.append('board', u)));
    await store.close();
    // Read back by a store on this thread: it is the same database file.
    const reader = openSqliteStore({ path: dbPath });
    const stored = await reader.load('board');
    expect(stored?.entries).toBe(50);
    expect(contentOf(stored)).toEqual(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])));
    await reader.close();
  });

  // Once the thread has opened the database, a small turn of appends is committed on the main thread (the fast
  // path) and a large one on the storage thread: both are on disk when they resolve.
  it.each([
    ['as soon as the store is opened (through the storage thread)', { times: 1, afterReady: false }],
    ['one append once it is ready (committed on the main thread)', { times: 1, afterReady: true }],
    ['a turn of 100 appends once it is ready (through the storage thread)', { times: 100, afterReady: true }],
  ])('a resolved append made %s survives SIGKILL of the relay process', async (_when, mode) => {
    const dbPath = freshPath();
    const w = recordingDoc();
    w.map.set('durable', 'yes');
    const update = Y.encodeStateAsUpdate(w.doc);
    const { ended, stderr } = await appendThenKill(
      'sqlite-thread-store.ts',
      'openSqliteThreadStore',
      dbPath,
      update,
      mode,
    );
    expect(ended, stderr).toBe('SIGKILL');

    const store = openSqliteStore({ path: dbPath });
    const stored = await store.load('board');
    expect(stored?.entries).toBe(mode.times);
    expect(contentOf(stored)).toEqual({ durable: 'yes' });
    await store.close();
  });

  it('loses nothing when appends alternate between the main thread and the storage thread around a compaction', async () => {
    const dbPath = freshPath();
    const store = openSqliteThreadStore({ path: dbPath });
    await store.ready;
    const w = recordingDoc();
    for (let i = 0; i < 400; i++) w.map.set(`k${i % 7}`, i);
    const pending: Promise<void>[] = [];
    let next = 0;
    // Turns of 1, 50, 2, 80, … appends: small ones take the fast path only while the thread is idle. A compaction's
    // snapshot holds exactly what was appended before it, as SyncedDoc's does; whatever is appended after it (while
    // the thread is still busy with the large turn before it) must survive its delete, whichever thread commits it.
    for (const size of [1, 50, 2, 80, 1, 3, 60, 1, 100, 1, 1, 100]) {
      for (const update of w.updates.slice(next, next + size)) pending.push(store.append('board', update));
      next += size;
      if (size >= 80) pending.push(store.compact('board', Y.mergeUpdates(w.updates.slice(0, next))));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(pending);
    await store.close();
    const reader = openSqliteStore({ path: dbPath });
    const stored = await reader.load('board');
    await reader.close();
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, stored!.update);
    // A lost update would leave a gap: every later one of that client would stay pending, short of this state.
    expect(Y.encodeStateVector(loaded)).toEqual(Y.encodeStateVector(w.doc));
    expect(loaded.getMap('notes').toJSON()).toEqual(w.map.toJSON());
  });
});
