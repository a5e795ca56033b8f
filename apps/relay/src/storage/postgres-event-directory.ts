import {
  BoardInEventError,
  EventExistsError,
  UnknownEventError,
  type EventDirectory,
  type EventRecord,
} from './event-directory';
import { EVENT_COLUMNS, EVENT_EPOCH_COLUMN, toEventRecord, type EventRow } from './event-rows';
import type { PostgresDatabase } from './postgres-database';

const UNIQUE_VIOLATION = '23505';

type EventRowWithBoards = EventRow & { boards: string[] };

/**
 * The event directory in PostgreSQL (`notevote_events`, `notevote_event_boards`), with the SQLite directory's
 * semantics; every instance of a cluster sees the same events. Each operation is one statement, so an event is never
 * seen half-created or half-forgotten.
 */
export function openPostgresEventDirectory(options: { database: PostgresDatabase }): EventDirectory {
  const { database } = options;
  const events = database.table('events');
  const eventBoards = database.table('event_boards');
  let closed = false;

  const query = async <R extends object>(what: string, sql: string, values: unknown[]) => {
    if (closed) {
      throw new Error('the event directory is closed; this usually means a request arrived during shutdown');
    }
    await database.ready;
    try {
      return await database.pool.query<R>(sql, values);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw error;
      throw database.failure(what, 'Nothing was changed', error);
    }
  };
  const uniqueViolation = (error: unknown) => (error as { code?: string }).code === UNIQUE_VIOLATION;
  /** A unique violation says which constraint: the event's id, or a board already in an event. */
  const constraintOf = (error: unknown) => (error as { constraint?: string }).constraint ?? '';

  /** Events with their boards in order, from `where` (a condition on `e`, with `$1`). */
  const select = async (what: string, where: string, value: string): Promise<EventRecord | null> => {
    const { rows } = await query<EventRowWithBoards>(
      what,
      `SELECT ${EVENT_COLUMNS.split(', ')
        .map((column) => `e.${column}`)
        .join(', ')},
         COALESCE(array_agg(b.board_id ORDER BY b.seq) FILTER (WHERE b.board_id IS NOT NULL), '{}') AS boards
       FROM ${events} e LEFT JOIN ${eventBoards} b ON b.event_id = e.id
       WHERE ${where} GROUP BY e.id`,
      [value],
    );
    return rows[0] ? toEventRecord(rows[0], rows[0].boards) : null;
  };
  const existing = async (id: string): Promise<EventRecord> => {
    const record = await select(`read event ${id}`, 'e.id = $1', id);
    if (!record) throw new UnknownEventError(`event ${id} does not exist`);
    return record;
  };

  return {
    async create(event, now = Date.now()) {
      try {
        // One statement: the event and its boards are written together or not at all.
        await query(
          `register event ${event.id}`,
          `WITH e AS (
             INSERT INTO ${events} (id, title, language, created_at) VALUES ($1, $2, $3, $4) RETURNING id
           )
           INSERT INTO ${eventBoards} (event_id, board_id)
           SELECT e.id, b.board_id FROM e, unnest($5::text[]) WITH ORDINALITY AS b(board_id, position)
           ORDER BY b.position`,
          [event.id, event.title, event.language, now, event.boards],
        );
      } catch (error) {
        if (!uniqueViolation(error)) throw error;
        if (constraintOf(error).includes('board_id'))
          throw new BoardInEventError(`a board of event ${event.id} is in an event already`);
        throw new EventExistsError(`event ${event.id} already exists`);
      }
      return existing(event.id);
    },
    get(id) {
      return select(`read event ${id}`, 'e.id = $1', id);
    },
    async addBoard(id, boardId) {
      try {
        const { rowCount } = await query(
          `add board ${boardId} to event ${id}`,
          `INSERT INTO ${eventBoards} (event_id, board_id) SELECT id, $2 FROM ${events} WHERE id = $1`,
          [id, boardId],
        );
        if (rowCount === 0) throw new UnknownEventError(`event ${id} does not exist`);
      } catch (error) {
        if (uniqueViolation(error)) throw new BoardInEventError(`board ${boardId} is in an event already`);
        throw error;
      }
      return existing(id);
    },
    async rotateLink(id, link) {
      const column = EVENT_EPOCH_COLUMN[link];
      if (column === undefined) throw new Error(`unknown event link "${link}"`);
      const { rowCount } = await query(
        `replace the ${link} link of event ${id}`,
        `UPDATE ${events} SET ${column} = ${column} + 1 WHERE id = $1`,
        [id],
      );
      if (rowCount === 0) throw new UnknownEventError(`event ${id} does not exist`);
      return existing(id);
    },
    async setCodeKey(id, codeKey, codeSalt) {
      try {
        const { rowCount } = await query(
          `register the drop-in code of event ${id}`,
          `UPDATE ${events} SET code_key = $2, code_salt = $3 WHERE id = $1`,
          [id, codeKey, codeSalt],
        );
        if (rowCount === 0) throw new UnknownEventError(`event ${id} does not exist`);
        return true;
      } catch (error) {
        // The unique constraint: another event's code has this key.
        if (uniqueViolation(error)) return false;
        throw error;
      }
    },
    findByCodeKey(codeKey) {
      return select('find an event by drop-in code', 'e.code_key = $1', codeKey);
    },
    async remove(id) {
      const { rowCount } = await query(
        `forget event ${id}`,
        `WITH boards AS (DELETE FROM ${eventBoards} WHERE event_id = $1) DELETE FROM ${events} WHERE id = $1`,
        [id],
      );
      return (rowCount ?? 0) > 0;
    },
    async close() {
      // The pool belongs to the database handle (shared with the document store): its owner closes it.
      closed = true;
    },
  };
}
