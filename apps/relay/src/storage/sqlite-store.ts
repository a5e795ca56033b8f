import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreClosedError } from './errors';
import { createGroupCommit } from './group-commit';
import { preparePrivateDatabase } from './private-files';
import { migrate } from './sqlite-schema';
import { reserveWalSpace } from './sqlite-wal-size';
import { enableSecureDelete, truncateWal, truncateWalSoon } from './sqlite-wipe';
import { plainBytes, toStoredDoc } from './stored-doc';
import type { DocStore } from './types';

export interface SqliteStoreOptions {
  /** Database file; its parent directory is created if missing. */
  path: string;
  /**
   * At least this long between two commits (fsyncs) while appends keep coming; an append after a quiet spell is
   * committed at the end of the event-loop turn. 0 (default) = a commit per turn, the relay's setting on its
   * storage thread.
   */
  groupCommitMs?: number;
  /**
   * SQLite `synchronous` pragma, in WAL mode:
   * - FULL (default): every commit is fsynced before append resolves; survives power loss and OS crashes.
   * - NORMAL: commits reach the OS but are fsynced only at checkpoints; survives relay crashes
   *   (even SIGKILL), but a power loss can drop the last commits. Faster on slow disks.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** Called after each committed batch with its number of updates (metrics, tests); must not throw. */
  onFlush?: (batchSize: number) => void;
}

export interface PendingUpdate {
  doc: string;
  data: Uint8Array;
}

const SYNCHRONOUS_MODES = ['FULL', 'NORMAL'] as const;

/** Opens (creating and migrating if needed) a SQLite-backed DocStore; throws a descriptive Error if it cannot. */
export function openSqliteStore(options: SqliteStoreOptions): DocStore {
  const dbPath = options.path;
  const groupCommitMs = options.groupCommitMs ?? 0;
  if (!Number.isFinite(groupCommitMs) || groupCommitMs < 0) {
    throw new Error(`groupCommitMs must be a number >= 0, got ${String(options.groupCommitMs)}`);
  }
  const db = openDatabase(dbPath, options.synchronous ?? 'FULL');

  // Prepared once: re-preparing per call would cost more than the inserts themselves.
  const insert = db.prepare<[string, Uint8Array]>('INSERT INTO updates (doc, data) VALUES (?, ?)');
  const selectDoc = db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE doc = ? ORDER BY seq');
  const selectMaxSeq = db.prepare<[string], { seq: number | null }>(
    'SELECT max(seq) AS seq FROM updates WHERE doc = ?',
  );
  // A range on the (doc, seq) index instead of LIKE, whose wildcards would need escaping: names >= prefix and
  // < prefix with its last character incremented are exactly the names that start with prefix.
  const selectNamesInRange = db.prepare<[string, string], { doc: string }>(
    'SELECT DISTINCT doc FROM updates WHERE doc >= ? AND doc < ?',
  );
  const deleteUpTo = db.prepare<[string, number]>('DELETE FROM updates WHERE doc = ? AND seq <= ?');
  const deleteDoc = db.prepare<[string]>('DELETE FROM updates WHERE doc = ?');
  const deleteNamesInRange = db.prepare<[string, string]>('DELETE FROM updates WHERE doc >= ? AND doc < ?');

  const writeBatch = batchWriter(db, dbPath);
  const replaceWithSnapshot = db.transaction((doc: string, snapshot: Uint8Array) => {
    // Bounded by the last seq assigned so far rather than "all rows", so the statement stays
    // correct even if compaction ever stops being synchronous with appends.
    const { seq } = selectMaxSeq.get(doc) ?? { seq: null };
    if (seq !== null) deleteUpTo.run(doc, seq);
    insert.run(doc, snapshot);
  });

  const eraseBoard = db.transaction((doc: string) => {
    deleteDoc.run(doc);
    const prefix = `${doc}/`;
    deleteNamesInRange.run(prefix, nextString(prefix));
  });

  const commit = createGroupCommit<PendingUpdate>({
    delayMs: groupCommitMs,
    write(batch) {
      writeBatch(batch);
      options.onFlush?.(batch.length);
    },
  });

  let closed = false;
  const assertOpen = (operation: string, docName?: string): void => {
    if (closed) throw new StoreClosedError(operation, docName);
  };

  return {
    async load(docName) {
      assertOpen('load', docName);
      let stored: Uint8Array[];
      try {
        stored = selectDoc.all(docName).map((r) => plainBytes(r.data));
      } catch (error) {
        throw storageError(`read document "${docName}"`, 'Nothing was changed', dbPath, error);
      }
      // Appends still waiting for their group commit are part of the document: include them.
      for (const p of commit.pending()) if (p.doc === docName) stored.push(p.data);
      return toStoredDoc(stored);
    },

    append(docName, update) {
      try {
        assertOpen('append', docName);
      } catch (error) {
        return Promise.reject(error);
      }
      // Copy: the caller may reuse its buffer before the batch is written.
      return commit.add({ doc: docName, data: update.slice() });
    },

    async compact(docName, snapshot) {
      assertOpen('compact', docName);
      // Write pending appends first: their callers are waiting for a commit, and afterwards every
      // update appended before this call has a seq, so the delete below covers exactly them.
      commit.flushNow();
      try {
        replaceWithSnapshot.immediate(docName, snapshot);
      } catch (error) {
        throw storageError(`compact document "${docName}"`, 'Its stored updates are unchanged', dbPath, error);
      }
    },

    async listDocs(prefix) {
      assertOpen('listDocs');
      const names = new Set<string>();
      try {
        if (prefix === '') for (const { doc } of selectNamesInRange.all('', '\u{10FFFF}')) names.add(doc);
        else for (const { doc } of selectNamesInRange.all(prefix, nextString(prefix))) names.add(doc);
      } catch (error) {
        throw storageError(`list documents starting with "${prefix}"`, 'Nothing was changed', dbPath, error);
      }
      for (const p of commit.pending()) if (p.doc.startsWith(prefix)) names.add(p.doc);
      return [...names];
    },

    async erase(docName) {
      assertOpen('erase', docName);
      // Pending appends reach the database first, so the delete below covers every update appended before this call.
      commit.flushNow();
      try {
        eraseBoard.immediate(docName);
      } catch (error) {
        throw storageError(`erase board "${docName}"`, 'Nothing was erased', dbPath, error);
      }
      // secure_delete zeroed the rows in the database's pages; the write-ahead log still holds earlier images of them.
      if (!(await truncateWalSoon(db))) {
        throw new Error(
          `Erased board "${docName}" from ${dbPath}, but could not yet empty its write-ahead log (${dbPath}-wal), ` +
            'which may still hold earlier copies of its pages: another connection kept reading. The log is emptied ' +
            'at the next erase or restart of the relay.',
        );
      }
    },

    async flush() {
      assertOpen('flush');
      commit.flushNow();
    },

    async close() {
      if (closed) return;
      closed = true;
      try {
        commit.flushNow();
      } finally {
        // Closing the last connection checkpoints the WAL into the main file.
        db.close();
      }
    },
  };
}

