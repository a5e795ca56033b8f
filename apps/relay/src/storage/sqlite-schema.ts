import type Database from 'better-sqlite3';

/**
 * Schema migrations for the SQLite store. The schema version lives in `PRAGMA user_version`
 * (an integer in the database header, 0 for a new file), so no bookkeeping table is needed.
 * To change the layout, append a migration: never edit one that has shipped, because existing
 * databases have already run it.
 */
interface Migration {
  (db: Database.Database): void;
  /** Runs outside a transaction (VACUUM cannot run inside one); must be safe to repeat after a crash. */
  outsideTransaction?: true;
}

const outsideTransaction = (step: (db: Database.Database) => void): Migration =>
  Object.assign(step, { outsideTransaction: true as const });

const MIGRATIONS: readonly Migration[] = [
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
  // 3: every role's link can be replaced (an epoch per role), and when each board was last in use, for
  // BOARD_RETENTION_DAYS. Boards that exist already count as used now: upgrading must never erase old boards at once.
  (db) => {
    db.exec(`
      ALTER TABLE boards ADD COLUMN facilitator_epoch INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE boards ADD COLUMN projector_epoch   INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE boards ADD COLUMN touched_at        INTEGER NOT NULL DEFAULT 0;
    `);
    db.prepare('UPDATE boards SET touched_at = ?').run(Date.now());
  },
  // 4: databases written before secure_delete was on keep deleted text (compacted updates) in free pages and in
  // the write-ahead log: rebuild the file once so none is left (sqlite-wipe.ts keeps it that way from now on).
  outsideTransaction((db) => {
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  }),
  // 5: join codes (auth/join-code.ts). Codes are derived from the server secret, never stored: a board keeps only the
  // lookup key of its current code (an HMAC of it, unique; SQLite lets any number of boards have none yet) and the
  // salt that made it unique. Existing boards get theirs the first time someone asks for it.
  (db) => {
    db.exec(`
      ALTER TABLE boards ADD COLUMN join_key  TEXT;
      ALTER TABLE boards ADD COLUMN join_salt INTEGER NOT NULL DEFAULT 0;
      CREATE UNIQUE INDEX boards_join_key ON boards (join_key);
    `);
  },
  // 6: images (sketches), content-addressed: `images` holds each distinct cleaned image once, keyed by its SHA-256;
  // `board_images` holds each board's references to them under a random `ref` (the capability a note carries). An
  // image's reference count is its number of `board_images` rows: erasing a board removes its rows, then every image
  // no row points at any more. The EXIF orientation belongs to the reference: the cleaned bytes no longer carry it,
  // so two photos with the same pixels taken in different orientations share one image.
  (db) => {
    db.exec(`
      CREATE TABLE images (
        sha256     TEXT    PRIMARY KEY,
        data       BLOB    NOT NULL,
        type       TEXT    NOT NULL,
        width      INTEGER NOT NULL,
        height     INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE board_images (
        board_id    TEXT    NOT NULL,
        ref         TEXT    NOT NULL,
        sha256      TEXT    NOT NULL REFERENCES images (sha256),
        orientation INTEGER NOT NULL DEFAULT 1,
        created_at  INTEGER NOT NULL,
        PRIMARY KEY (board_id, ref)
      );
      CREATE INDEX board_images_sha256 ON board_images (sha256);
    `);
  },
  // 7: events (storage/event-directory.ts): several team boards under one event. An event keeps its own title and
  // language (it has no document), its links' epochs and its drop-in code's lookup key (an HMAC, unique, like a
  // board's join key); `event_boards` lists its boards in the order they were added (`seq`). A board is in one event
  // at most. No board content is copied here: team titles live in the boards.
  (db) => {
    db.exec(`
      CREATE TABLE events (
        id              TEXT    PRIMARY KEY,
        title           TEXT    NOT NULL,
        language        TEXT    NOT NULL,
        organiser_epoch INTEGER NOT NULL DEFAULT 0,
        drop_in_epoch   INTEGER NOT NULL DEFAULT 0,
        created_at      INTEGER NOT NULL,
        code_key        TEXT    UNIQUE,
        code_salt       INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE event_boards (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT    NOT NULL,
        board_id TEXT    NOT NULL UNIQUE
      );
      CREATE INDEX event_boards_event ON event_boards (event_id, seq);
    `);
  },
];

/** The schema version this build of the relay writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

const versionOf = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

/**
 * Brings the database up to SCHEMA_VERSION, one transaction per migration; refuses newer databases. Two connections
 * (the storage thread's and the board directory's) may migrate at once: each step re-reads the version once it holds
 * the write lock, so a step the other connection just ran is not run twice.
 */
export function migrate(db: Database.Database): void {
  const current = versionOf(db);
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `database schema version ${current} is newer than this relay understands (${SCHEMA_VERSION}); ` +
        'run a newer relay version or restore a backup made by this one',
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version = versionOf(db)) {
    const step = MIGRATIONS[version];
    if (step === undefined) throw new Error(`missing migration to schema version ${version + 1}`);
    if (step.outsideTransaction) {
      step(db);
      db.pragma(`user_version = ${version + 1}`);
      continue;
    }
    // The version bump shares the migration's transaction, so a crash never leaves a half-applied step.
    db.transaction(() => {
      if (versionOf(db) !== version) return;
      step(db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
