import type Database from 'better-sqlite3';

/**
 * Settings and steps that make deleted board content unrecoverable from the database's files, not just unreachable.
 *
 * - `secure_delete` (per connection, so every connection to the file sets it) overwrites deleted rows and freed
 *   pages with zeros instead of leaving them in free space.
 * - The write-ahead log keeps old page images (with the text as it was) until a checkpoint copies the log into the
 *   database and it is overwritten; `wal_checkpoint(TRUNCATE)` copies it and truncates the log file to zero bytes.
 */
export function enableSecureDelete(db: Database.Database): void {
  db.pragma('secure_delete = ON');
}

interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/** One `wal_checkpoint(TRUNCATE)`; true when the log was emptied, false when another connection was in the way. */
export function truncateWal(db: Database.Database): boolean {
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as CheckpointResult[];
    return result !== undefined && result.busy === 0;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return false;
    throw error;
  }
}

/**
 * Truncates the write-ahead log, retrying briefly: another connection to the same file (the board directory's) may
 * be in the middle of a read, whose snapshot the checkpoint must not pull from under it. True once truncated.
 */
export async function truncateWalSoon(db: Database.Database, attempts = 50, pauseMs = 20): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    if (truncateWal(db)) return true;
    if (attempt >= attempts) return false;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}
