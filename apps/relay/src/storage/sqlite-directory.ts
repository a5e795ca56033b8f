import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BoardExistsError, UnknownBoardError, type BoardDirectory, type BoardRecord } from './board-directory';
import { migrate } from './sqlite-schema';

interface Row {
  id: string;
  participant_epoch: number;
  created_at: number;
}

const toRecord = (row: Row): BoardRecord => ({
  id: row.id,
  participantEpoch: row.participant_epoch,
  createdAt: row.created_at,
});

/**
 * The board directory in the same SQLite file as the update log (one file to back up), on its own connection:
 * WAL lets both connections work side by side, and the document store stays unaware of it.
 */
export function openSqliteDirectory(options: { path: string }): BoardDirectory {
  fs.mkdirSync(path.dirname(path.resolve(options.path)), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Both connections may migrate at startup; the migration takes the write lock, so waiting briefly is enough.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  const insert = db.prepare<[string, number]>(
    'INSERT INTO boards (id, participant_epoch, created_at) VALUES (?, 0, ?)',
  );
  const select = db.prepare<[string], Row>('SELECT id, participant_epoch, created_at FROM boards WHERE id = ?');
  const bump = db.prepare<[string]>('UPDATE boards SET participant_epoch = participant_epoch + 1 WHERE id = ?');
  let closed = false;
  const open = () => {
    if (closed) throw new Error('the board directory is closed; this usually means a request arrived during shutdown');
  };
  return {
    async create(id, now = Date.now()) {
      open();
      try {
        insert.run(id, now);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
          throw new BoardExistsError(`board ${id} already exists`);
        throw error;
      }
      return { id, participantEpoch: 0, createdAt: now };
    },
    async get(id) {
      open();
      const row = select.get(id);
      return row ? toRecord(row) : null;
    },
    async rotateParticipantLink(id) {
      open();
      const row = db
        .transaction(() => {
          if (bump.run(id).changes === 0) return null;
          return select.get(id) ?? null;
        })
        .immediate();
      if (!row) throw new UnknownBoardError(`board ${id} does not exist`);
      return toRecord(row);
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
