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

  it('a resolved append survives SIGKILL of the relay process', async () => {
    const dbPath = freshPath();
    const w = recordingDoc();
    w.map.set('durable', 'yes');
    const update = Y.encodeStateAsUpdate(w.doc);
    const { ended, stderr } = await appendThenKill('sqlite-thread-store.ts', 'openSqliteThreadStore', dbPath, update);
    expect(ended, stderr).toBe('SIGKILL');

    const store = openSqliteStore({ path: dbPath });
    expect(contentOf(await store.load('board'))).toEqual({ durable: 'yes' });
    await store.close();
  });
});
