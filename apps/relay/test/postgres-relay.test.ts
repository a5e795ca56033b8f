import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshSchemaName, scratchSchemas, TEST_DATABASE_URL } from '../src/storage/postgres-test-support';
import { deferCleanups, spawnRelay, tempDir } from './helpers';

const cleanups = deferCleanups();
const schemas = scratchSchemas();

describe('relay with DATABASE_URL', () => {
  it('registers boards in PostgreSQL, and a second instance on the same database accepts their links', async () => {
    const schema = freshSchemaName();
    const database = schemas.open(schema);
    // No NOTEVOTE_SECRET: the instances share the secret kept in the database.
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, NOTEVOTE_SECRET: '' };
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const [one, two] = await Promise.all([spawnRelay(dir, 0, env), spawnRelay(dir, 0, env)]);
    for (const relay of [one!, two!])
      cleanups.push(
        () => relay.child.kill('SIGKILL'),
        () => relay.closeDirectory(),
      );

    const created = await fetch(`${one!.httpUrl}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Plenary' }),
    });
    expect(created.status).toBe(201);
    const { boardId, links } = (await created.json()) as { boardId: string; links: { facilitator: string } };
    await database.ready;
    const { rows } = await database.pool.query(`SELECT id FROM ${database.table('boards')}`);
    expect(rows).toEqual([{ id: boardId }]);

    // The facilitator link signed by the first instance is accepted by the second, which replaces the participant
    // link in the shared directory.
    const token = decodeURIComponent(/#k=(.+)$/.exec(links.facilitator)?.[1] ?? '');
    const replaced = await fetch(`${two!.httpUrl}/api/boards/${boardId}/links/participant`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(replaced.status).toBe(200);
    const epochs = await database.pool.query(`SELECT participant_epoch FROM ${database.table('boards')}`);
    expect(epochs.rows).toEqual([{ participant_epoch: 1 }]);
    // The secret is not in DATA_DIR (the test helper itself opens a SQLite directory there, so that is no sign).
    expect(fs.existsSync(path.join(dir, 'server-secret'))).toBe(false);
  });
});
