import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryDirectory } from './board-directory';
import { describeBoardDirectoryContract, freshBoardRecord as fresh } from './board-directory-contract';
import { openSqliteDirectory } from './sqlite-directory';
import { openSqliteStore } from './sqlite-store';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function sqlitePath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notevote-dir-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'notevote.db');
}

describeBoardDirectoryContract('memory', createMemoryDirectory);
describeBoardDirectoryContract('sqlite', () => openSqliteDirectory({ path: sqlitePath() }));

describe('sqlite board directory', () => {
  it('shares the database file with the document store and survives reopening', async () => {
    const file = sqlitePath();
    const store = openSqliteStore({ path: file });
    const first = openSqliteDirectory({ path: file });
    await first.create('shared', 7);
    await first.rotateLink('shared', 'participant');
    await store.append('shared', new Uint8Array([0, 0]));
    await first.close();
    await store.close();
    const again = openSqliteDirectory({ path: file });
    cleanups.push(() => again.close());
    expect(await again.get('shared')).toEqual({ ...fresh('shared', 7), participantEpoch: 1 });
  });

  it('writes touches it kept in memory before closing', async () => {
    const file = sqlitePath();
    const first = openSqliteDirectory({ path: file });
    await first.create('b1', 1_000);
    await first.touch('b1', 5_000);
    expect((await first.get('b1'))?.touchedAt).toBe(5_000);
    await first.close();
    const again = openSqliteDirectory({ path: file });
    cleanups.push(() => again.close());
    expect((await again.get('b1'))?.touchedAt).toBe(5_000);
  });

  it('upgrades a directory from before link replacement and retention: boards count as used at the upgrade', async () => {
    const file = sqlitePath();
    // The layout of schema version 2, as an older relay wrote it, with a board created long ago.
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec(`
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX updates_doc_seq ON updates (doc, seq);
      CREATE TABLE boards (id TEXT PRIMARY KEY, participant_epoch INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);
      INSERT INTO boards (id, participant_epoch, created_at) VALUES ('ancient', 3, 1000);
      PRAGMA user_version = 2;
    `);
    old.close();

    const before = Date.now();
    const d = openSqliteDirectory({ path: file });
    cleanups.push(() => d.close());
    const record = await d.get('ancient');
    expect(record).toMatchObject({ participantEpoch: 3, facilitatorEpoch: 0, projectorEpoch: 0, createdAt: 1000 });
    expect(record!.touchedAt).toBeGreaterThanOrEqual(before);
    // So a retention sweep right after the upgrade erases nothing that existed before it.
    expect(await d.untouchedSince(before)).toEqual([]);
  });

  it('upgrades a directory from before join codes: boards have no join key until one is asked for', async () => {
    const file = sqlitePath();
    // The boards table of schema version 4, with two boards.
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec(`
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX updates_doc_seq ON updates (doc, seq);
      CREATE TABLE boards (id TEXT PRIMARY KEY, participant_epoch INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,
        facilitator_epoch INTEGER NOT NULL DEFAULT 0, projector_epoch INTEGER NOT NULL DEFAULT 0,
        touched_at INTEGER NOT NULL DEFAULT 0);
      INSERT INTO boards (id, participant_epoch, created_at, touched_at) VALUES ('before', 2, 1000, 2000), ('also', 0, 1000, 2000);
      PRAGMA user_version = 4;
    `);
    old.close();

    const d = openSqliteDirectory({ path: file });
    cleanups.push(() => d.close());
    expect(await d.get('before')).toEqual({
      ...fresh('before', 1000),
      participantEpoch: 2,
      touchedAt: 2000,
    });
    expect(await d.setJoinKey('before', 'k', 0)).toBe(true);
    expect(await d.setJoinKey('also', 'k', 0)).toBe(false);
    expect((await d.findByJoinKey('k'))?.id).toBe('before');
  });
});
