import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BoardExistsError,
  createMemoryDirectory,
  epochOf,
  UnknownBoardError,
  type BoardDirectory,
} from './board-directory';
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

const fresh = (id: string, at: number) => ({
  id,
  participantEpoch: 0,
  facilitatorEpoch: 0,
  projectorEpoch: 0,
  createdAt: at,
  touchedAt: at,
  joinKey: null,
  joinSalt: 0,
});

function contract(name: string, open: () => BoardDirectory) {
  describe(`board directory (${name})`, () => {
    const directory = () => {
      const d = open();
      cleanups.push(() => d.close());
      return d;
    };

    it('creates, reads and refuses duplicates', async () => {
      const d = directory();
      expect(await d.get('b1')).toBeNull();
      expect(await d.create('b1', 42)).toEqual(fresh('b1', 42));
      expect(await d.get('b1')).toEqual(fresh('b1', 42));
      await expect(d.create('b1')).rejects.toBeInstanceOf(BoardExistsError);
    });

    it("replaces each role's link on its own", async () => {
      const d = directory();
      await d.create('b1');
      expect((await d.rotateLink('b1', 'participant')).participantEpoch).toBe(1);
      expect((await d.rotateLink('b1', 'participant')).participantEpoch).toBe(2);
      const afterProjector = await d.rotateLink('b1', 'projector');
      expect(afterProjector).toMatchObject({ participantEpoch: 2, projectorEpoch: 1, facilitatorEpoch: 0 });
      const record = await d.rotateLink('b1', 'facilitator');
      expect([epochOf(record, 'facilitator'), epochOf(record, 'participant'), epochOf(record, 'projector')]).toEqual([
        1, 2, 1,
      ]);
      expect(await d.get('b1')).toEqual(record);
      await expect(d.rotateLink('nope', 'projector')).rejects.toBeInstanceOf(UnknownBoardError);
    });

    it("keeps each board's join key unique, finds the board by it, and forgets it with the board", async () => {
      const d = directory();
      await d.create('b1');
      await d.create('b2');
      expect(await d.findByJoinKey('key-1')).toBeNull();
      expect(await d.setJoinKey('b1', 'key-1', 0)).toBe(true);
      expect(await d.findByJoinKey('key-1')).toMatchObject({ id: 'b1', joinKey: 'key-1', joinSalt: 0 });
      expect(await d.get('b1')).toMatchObject({ joinKey: 'key-1', joinSalt: 0 });
      // Setting the key a board already holds is no conflict (two requests may register it at once).
      expect(await d.setJoinKey('b1', 'key-1', 0)).toBe(true);

      // Another board cannot take it, and nothing about that board changes.
      expect(await d.setJoinKey('b2', 'key-1', 0)).toBe(false);
      expect(await d.get('b2')).toMatchObject({ joinKey: null, joinSalt: 0 });
      expect(await d.setJoinKey('b2', 'key-2', 1)).toBe(true);
      expect(await d.findByJoinKey('key-2')).toMatchObject({ id: 'b2', joinSalt: 1 });

      // A new key replaces the old one, which then finds nothing and is free for others.
      expect(await d.setJoinKey('b1', 'key-3', 0)).toBe(true);
      expect(await d.findByJoinKey('key-1')).toBeNull();
      expect((await d.findByJoinKey('key-3'))?.id).toBe('b1');
      expect(await d.setJoinKey('b2', 'key-1', 0)).toBe(true);

      // Link epochs live beside the key, untouched by it.
      expect(await d.rotateLink('b1', 'participant')).toMatchObject({ participantEpoch: 1, joinKey: 'key-3' });

      expect(await d.remove('b1')).toBe(true);
      expect(await d.findByJoinKey('key-3')).toBeNull();
      expect(await d.setJoinKey('b2', 'key-3', 0)).toBe(true);
      await expect(d.setJoinKey('b1', 'key-4', 0)).rejects.toBeInstanceOf(UnknownBoardError);
    });

    it('finds boards by when they were last used, and touching never brings a removed board back', async () => {
      const d = directory();
      await d.create('old', 1_000);
      await d.create('used', 1_000);
      await d.create('new', 5_000);
      await d.touch('used', 6_000);
      expect((await d.untouchedSince(2_000)).sort()).toEqual(['old']);
      expect((await d.untouchedSince(7_000)).sort()).toEqual(['new', 'old', 'used']);

      expect(await d.remove('old')).toBe(true);
      expect(await d.remove('old')).toBe(false);
      await d.touch('old', 9_000);
      expect(await d.get('old')).toBeNull();
      expect((await d.untouchedSince(10_000)).sort()).toEqual(['new', 'used']);
    });
  });
}

contract('memory', createMemoryDirectory);
contract('sqlite', () => openSqliteDirectory({ path: sqlitePath() }));

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
