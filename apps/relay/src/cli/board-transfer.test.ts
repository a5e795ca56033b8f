import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardDirectory } from '../storage/board-directory';
import { openPostgresDirectory } from '../storage/postgres-directory';
import { openPostgresStore } from '../storage/postgres-store';
import { freshSchemaName, scratchSchemas, TEST_DATABASE_URL } from '../storage/postgres-test-support';
import { openSqliteDirectory } from '../storage/sqlite-directory';
import { openSqliteStore } from '../storage/sqlite-store';
import type { DocStore } from '../storage/types';
import { BOARD_FILE_FORMAT, type BoardFile } from './board-file';

/** Private documents are named after a user id: 22 characters. */
const U1 = 'u1-aaaaaaaaaaaaaaaaaaa';
const U2 = 'u2-bbbbbbbbbbbbbbbbbbb';

const relayRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemas = scratchSchemas();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notevote-transfer-'));
  dirs.push(dir);
  return dir;
};

/** Where a CLI run keeps boards: the environment it is given. */
type Target = {
  env: Record<string, string>;
  open(): { store: DocStore; directory: BoardDirectory; close(): Promise<void> };
};

function sqliteTarget(): Target {
  const dataDir = path.join(tempDir(), 'data');
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    open() {
      const file = path.join(dataDir, 'notevote.db');
      const store = openSqliteStore({ path: file });
      const directory = openSqliteDirectory({ path: file });
      return { store, directory, close: async () => (await store.close(), await directory.close()) };
    },
  };
}

function postgresTarget(): Target {
  const schema = freshSchemaName();
  schemas.dropAfterTest(schema);
  return {
    env: { DATA_DIR: path.join(tempDir(), 'unused'), DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema },
    open() {
      const database = schemas.open(schema);
      const store = openPostgresStore({ database });
      const directory = openPostgresDirectory({ database });
      return { store, directory, close: async () => (await store.close(), await directory.close()) };
    },
  };
}

