import Database from 'better-sqlite3';
import {
  BoardInEventError,
  EventExistsError,
  UnknownEventError,
  type EventDirectory,
  type EventLink,
  type EventRecord,
} from './event-directory';
import { EVENT_COLUMNS, EVENT_EPOCH_COLUMN, toEventRecord, type EventRow } from './event-rows';
import { preparePrivateDatabase } from './private-files';
import { migrate } from './sqlite-schema';
import { enableSecureDelete } from './sqlite-wipe';

const isConstraint = (error: unknown, code: string) => (error as { code?: string }).code === code;

/**
 * The event directory in the boards' SQLite file (one file to back up), on a connection of its own, as the board
 * directory has: WAL lets the connections work side by side. Every call runs to its end on this thread, so a read of
 * an event and its boards is one consistent view.
 */
export function openSqliteEventDirectory(options: { path: string }): EventDirectory {
  preparePrivateDatabase(options.path);
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // The other connections may be migrating at start-up; the migration holds the write lock only briefly.
  db.pragma('busy_timeout = 5000');
  // A forgotten event's title is zeroed in the file, not left in free pages (see sqlite-wipe.ts).
  enableSecureDelete(db);
  migrate(db);
  const insertEvent = db.prepare<[string, string, string, number]>(
    'INSERT INTO events (id, title, language, created_at) VALUES (?, ?, ?, ?)',
  );
  const insertBoard = db.prepare<[string, string]>('INSERT INTO event_boards (event_id, board_id) VALUES (?, ?)');
  const selectEvent = db.prepare<[string], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE id = ?`);
  const selectBoards = db.prepare<[string], { board_id: string }>(
    'SELECT board_id FROM event_boards WHERE event_id = ? ORDER BY seq',
  );
  const byCodeKey = db.prepare<[string], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE code_key = ?`);
  const setCodeKey = db.prepare<[string, number, string]>('UPDATE events SET code_key = ?, code_salt = ? WHERE id = ?');
  const bumps = new Map(
    Object.entries(EVENT_EPOCH_COLUMN).map(([link, column]) => [
      link as EventLink,
      db.prepare<[string]>(`UPDATE events SET ${column} = ${column} + 1 WHERE id = ?`),
    ]),
  );
  const removeBoards = db.prepare<[string]>('DELETE FROM event_boards WHERE event_id = ?');
  const removeEvent = db.prepare<[string]>('DELETE FROM events WHERE id = ?');

  let closed = false;
  const open = () => {
    if (closed) throw new Error('the event directory is closed; this usually means a request arrived during shutdown');
  };
  const read = (row: EventRow | undefined): EventRecord | null =>
    row
      ? toEventRecord(
          row,
          selectBoards.all(row.id).map((entry) => entry.board_id),
        )
      : null;
  const existing = (id: string): EventRecord => {
    const record = read(selectEvent.get(id));
    if (!record) throw new UnknownEventError(`event ${id} does not exist`);
    return record;
  };
  const addBoards = (id: string, boards: readonly string[]) => {
    for (const boardId of boards) {
      try {
        insertBoard.run(id, boardId);
      } catch (error) {
        if (isConstraint(error, 'SQLITE_CONSTRAINT_UNIQUE'))
          throw new BoardInEventError(`board ${boardId} is in an event already`);
        throw error;
      }
    }
  };

  return {
    async create(event, now = Date.now()) {
      open();
      db.transaction(() => {
        try {
          insertEvent.run(event.id, event.title, event.language, now);
        } catch (error) {
          if (isConstraint(error, 'SQLITE_CONSTRAINT_PRIMARYKEY'))
            throw new EventExistsError(`event ${event.id} already exists`);
          throw error;
        }
        addBoards(event.id, event.boards);
      }).immediate();
      return existing(event.id);
    },
    async get(id) {
      open();
      return read(selectEvent.get(id));
    },
    async addBoard(id, boardId) {
      open();
      db.transaction(() => {
        existing(id);
        addBoards(id, [boardId]);
      }).immediate();
      return existing(id);
    },
    async rotateLink(id, link) {
      open();
      const bump = bumps.get(link);
      if (!bump) throw new Error(`unknown event link "${link}"`);
      if (bump.run(id).changes === 0) throw new UnknownEventError(`event ${id} does not exist`);
      return existing(id);
    },
    async setCodeKey(id, codeKey, codeSalt) {
      open();
      try {
        if (setCodeKey.run(codeKey, codeSalt, id).changes === 0)
          throw new UnknownEventError(`event ${id} does not exist`);
      } catch (error) {
        // The unique index: another event's code has this key.
        if (isConstraint(error, 'SQLITE_CONSTRAINT_UNIQUE')) return false;
        throw error;
      }
      return true;
    },
    async findByCodeKey(codeKey) {
      open();
      return read(byCodeKey.get(codeKey));
    },
    async remove(id) {
      open();
      return db
        .transaction(() => {
          removeBoards.run(id);
          return removeEvent.run(id).changes > 0;
        })
        .immediate();
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
