import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, StorageOpenError } from './open-storage';
import { freshSchemaName, scratchSchemas, TEST_DATABASE_URL } from './postgres-test-support';

const schemas = scratchSchemas();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const dataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notevote-open-'));
  dirs.push(dir);
  return path.join(dir, 'data');
};

describe('openStorage', () => {
  it('keeps boards in SQLite under DATA_DIR when DATABASE_URL is unset', async () => {
    const dir = dataDir();
    const storage = await openStorage(
      { dataDir: dir, databaseUrl: null, databaseSchema: 'public', groupCommitMs: 0 },
      {},
    );
    await storage.directory.create('b1');
    await storage.store.append('b1', new Uint8Array([0, 0]));
    expect(storage.describe).toBe(`SQLite at ${path.join(dir, 'notevote.db')}`);
    expect(storage.secret.length).toBeGreaterThanOrEqual(32);
    await storage.close();
    await storage.close();
    expect(fs.existsSync(path.join(dir, 'notevote.db'))).toBe(true);
  });

  it('keeps boards, their directory and the secret in PostgreSQL when DATABASE_URL is set', async () => {
    const schema = freshSchemaName();
    schemas.dropAfterTest(schema);
    const config = { dataDir: dataDir(), databaseUrl: TEST_DATABASE_URL, databaseSchema: schema, groupCommitMs: 0 };
    const first = await openStorage(config, {});
    await first.directory.create('b1', 5);
    await first.store.append('b1', new Uint8Array([0, 0]));
    await first.close();
    await first.close();

    const second = await openStorage(config, {});
    expect(second.describe).toMatch(new RegExp(`^PostgreSQL at 127\\.0\\.0\\.1:5432/test, schema ${schema}$`));
    expect((await second.directory.get('b1'))?.createdAt).toBe(5);
    expect((await second.store.load('b1'))?.entries).toBe(1);
    expect(Buffer.from(second.secret).equals(Buffer.from(first.secret))).toBe(true);
    await second.close();
    // Nothing was written to DATA_DIR.
    expect(fs.existsSync(config.dataDir)).toBe(false);
  });

  it('says what to check when PostgreSQL cannot be reached', async () => {
    const config = {
      dataDir: dataDir(),
      databaseUrl: 'postgres://notevote:hunter2@127.0.0.1:1/boards',
      databaseSchema: 'public',
      groupCommitMs: 0,
    };
    const error = await openStorage(config, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageOpenError);
    expect((error as Error).message).toMatch(
      /could not reach PostgreSQL at 127\.0\.0\.1:1\/boards: .*Check DATABASE_URL/,
    );
    expect((error as Error).message).not.toContain('hunter2');
  });
});