/** Runs `pnpm board …` as the relay package would: a real process, tsx as the loader. */
function board(target: Target, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/board-transfer.ts', ...args], {
    cwd: relayRoot,
    env: { ...process.env, NOTEVOTE_SECRET: 'a-secret-for-the-transfer-tests-0123456789', ...target.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const notesOf = (update: Uint8Array | undefined) => {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc.getMap('notes').toJSON();
};

/** A board with content, a private document, replaced links and a known creation time. */
async function seed(target: Target, boardId: string): Promise<void> {
  const { store, directory, close } = target.open();
  await directory.create(boardId, 1_700_000_000_000);
  await directory.rotateLink(boardId, 'participant');
  await directory.rotateLink(boardId, 'participant');
  await directory.rotateLink(boardId, 'projector');
  const shared = new Y.Doc();
  shared.getMap('notes').set('n1', { text: 'shared idea' });
  shared.getMap('notes').set('n2', { text: 'another' });
  const mine = new Y.Doc();
  mine.getMap('notes').set('p1', { text: 'private draft' });
  await store.append(boardId, Y.encodeStateAsUpdate(shared));
  await store.append(`${boardId}/${U1}`, Y.encodeStateAsUpdate(mine));
  await store.append('other-board', Y.encodeStateAsUpdate(shared));
  await close();
}

async function expectSeeded(target: Target, boardId: string): Promise<void> {
  const { store, directory, close } = target.open();
  expect(await directory.get(boardId)).toMatchObject({
    createdAt: 1_700_000_000_000,
    participantEpoch: 2,
    facilitatorEpoch: 0,
    projectorEpoch: 1,
  });
  expect(notesOf((await store.load(boardId))?.update)).toEqual({
    n1: { text: 'shared idea' },
    n2: { text: 'another' },
  });
  expect(notesOf((await store.load(`${boardId}/${U1}`))?.update)).toEqual({ p1: { text: 'private draft' } });
  expect((await store.listDocs('')).sort()).toEqual([boardId, `${boardId}/${U1}`]);
  await close();
}

describe('pnpm board export / import', () => {
  it('moves a board from SQLite to PostgreSQL and back, with its private documents and link epochs', async () => {
    const sqlite = sqliteTarget();
    await seed(sqlite, 'board-1');
    const file = path.join(tempDir(), 'board.json');
    const exported = await board(sqlite, ['export', 'board-1', file]);
    expect(exported.stderr).toMatch(/exported board board-1 \(2 document\(s\)\) from SQLite at /);
    expect(exported.code).toBe(0);
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as BoardFile;
    expect(parsed).toMatchObject({ format: BOARD_FILE_FORMAT, version: 1, board: { id: 'board-1' } });
    expect(parsed.documents.map((d) => d.name)).toEqual(['board-1', `board-1/${U1}`]);

    const postgres = postgresTarget();
    const imported = await board(postgres, ['import', file]);
    expect(imported.stderr).toMatch(/imported board board-1 \(2 document\(s\)\) into PostgreSQL at /);
    expect(imported.code).toBe(0);
    await expectSeeded(postgres, 'board-1');

    // Back out of PostgreSQL to stdout, and into a fresh SQLite directory.
    const again = await board(postgres, ['export', 'board-1']);
    expect(again.code).toBe(0);
    const copy = path.join(tempDir(), 'copy.json');
    fs.writeFileSync(copy, again.stdout);
    const fresh = sqliteTarget();
    expect((await board(fresh, ['import', copy])).code).toBe(0);
    await expectSeeded(fresh, 'board-1');
  });

  it('refuses to overwrite an existing board unless --replace, which erases what was there', async () => {
    const sqlite = sqliteTarget();
    await seed(sqlite, 'board-1');
    const file = path.join(tempDir(), 'board.json');
    expect((await board(sqlite, ['export', 'board-1', file])).code).toBe(0);
    // Meanwhile the board gains a private document the file does not have.
    {
      const { store, close } = sqlite.open();
      await store.append(`board-1/${U2}`, Y.encodeStateAsUpdate(new Y.Doc()));
      await close();
    }
    const refused = await board(sqlite, ['import', file]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/board board-1 already exists here; add --replace/);

    const replaced = await board(sqlite, ['import', file, '--replace']);
    expect(replaced.code).toBe(0);
    // The other board is untouched, and U2's document is gone with the replaced board (expectSeeded lists every document).
    const { store, close } = sqlite.open();
    expect((await store.load('other-board'))?.entries).toBe(1);
    await store.erase('other-board');
    await close();
    await expectSeeded(sqlite, 'board-1');
  });

  it('refuses a malformed file with what is wrong, and changes nothing', async () => {
    const postgres = postgresTarget();
    const dir = tempDir();
    const cases: [string, string, RegExp][] = [
      ['not-json', '\n> notevote@ board\n{', /not JSON .*pnpm printed/s],
      ['wrong-format', JSON.stringify({ format: 'something' }), /not a notevote board export/],
      ['future', JSON.stringify({ format: BOARD_FILE_FORMAT, version: 9 }), /format version 9, newer than this relay/],
      [
        'bad-doc',
        JSON.stringify({
          format: BOARD_FILE_FORMAT,
          version: 1,
          board: { id: 'b1', createdAt: 1, participantEpoch: 0, facilitatorEpoch: 0, projectorEpoch: 0 },
          documents: [{ name: `elsewhere/${U1}`, update: 'AAA=' }],
        }),
        /documents\[0\]\.name must be "b1" or "b1\/<user id>"/,
      ],
    ];
    for (const [name, text, message] of cases) {
      const file = path.join(dir, `${name}.json`);
      fs.writeFileSync(file, text);
      const result = await board(postgres, ['import', file]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(message);
    }
    const { store, directory, close } = postgres.open();
    expect(await store.listDocs('')).toEqual([]);
    expect(await directory.get('b1')).toBeNull();
    await close();
    expect((await board(postgres, ['export', 'nope'])).stderr).toMatch(/there is no board nope in PostgreSQL at/);
    expect((await board(postgres, ['frobnicate'])).stderr).toMatch(/usage:/);
  });
});
