import Database from 'better-sqlite3';
import type { Role } from '@notevote/board';
import {
  BoardExistsError,
  newBoardRecord,
  UnknownBoardError,
  type BoardDirectory,
  type BoardRecord,
} from './board-directory';
import { DIRECTORY_COLUMNS, EPOCH_COLUMN, toBoardRecord, type DirectoryRow } from './directory-rows';
import { preparePrivateDatabase } from './private-files';
import { migrate } from './sqlite-schema';
import { enableSecureDelete } from './sqlite-wipe';

/** How often pending touches are written (see `touch`). */
const TOUCH_FLUSH_MS = 60_000;

/**
 * The board directory in the same SQLite file as the update log (one file to back up), on its own connection:
 * WAL lets both connections work side by side, and the document store stays unaware of it.
 */
export function openSqliteDirectory(options: { path: string }): BoardDirectory {
  preparePrivateDatabase(options.path);
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Both connections may migrate at startup; the migration takes the write lock, so waiting briefly is enough.
  db.pragma('busy_timeout = 5000');
  // Per connection: a removed board's row is zeroed in the file, not left in free space (see sqlite-wipe.ts).
  enableSecureDelete(db);
  migrate(db);
  const insert = db.prepare<[string, number, number]>(
    'INSERT INTO boards (id, participant_epoch, created_at, touched_at) VALUES (?, 0, ?, ?)',
  );
  const select = db.prepare<[string], DirectoryRow>(`SELECT ${DIRECTORY_COLUMNS} FROM boards WHERE id = ?`);
  const bumps = new Map(
    Object.entries(EPOCH_COLUMN).map(([role, column]) => [
      role as Role,
      db.prepare<[string]>(`UPDATE boards SET ${column} = ${column} + 1 WHERE id = ?`),
    ]),
  );
  const setJoinKey = db.prepare<[string, number, string]>('UPDATE boards SET join_key = ?, join_salt = ? WHERE id = ?');
  const byJoinKey = db.prepare<[string], DirectoryRow>(`SELECT ${DIRECTORY_COLUMNS} FROM boards WHERE join_key = ?`);
  const touch = db.prepare<[number, string]>('UPDATE boards SET touched_at = ? WHERE id = ?');
  const untouched = db.prepare<[number], { id: string }>('SELECT id FROM boards WHERE touched_at < ?');
  const remove = db.prepare<[string]>('DELETE FROM boards WHERE id = ?');
  let closed = false;
  const open = () => {
    if (closed) throw new Error('the board directory is closed; this usually means a request arrived during shutdown');
  };

  // Touches (a room loading or unloading) are frequent and need no fsync of their own: this connection runs on the
  // relay's main thread, so they are kept here and written together once a minute (and before anything reads
  // them). A crash loses at most a minute of "last used", which retention, counted in days, does not notice.
  const pendingTouches = new Map<string, number>();
  const writeTouches = db.transaction((batch: [string, number][]) => {
    for (const [id, at] of batch) touch.run(at, id);
  });
  const flushTouches = () => {
    if (pendingTouches.size === 0) return;
    const batch = [...pendingTouches];
    writeTouches.immediate(batch);
    for (const [id, at] of batch) if (pendingTouches.get(id) === at) pendingTouches.delete(id);
  };
  const touchTimer = setInterval(() => {
    try {
      flushTouches();
    } catch {
      // Kept and tried again at the next tick; the relay logs disk problems from the document store.
    }
  }, TOUCH_FLUSH_MS);
  touchTimer.unref();
  const withPendingTouch = (record: BoardRecord): BoardRecord => {
    const at = pendingTouches.get(record.id);
    return at === undefined || at <= record.touchedAt ? record : { ...record, touchedAt: at };
  };
  return {
    async create(id, now = Date.now()) {
      open();
      try {
        insert.run(id, now, now);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
          throw new BoardExistsError(`board ${id} already exists`);
        throw error;
      }
      return newBoardRecord(id, now);
    },
    async get(id) {
      open();
      const row = select.get(id);
      return row ? withPendingTouch(toBoardRecord(row)) : null;
    },
    async rotateLink(id, role) {
      open();
      const bump = bumps.get(role);
      if (!bump) throw new Error(`unknown role "${role}"`);
      const row = db
        .transaction(() => {
          if (bump.run(id).changes === 0) return null;
          return select.get(id) ?? null;
        })
        .immediate();
      if (!row) throw new UnknownBoardError(`board ${id} does not exist`);
      return withPendingTouch(toBoardRecord(row));
    },
    async setJoinKey(id, joinKey, joinSalt) {
      open();
      try {
        if (setJoinKey.run(joinKey, joinSalt, id).changes === 0)
          throw new UnknownBoardError(`board ${id} does not exist`);
      } catch (error) {
        // The unique index: another board's code has this key.
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return false;
        throw error;
      }
      return true;
    },
    async findByJoinKey(joinKey) {
      open();
      const row = byJoinKey.get(joinKey);
      return row ? withPendingTouch(toBoardRecord(row)) : null;
    },
    async touch(id, now = Date.now()) {
      open();
      // Written as an UPDATE, never an upsert: touching a board erased a moment ago must not bring its entry back.
      pendingTouches.set(id, Math.max(now, pendingTouches.get(id) ?? now));
    },
    async untouchedSince(cutoff) {
      open();
      flushTouches();
      return untouched.all(cutoff).map((row) => row.id);
    },
    async remove(id) {
      open();
      pendingTouches.delete(id);
      return remove.run(id).changes > 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(touchTimer);
      try {
        flushTouches();
      } finally {
        db.close();
      }
    },
  };
}
