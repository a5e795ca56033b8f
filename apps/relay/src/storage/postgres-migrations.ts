import type pg from 'pg';

/**
 * Schema migrations for the PostgreSQL storage: an ordered list, applied once each and recorded in
 * `notevote_migrations`. To change the layout, append a migration: never edit one that has shipped, because existing
 * databases have already run it. Every table lives in one PostgreSQL schema (`public` unless DATABASE_SCHEMA says
 * otherwise) and carries the `notevote_` prefix, so several deployments (or test runs) can share a database.
 */
interface Migration {
  name: string;
  /** SQL run inside the migration transaction; `$schema` stands for the quoted schema name. */
  sql: string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    // The update log, as in SQLite: a compacted snapshot is just another row. `seq` only ever grows, so "rows up to
    // seq N" means "rows written before N was taken". `doc` sorts by code point (COLLATE "C"), so a prefix search
    // (LIKE 'board/%') can use the index whatever the database's locale.
    name: 'update log',
    sql: `
      CREATE TABLE $schema.notevote_updates (
        seq  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        doc  text COLLATE "C" NOT NULL,
        data bytea NOT NULL
      );
      CREATE INDEX notevote_updates_doc_seq ON $schema.notevote_updates (doc, seq);
    `,
  },
  {
    // The board directory (storage/board-directory.ts). Times are milliseconds since the epoch, as in SQLite. A
    // join key is unique; any number of boards may have none yet (NULLs are distinct).
    name: 'board directory',
    sql: `
      CREATE TABLE $schema.notevote_boards (
        id                text PRIMARY KEY,
        participant_epoch integer NOT NULL DEFAULT 0,
        facilitator_epoch integer NOT NULL DEFAULT 0,
        projector_epoch   integer NOT NULL DEFAULT 0,
        created_at        bigint  NOT NULL,
        touched_at        bigint  NOT NULL,
        join_key          text UNIQUE,
        join_salt         integer NOT NULL DEFAULT 0
      );
      CREATE INDEX notevote_boards_touched_at ON $schema.notevote_boards (touched_at);
    `,
  },
  {
    // The key that signs links (auth/server-secret.ts): one row, so every instance signs and verifies alike.
    name: 'server secret',
    sql: `
      CREATE TABLE $schema.notevote_server_secret (
        only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        secret     bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    // Images (sketches), content-addressed, as in SQLite (sqlite-schema.ts, migration 6): each distinct cleaned image
    // once, keyed by its SHA-256, and each board's references to it under a random ref; an image's reference count is
    // its number of reference rows. Any instance serves any image.
    name: 'images',
    sql: `
      CREATE TABLE $schema.notevote_images (
        sha256     text COLLATE "C" PRIMARY KEY,
        data       bytea   NOT NULL,
        type       text    NOT NULL,
        width      integer NOT NULL,
        height     integer NOT NULL,
        created_at bigint  NOT NULL
      );
      CREATE TABLE $schema.notevote_board_images (
        board_id    text COLLATE "C" NOT NULL,
        ref         text COLLATE "C" NOT NULL,
        sha256      text COLLATE "C" NOT NULL REFERENCES $schema.notevote_images (sha256),
        orientation integer NOT NULL DEFAULT 1,
        created_at  bigint  NOT NULL,
        PRIMARY KEY (board_id, ref)
      );
      CREATE INDEX notevote_board_images_sha256 ON $schema.notevote_board_images (sha256);
    `,
  },
  {
    // Events, as in SQLite (sqlite-schema.ts, migration 7): each event's title, language, link epochs and drop-in
    // code lookup key (unique; NULLs are distinct), and its boards in the order they were added.
    name: 'events',
    sql: `
      CREATE TABLE $schema.notevote_events (
        id              text PRIMARY KEY,
        title           text    NOT NULL,
        language        text    NOT NULL,
        organiser_epoch integer NOT NULL DEFAULT 0,
        drop_in_epoch   integer NOT NULL DEFAULT 0,
        created_at      bigint  NOT NULL,
        code_key        text UNIQUE,
        code_salt       integer NOT NULL DEFAULT 0
      );
      CREATE TABLE $schema.notevote_event_boards (
        seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id text NOT NULL,
        board_id text NOT NULL UNIQUE
      );
      CREATE INDEX notevote_event_boards_event ON $schema.notevote_event_boards (event_id, seq);
    `,
  },
];

/** The schema version this build of the relay writes. */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/** Lowercase letters, digits and underscores, as PostgreSQL folds unquoted names: safe to interpolate once quoted. */
export const SCHEMA_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema name quoted for SQL; throws on anything but a plain name, since it is interpolated. */
export function quoteSchema(schema: string): string {
  if (!SCHEMA_NAME_PATTERN.test(schema)) {
    throw new Error(
      `the PostgreSQL schema name must be lowercase letters, digits and underscores (at most 63), got "${schema}"`,
    );
  }
  return `"${schema}"`;
}

/** The advisory lock key of `name` in `schema`: a 64-bit hash, computed by the server so every instance agrees. */
export const ADVISORY_KEY_SQL = "hashtextextended('notevote:' || $1::text || ':' || $2::text, 0)";

/**
 * Brings the schema up to POSTGRES_SCHEMA_VERSION in one transaction, under an advisory lock on the schema: relays
 * starting together take turns, and the later ones find nothing left to do. Refuses a schema written by a newer
 * relay. Resolves with the versions it applied.
 */
export async function migratePostgres(pool: pg.Pool, schema: string): Promise<number[]> {
  const quoted = quoteSchema(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(${ADVISORY_KEY_SQL})`, [schema, 'migrations']);
    // Created only when missing: CREATE SCHEMA IF NOT EXISTS would still demand the right to create schemas, which
    // a deployment's user often lacks (and does not need) when it is given an existing one.
    const existing = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (existing.rowCount === 0) await client.query(`CREATE SCHEMA ${quoted}`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${quoted}.notevote_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${quoted}.notevote_migrations`,
    );
    const current = rows[0]?.version ?? 0;
    if (current > POSTGRES_SCHEMA_VERSION) {
      throw new Error(
        `the notevote tables in PostgreSQL schema "${schema}" are at version ${current}, newer than this relay ` +
          `understands (${POSTGRES_SCHEMA_VERSION}); run a newer relay version or restore a backup made by this one`,
      );
    }
    const applied: number[] = [];
    for (let version = current + 1; version <= POSTGRES_SCHEMA_VERSION; version++) {
      const migration = MIGRATIONS[version - 1]!;
      await client.query(migration.sql.replaceAll('$schema', quoted));
      await client.query(`INSERT INTO ${quoted}.notevote_migrations (version, name) VALUES ($1, $2)`, [
        version,
        migration.name,
      ]);
      applied.push(version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
