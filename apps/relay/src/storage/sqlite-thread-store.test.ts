import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from './sqlite-store';
import { openSqliteThreadStore } from './sqlite-thread-store';
import { contentOf, describeDocStoreContract, recordingDoc } from './store-contract';

let tmp: string;
let counter = 0;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'notevote-thread-store-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const freshPath = (): string => path.join(tmp, `case-${++counter}`, 'boards.sqlite');

describeDocStoreContract('sqlite store on its own thread', () => openSqliteThreadStore({ path: freshPath() }));

describe('sqlite store on its own thread', () => {
  it('says why when the database cannot be opened, and fails every call with that', async () => {
    const blocker = path.join(tmp, `not-a-directory-${++counter}`);
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
    const require = createRequire(import.meta.url);
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    const storeModule = pathToFileURL(
      path.join(path.dirname(fileURLToPath(import.meta.url)), 'sqlite-thread-store.ts'),
    ).href;
    // Stays alive after "written" so that the kill, not a clean close(), is what ends it.
    const script = `
      const { openSqliteThreadStore } = await import(${JSON.stringify(storeModule)});
      const store = openSqliteThreadStore({ path: process.env.DB_PATH });
      await store.append('board', Buffer.from(process.env.UPDATE, 'base64'));
      process.stdout.write('written\\n');
      setInterval(() => {}, 60_000);
    `;
    const child = spawn(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
      env: { ...process.env, DB_PATH: dbPath, UPDATE: Buffer.from(update).toString('base64') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('written')) child.kill('SIGKILL');
    });
    expect(await exit, stderr).toBe('SIGKILL');

    const store = openSqliteStore({ path: dbPath });
    expect(contentOf(await store.load('board'))).toEqual({ durable: 'yes' });
    await store.close();
  });
});
