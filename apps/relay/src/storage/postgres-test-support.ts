/** Test support for the PostgreSQL storage's tests (not a test file itself). */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { describeLocation, openPostgresDatabase, type PostgresDatabase } from './postgres-database';

/** The database tests use: the local PostgreSQL that `.ci/run` starts, unless TEST_DATABASE_URL names another. */
export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';

/** A schema name no other test uses. */
export const freshSchemaName = (): string => `notevote_test_${randomBytes(6).toString('hex')}`;

/**
 * Fresh schemas for the calling test file: `open()` gives a database handle on a schema nobody has used, and every
 * schema is dropped (and its pool closed) after each test, as is any schema passed to `dropAfterTest`. Fails, never skips, when PostgreSQL is not answering.
 */
export function scratchSchemas(): {
  open(schema?: string): PostgresDatabase;
  dropAfterTest(schema: string): void;
  admin(): pg.Pool;
} {
  let admin: pg.Pool | null = null;
  const opened: PostgresDatabase[] = [];
  const schemas = new Set<string>();
  beforeAll(async () => {
    admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2, connectionTimeoutMillis: 5_000 });
    admin.on('error', () => undefined);
    await assertReachable(admin);
  });
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
    for (const schema of [...schemas]) await admin!.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    schemas.clear();
  });
  afterAll(async () => {
    await admin?.end();
  });
  return {
    open(schema = freshSchemaName()) {
      schemas.add(schema);
      const database = openPostgresDatabase({ url: TEST_DATABASE_URL, schema, poolSize: 4 });
      opened.push(database);
      return database;
    },
    dropAfterTest(schema) {
      schemas.add(schema);
    },
    admin() {
      if (admin === null) throw new Error('scratchSchemas().admin() is available inside tests only');
      return admin;
    },
  };
}

/** Throws what to do when the test database does not answer. */
export async function assertReachable(pool: pg.Pool): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `These tests need PostgreSQL, which is not answering at ${describeLocation(TEST_DATABASE_URL)}: ` +
        `${error instanceof Error ? error.message : String(error)}. Start it (.ci/run does: pg_ctlcluster ` +
        '--skip-systemctl-redirect $(ls /etc/postgresql) main start) or point TEST_DATABASE_URL at one.',
      { cause: error },
    );
  }
}
