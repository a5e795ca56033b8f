import type Database from 'better-sqlite3';

/**
 * Schema migrations for the SQLite store. The schema version lives in `PRAGMA user_version`
 * (an integer in the database header, 0 for a new file), so no bookkeeping table is needed.
 * To change the layout, append a migration: never edit one that has shipped, because existing
 * databases have already run it.
 */
const MIGRATIONS: readonly ((db: Database.Database) => void)[] = [
  // 1: the update log. A compacted snapshot is just another row. AUTOINCREMENT keeps `seq`
  // strictly increasing even after compaction deletes the newest rows, so "rows up to seq N"
  // always means "rows written before N was assigned".
  (db) => {
    db.exec(`
      CREATE TABLE updates (
        seq  INTEGER PRIMARY KEY AUTOINCREMENT,
        doc  TEXT    NOT NULL,
        data BLOB    NOT NULL
      );
      CREATE INDEX updates_doc_seq ON updates (doc, seq);
    `);
  },
  // 2: the board directory: which boards exist and the current generation of each board's participant link
  // (rotating the link bumps it, which invalidates every participant token of the previous generation).
  (db) => {
    db.exec(`
      CREATE TABLE boards (
        id                TEXT    PRIMARY KEY,
        participant_epoch INTEGER NOT NULL DEFAULT 0,
        created_at        INTEGER NOT NULL
      );
    `);
  },
];

/** The schema version this build of the relay writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database up to SCHEMA_VERSION, one transaction per migration; refuses newer databases. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `database schema version ${current} is newer than this relay understands (${SCHEMA_VERSION}); ` +
        'run a newer relay version or restore a backup made by this one',
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step === undefined) throw new Error(`missing migration to schema version ${version + 1}`);
    // The version bump shares the migration's transaction, so a crash never leaves a half-applied step.
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
