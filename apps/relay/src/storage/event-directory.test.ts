import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteDirectory } from './sqlite-directory';
import { createMemoryEventDirectory } from './event-directory';
import { describeEventDirectoryContract } from './event-directory-contract';
import { openSqliteEventDirectory } from './sqlite-event-directory';
import { SCHEMA_VERSION } from './sqlite-schema';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function sqlitePath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notevote-events-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'notevote.db');
}

describeEventDirectoryContract('memory', createMemoryEventDirectory);
describeEventDirectoryContract('sqlite', () => openSqliteEventDirectory({ path: sqlitePath() }));

describe('sqlite event directory', () => {
  it('shares the file with the board directory and survives reopening', async () => {
    const file = sqlitePath();
    const boards = openSqliteDirectory({ path: file });
    const first = openSqliteEventDirectory({ path: file });
    await boards.create('cyber', 1);
    await first.create({ id: 'e1', title: 'SOLVE', language: 'ar', boards: ['cyber'] }, 5);
    await first.rotateLink('e1', 'drop-in');
    await first.close();
    await boards.close();
    const again = openSqliteEventDirectory({ path: file });
    cleanups.push(() => again.close());
    expect(await again.get('e1')).toMatchObject({ title: 'SOLVE', language: 'ar', dropInEpoch: 1, boards: ['cyber'] });
  });

  it('adds the event tables to a database of the previous schema version, keeping its boards', async () => {
    const file = sqlitePath();
    const boards = openSqliteDirectory({ path: file });
    await boards.create('before', 1);
    await boards.close();
    // Back to the version before events, as an older relay left the file.
    const old = new Database(file);
    old.exec('DROP TABLE event_boards; DROP TABLE events;');
    old.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    old.close();

    const events = openSqliteEventDirectory({ path: file });
    cleanups.push(() => events.close());
    await events.create({ id: 'e1', title: 'After the upgrade', language: 'en', boards: ['before'] });
    expect((await events.get('e1'))?.boards).toEqual(['before']);
    const check = new Database(file, { readonly: true });
    cleanups.push(() => check.close());
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(check.prepare('SELECT id FROM boards').all()).toEqual([{ id: 'before' }]);
  });
});
