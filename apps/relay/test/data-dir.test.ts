import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from '../src/storage/sqlite-store';
import { deferCleanups, spawnRelay, tempDir } from './helpers';

const cleanups = deferCleanups();

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** Starts the relay on `dataDir` with a generated signing key (no NOTEVOTE_SECRET); the -wal and -shm files exist while it runs. */
async function runRelay(dataDir: string): Promise<void> {
  const relay = await spawnRelay(dataDir, 0, { NOTEVOTE_SECRET: '' });
  cleanups.push(
    () => relay.child.kill('SIGKILL'),
    () => relay.closeDirectory(),
  );
}

function expectOwnerOnly(dataDir: string): void {
  expect(modeOf(dataDir).toString(8)).toBe('700');
  for (const name of ['notevote.db', 'notevote.db-wal', 'notevote.db-shm', 'server-secret']) {
    expect(modeOf(path.join(dataDir, name)).toString(8), name).toBe('600');
  }
}

describe('DATA_DIR', () => {
  it('is created readable by the relay only, with every file in it', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const dataDir = path.join(dir, 'data');
    await runRelay(dataDir);
    expectOwnerOnly(dataDir);
  });

  it('is tightened at start-up when an older relay left it readable by others', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    fs.writeFileSync(path.join(dataDir, 'server-secret'), `${randomBytes(48).toString('base64')}\n`, { mode: 0o644 });
    fs.chmodSync(path.join(dataDir, 'server-secret'), 0o644);
    const store = openSqliteStore({ path: path.join(dataDir, 'notevote.db') });
    await store.append('older-board', Y.encodeStateAsUpdate(new Y.Doc()));
    await store.close();
    fs.chmodSync(path.join(dataDir, 'notevote.db'), 0o644);

    await runRelay(dataDir);
    expectOwnerOnly(dataDir);
  });
});
