import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from './sqlite-schema';
import { openSqliteStore } from './sqlite-store';
import type { SqliteStoreOptions } from './sqlite-store';
import { contentOf, describeDocStoreContract, recordingDoc } from './store-contract';
import { appendThenKill, scratchDatabases } from './sqlite-test-support';

const { freshPath, unusedPath } = scratchDatabases('notevote-store-');

const openFresh = (options: Omit<SqliteStoreOptions, 'path'> = {}) =>
  openSqliteStore({ path: freshPath(), ...options });

describeDocStoreContract('sqlite store', () => openFresh());
describeDocStoreContract('sqlite store, groupCommitMs 5', () => openFresh({ groupCommitMs: 5 }));

describe('sqlite store', () => {
  it('writes appends issued together in one transaction', async () => {
    const batches: number[] = [];
    const store = openFresh({ onFlush: (n) => batches.push(n) });
    const w = recordingDoc();
    for (let i = 0; i < 50; i++) w.map.set(`k${i}`, i);
    await Promise.all(w.updates.map((u) => store.append('board', u)));
    expect(batches).toEqual([50]);

    await store.append('board', w.updates[0]!);
    expect(batches).toEqual([50, 1]);
    await store.close();
  });

  it('while busy, does not write before the group-commit window ends, unless flushed', async () => {
    const dbPath = freshPath();
    const batches: number[] = [];
    const store = openSqliteStore({ path: dbPath, groupCommitMs: 60_000, onFlush: (n) => batches.push(n) });
    const w = recordingDoc();
    w.map.set('a', 1);
    w.map.set('b', 2);
    // After a quiet spell the first append is written at the end of the turn; the next one opens a window.
    await store.append('board', w.updates[0]!);
    expect(batches).toEqual([1]);
    let done = false;
    const appended = store.append('board', w.updates[1]!).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(batches).toEqual([1]);

    await store.flush();
    await appended;
    expect(batches).toEqual([1, 1]);
    await store.close();
  });

  it('keeps data across close and reopen', async () => {
    const dbPath = freshPath();
    const w = recordingDoc();
    w.map.set('a', 1);
    w.map.set('b', 2);
    const first = openSqliteStore({ path: dbPath });
    for (const u of w.updates) void first.append('board', u);
    await first.close(); // close must flush the unawaited appends

    const second = openSqliteStore({ path: dbPath, synchronous: 'NORMAL' });
    const stored = await second.load('board');
    expect(stored?.entries).toBe(2);
    expect(contentOf(stored)).toEqual({ a: 1, b: 2 });
    await second.close();
  });

  it('uses WAL, stores the schema version, and does not re-migrate on reopen', async () => {
    const dbPath = freshPath();
    for (const synchronous of ['FULL', 'NORMAL'] as const) {
      const store = openSqliteStore({ path: dbPath, synchronous });
      // WAL and user_version are persistent, so a second connection can check them (synchronous is per connection).
      const db = new Database(dbPath, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      db.close();
      await store.close();
    }
  });

  it('refuses a database written by a newer relay', async () => {
    const dbPath = freshPath();
    await openSqliteStore({ path: dbPath }).close();
    const db = new Database(dbPath);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore({ path: dbPath })).toThrow(
      new RegExp(`Could not open the board database at .*${path.basename(dbPath)}.*newer`),
    );
  });

  it('explains a database that cannot be opened', () => {
    // A regular file where the folder should be: fails for every user, root included.
    const blocker = unusedPath('blocker');
    fs.writeFileSync(blocker, '');
    const dbPath = path.join(blocker, 'boards.sqlite');
    expect(() => openSqliteStore({ path: dbPath })).toThrow(/Could not open the board database at .*blocker.*DATA_DIR/);
  });

  it('rejects invalid options', () => {
    expect(() => openFresh({ groupCommitMs: -1 })).toThrow(/groupCommitMs/);
    expect(() => openFresh({ synchronous: 'OFF' as 'FULL' })).toThrow(/synchronous must be one of FULL, NORMAL/);
  });

  it('rejects every append of a failed batch with a helpful message, then keeps working', async () => {
    const dbPath = freshPath();
    const store = openSqliteStore({ path: dbPath });
    await store.append('board', recordingUpdate('ok', 1));

    // Simulate a failing disk through a second connection: chmod is ignored by root and does not
    // affect an already-open file, whereas a trigger makes every insert fail deterministically.
    const saboteur = new Database(dbPath);
    saboteur.exec(
      "CREATE TRIGGER fail_writes BEFORE INSERT ON updates BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END",
    );
    const secret = recordingUpdate('secret', 'top secret board text');
    const failed = [store.append('board', secret), store.append('board', recordingUpdate('x', 2))];
    for (const p of failed) {
      await expect(p).rejects.toThrow(
        /Could not save 2 update\(s\) in .*boards\.sqlite: simulated disk failure.*None of them were stored.*disk holding DATA_DIR is not full/,
      );
    }
    const message = await failed[0]!.then(
      () => '',
      (e: unknown) => String(e),
    );
    expect(message).toContain('simulated disk failure');
    expect(message).not.toContain('top secret');
    await expect(store.flush()).resolves.toBeUndefined(); // the failed batch is not retried forever

    saboteur.exec('DROP TRIGGER fail_writes');
    saboteur.close();
    await store.append('board', recordingUpdate('later', 3));
    const stored = await store.load('board');
    expect(contentOf(stored)).toEqual({ ok: 1, later: 3 });
    await store.close();
  });

  it('a resolved append survives SIGKILL of the writing process', async () => {
    const dbPath = freshPath();
    const update = recordingUpdate('durable', 'yes');
    const { ended, stderr } = await appendThenKill('sqlite-store.ts', 'openSqliteStore', dbPath, update);
    expect(ended, stderr).toBe('SIGKILL');

    const store = openSqliteStore({ path: dbPath });
    expect(contentOf(await store.load('board'))).toEqual({ durable: 'yes' });
    await store.close();
  });
});

/** One Yjs update that sets `key` to `value` in the "notes" map. */
function recordingUpdate(key: string, value: unknown): Uint8Array {
  const w = recordingDoc();
  w.map.set(key, value);
  return Y.encodeStateAsUpdate(w.doc);
}
