import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migratePostgres, POSTGRES_SCHEMA_VERSION, quoteSchema } from './postgres-migrations';
import { freshSchemaName, scratchSchemas, TEST_DATABASE_URL } from './postgres-test-support';

const schemas = scratchSchemas();

describe('postgres migrations', () => {
  it('run once: a second run finds nothing to do', async () => {
    const database = schemas.open();
    await database.ready;
    expect(await migratePostgres(database.pool, database.schema)).toEqual([]);
    const { rows } = await database.pool.query<{ version: number }>(
      `SELECT version FROM ${database.table('migrations')} ORDER BY version`,
    );
    expect(rows.map((row) => row.version)).toEqual(Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('are safe when three relays start at once, each with its own pool', async () => {
    const schema = freshSchemaName();
    const pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1 }));
    try {
      schemas.dropAfterTest(schema);
      const applied = await Promise.all(pools.map((pool) => migratePostgres(pool, schema)));
      // Exactly one of them applied every step; the others waited and found them done.
      expect(applied.map((steps) => steps.length).sort()).toEqual([0, 0, POSTGRES_SCHEMA_VERSION]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('refuse tables written by a newer relay', async () => {
    const database = schemas.open();
    await database.ready;
    await database.pool.query(`INSERT INTO ${database.table('migrations')} (version, name) VALUES ($1, 'future')`, [
      POSTGRES_SCHEMA_VERSION + 1,
    ]);
    await expect(migratePostgres(database.pool, database.schema)).rejects.toThrow(
      /newer than this relay understands.*run a newer relay version/,
    );
  });

  it('keep deployments in different schemas of one database apart', async () => {
    const first = schemas.open();
    const second = schemas.open();
    await Promise.all([first.ready, second.ready]);
    await first.pool.query(`INSERT INTO ${first.table('updates')} (doc, data) VALUES ('board', '\\x00')`);
    const { rows } = await second.pool.query(`SELECT doc FROM ${second.table('updates')}`);
    expect(rows).toEqual([]);
  });

  it('accept only plain schema names, since the name is written into SQL', () => {
    expect(quoteSchema('notevote_prod')).toBe('"notevote_prod"');
    for (const bad of ['Notevote', 'a"; DROP TABLE x; --', '', '1abc', 'a-b', 'x'.repeat(64)]) {
      expect(() => quoteSchema(bad), bad).toThrow(/lowercase letters, digits and underscores/);
    }
  });
});
