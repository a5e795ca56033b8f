import type Database from 'better-sqlite3';

/** Pages the cache keeps while reserving: the rest of the reserving transaction spills into the log. */
const RESERVE_CACHE_PAGES = 16;

/**
 * Grows an empty write-ahead log to its working size, so commits overwrite it in place from the first one.
 *
 * A commit in WAL mode appends its pages to the log and fsyncs it. While the log grows, each fsync also has to
 * journal the file's new size: on this project's benchmark machine that made a small commit take 0.23 ms instead of
 * 0.11 (0.44 against 0.30 with 33 ms between commits, a plenary's pace). The log stops growing by itself once it
 * first reaches the auto-checkpoint size (then every checkpoint restarts it from the top), but only after about 330
 * single-update commits — a plenary's first eleven seconds after every start of the relay.
 *
 * The reservation writes nothing that stays: one transaction inserts a zero-filled row larger than the page cache,
 * so SQLite spills its pages into the log as uncommitted frames, and is rolled back. The log keeps the size; its
 * frames count for nothing (no commit frame follows them) and the next commit writes over them from the start. Only
 * pages of the database as it is (its live rows) and zeros reach the log, so it holds nothing an erase removed.
 * Call it on an empty log (after `truncateWal`): on a log that is in use it would only add frames a checkpoint skips.
 */
export function reserveWalSpace(db: Database.Database): void {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const checkpointPages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  if (checkpointPages <= 0) return;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${RESERVE_CACHE_PAGES}`);
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.prepare('INSERT INTO updates (doc, data) VALUES (?, zeroblob(?))').run(
        '',
        (checkpointPages + RESERVE_CACHE_PAGES) * pageSize,
      );
    } finally {
      // SQLite may have rolled back already (a full disk): a second ROLLBACK would hide why.
      if (db.inTransaction) db.exec('ROLLBACK');
    }
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