/** A second connection to a store's database that only appends (see `openSqliteThreadStore`'s fast path). */
export interface SqliteAppender {
  /** Inserts the batch in one transaction, committed (fsynced, with FULL) before it returns; throws if it could not. */
  write(batch: readonly PendingUpdate[]): void;
  close(): void;
}

/**
 * Opens an append-only connection to a database that `openSqliteStore` has already opened and migrated. Appends are
 * rows of the same `updates` table, so the store reads them like its own; the caller must not write through both
 * connections at once (SQLite would make one wait for the other's lock).
 */
export function openSqliteAppender(dbPath: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): SqliteAppender {
  if (!(SYNCHRONOUS_MODES as readonly string[]).includes(synchronous)) {
    throw new Error(`synchronous must be one of ${SYNCHRONOUS_MODES.join(', ')}, got "${synchronous}"`);
  }
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    // Per connection, so as on the store's own: the same durability, and a wait rather than an error on its lock.
    db.pragma(`synchronous = ${synchronous}`);
    db.pragma('busy_timeout = 5000');
    return { write: batchWriter(db, dbPath), close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Writes a batch of appends in one transaction, or throws saying that none of them was stored. */
function batchWriter(db: Database.Database, dbPath: string): (batch: readonly PendingUpdate[]) => void {
  const insert = db.prepare<[string, Uint8Array]>('INSERT INTO updates (doc, data) VALUES (?, ?)');
  const insertBatch = db.transaction((batch: readonly PendingUpdate[]) => {
    for (const u of batch) insert.run(u.doc, u.data);
  });
  return (batch) => {
    try {
      // IMMEDIATE takes the write lock up front instead of upgrading mid-transaction.
      insertBatch.immediate(batch);
    } catch (error) {
      throw storageError(
        `save ${batch.length} update(s)`,
        'None of them were stored (the in-memory document still has them; a later successful compact() saves them)',
        dbPath,
        error,
      );
    }
  };
}

/** Opens the file with our pragmas and schema, turning any failure into an actionable message. */
function openDatabase(dbPath: string, synchronous: string): Database.Database {
  // Interpolated into a pragma below, and may come from an environment variable: validate.
  if (!(SYNCHRONOUS_MODES as readonly string[]).includes(synchronous)) {
    throw new Error(`synchronous must be one of ${SYNCHRONOUS_MODES.join(', ')}, got "${synchronous}"`);
  }
  let db: Database.Database | undefined;
  try {
    preparePrivateDatabase(dbPath);
    db = new Database(dbPath);
    // WAL: readers never block the writer, and a commit is one sequential append to the log.
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous}`);
    // The board directory shares this file on a second connection.
    db.pragma('busy_timeout = 5000');
    enableSecureDelete(db);
    migrate(db);
    // Finishes the wipe of an erase that a crash interrupted before it emptied the log (best effort: the next erase
    // tries again). Then the emptied log is grown back to its working size, so commits do not grow it (see there).
    if (truncateWal(db)) reserveWalSpaceIfPossible(db);
    return db;
  } catch (error) {
    db?.close();
    throw new Error(
      `Could not open the board database at ${dbPath}: ${reasonOf(error)}. ` +
        `Check that DATA_DIR points to a directory the relay's user can create and write (${path.dirname(dbPath)}), ` +
        'on a local disk with free space, and that the file is a notevote database.',
      { cause: error },
    );
  }
}

/** Only saves time: a disk too full for it says so, with our message, at the first real write. */
function reserveWalSpaceIfPossible(db: Database.Database): void {
  try {
    reserveWalSpace(db);
  } catch {
    // Nothing was written (rolled back), and the log just grows as commits come.
  }
}

/** The smallest string greater than every string starting with `prefix` (its last UTF-16 unit incremented). */
function nextString(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** An Error saying what failed, what it means for the data, and what the operator should check. */
function storageError(what: string, consequence: string, dbPath: string, cause: unknown): Error {
  // Deliberately never includes update bytes: they are board content.
  return new Error(
    `Could not ${what} in ${dbPath}: ${reasonOf(cause)}. ${consequence}. ` +
      `Check that the disk holding DATA_DIR is not full and that the relay's user can write to ${path.dirname(dbPath)} ` +
      '(including the -wal and -shm files next to the database).',
    { cause },
  );
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}
