import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteAppender, openSqliteStore } from './sqlite-store';
import { scratchDatabases } from './sqlite-test-support';
import { reserveWalSpace } from './sqlite-wal-size';

const { freshPath } = scratchDatabases('notevote-wal-size-');

const walSize = (file: string) => fs.statSync(`${file}-wal`).size;
/** What 1,000 frames (SQLite's default auto-checkpoint) of 4 KiB pages take in the log, each with its 24-byte header. */
const WORKING_SIZE = 1000 * (4096 + 24);

describe('the write-ahead log starts at its working size', () => {
  it('a freshly opened store has grown its log, and commits write into it without growing it', async () => {
    const file = freshPath();
    const store = openSqliteStore({ path: file });
    const reserved = walSize(file);
    expect(reserved).toBeGreaterThanOrEqual(WORKING_SIZE);

    // The main thread's append connection (the relay's fast path) writes into the same log.
    const appender = openSqliteAppender(file);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 51; i++) doc.getMap('notes').set(`n${i}`, i);
    for (const update of updates.slice(0, 50)) appender.write([{ doc: 'board', data: update }]);
    await store.append('board', updates[50]!);
    expect(walSize(file)).toBe(reserved);
    appender.close();

    // The reservation left no row behind: only what was appended is there.
    expect(await store.listDocs('')).toEqual(['board']);
    expect(await store.load('')).toBeNull();
    await store.close();
    const again = openSqliteStore({ path: file });
    const stored = await again.load('board');
    expect(stored?.entries).toBe(51);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored!.update);
    expect(reloaded.getMap('notes').toJSON()).toEqual(doc.getMap('notes').toJSON());
    await again.close();
  });

  it('reserving writes nothing a reader sees, and leaves the cache size as it was', async () => {
    const file = freshPath();
    await openSqliteStore({ path: file }).close();
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)').run('board', Buffer.from('kept'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('cache_size = -2000');
    reserveWalSpace(db);
    expect(db.inTransaction).toBe(false);
    expect(db.pragma('cache_size', { simple: true })).toBe(-2000);
    expect(db.prepare('SELECT doc, CAST(data AS TEXT) AS text FROM updates').all()).toEqual([
      { doc: 'board', text: 'kept' },
    ]);
    expect(walSize(file)).toBeGreaterThanOrEqual(WORKING_SIZE);
    db.close();
  });
});
