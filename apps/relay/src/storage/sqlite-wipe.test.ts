import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteDirectory } from './sqlite-directory';
import { openSqliteStore } from './sqlite-store';
import { openSqliteThreadStore } from './sqlite-thread-store';
import { filesContaining, scratchDatabases } from './sqlite-test-support';
import type { DocStore } from './types';

const { freshPath } = scratchDatabases('notevote-wipe-');

/** Text nobody else would write, so finding it in a file can only mean this test's note. */
const uniqueText = (label: string) => `${label}-${randomBytes(12).toString('hex')}`;

/** Writes `text` into a note of `doc` as a client would, in several updates, appending each; returns the doc. */
async function writeNote(store: DocStore, docName: string, text: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const pending: Promise<void>[] = [];
  doc.on('update', (update: Uint8Array) => pending.push(store.append(docName, update)));
  const note = new Y.Map<unknown>();
  doc.getMap('notes').set('n1', note);
  note.set('text', text);
  // Later edits, so the text's first version is in rows that compaction deletes (and frees).
  for (let i = 0; i < 5; i++) note.set('x', i);
  await Promise.all(pending);
  return doc;
}

describe('erasing from SQLite leaves nothing to recover', () => {
  for (const [adapter, open] of [
    ['sqlite store', (file: string) => openSqliteStore({ path: file })],
    ['sqlite store on its own thread', (file: string) => openSqliteThreadStore({ path: file })],
  ] as const) {
    it(`${adapter}: no file holds an erased board's text, including compacted-away versions`, async () => {
      const file = freshPath();
      const store = open(file);
      // The directory's connection is open too, as in the relay.
      const directory = openSqliteDirectory({ path: file });
      const boardText = uniqueText('board');
      const privateText = uniqueText('private');
      const keptText = uniqueText('kept');
      const board = await writeNote(store, 'erased', boardText);
      await store.compact('erased', Y.encodeStateAsUpdate(board));
      await writeNote(store, 'erased/user-1', privateText);
      await writeNote(store, 'other', keptText);
      // Positive control: the text is in the files now, so the search below can find it.
      const folder = path.dirname(file);
      expect(filesContaining(folder, boardText)).not.toEqual([]);
      expect(filesContaining(folder, privateText)).not.toEqual([]);

      await store.erase('erased');
      expect(filesContaining(folder, boardText)).toEqual([]);
      expect(filesContaining(folder, privateText)).toEqual([]);
      expect(filesContaining(folder, keptText)).not.toEqual([]);
      expect(fs.statSync(`${file}-wal`).size).toBe(0);
      await directory.close();
      await store.close();
    });
  }

  it('an upgrade wipes text that an older relay deleted without secure_delete', async () => {
    const file = freshPath();
    const text = uniqueText('compacted-away');
    // An older relay's database (schema version 2): a row deleted by compaction, its bytes left in a free page.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.pragma('secure_delete = OFF');
    old.exec(`
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX updates_doc_seq ON updates (doc, seq);
      CREATE TABLE boards (id TEXT PRIMARY KEY, participant_epoch INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);
      PRAGMA user_version = 2;
    `);
    const insert = old.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)');
    insert.run('board', Buffer.from(text.repeat(200)));
    old.exec("DELETE FROM updates WHERE doc = 'board'");
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    expect(filesContaining(path.dirname(file), text)).toEqual([path.basename(file)]);

    const store = openSqliteStore({ path: file });
    expect(filesContaining(path.dirname(file), text)).toEqual([]);
    await store.close();
  });

  it('creates the database and its companions readable by the relay only, and tightens older ones', async () => {
    const file = freshPath();
    const store = openSqliteStore({ path: file });
    await store.append('board', Y.encodeStateAsUpdate(new Y.Doc()));
    const mode = (name: string) => fs.statSync(name).mode & 0o777;
    for (const name of [file, `${file}-wal`, `${file}-shm`]) expect(mode(name), name).toBe(0o600);
    await store.close();

    fs.chmodSync(file, 0o644);
    const again = openSqliteStore({ path: file });
    expect(mode(file)).toBe(0o600);
    await again.close();
  });
});
