import type { Role } from '@notevote/board';
import { BoardExistsError, UnknownBoardError, type BoardDirectory, type BoardRecord } from './board-directory';
import type { PostgresDatabase } from './postgres-database';

interface Row {
  id: string;
  participant_epoch: number;
  facilitator_epoch: number;
  projector_epoch: number;
  // bigint: pg returns it as a string, since not every bigint fits a JavaScript number (these do).
  created_at: string;
  touched_at: string;
  join_key: string | null;
  join_salt: number;
}

const toRecord = (row: Row): BoardRecord => ({
  id: row.id,
  participantEpoch: row.participant_epoch,
  facilitatorEpoch: row.facilitator_epoch,
  projectorEpoch: row.projector_epoch,
  createdAt: Number(row.created_at),
  touchedAt: Number(row.touched_at),
  joinKey: row.join_key,
  joinSalt: row.join_salt,
});

const COLUMNS =
  'id, participant_epoch, facilitator_epoch, projector_epoch, created_at, touched_at, join_key, join_salt';

/** Column names are interpolated into SQL: only these, never input. */
const EPOCH_COLUMN = {
  facilitator: 'facilitator_epoch',
  participant: 'participant_epoch',
  projector: 'projector_epoch',
} as const satisfies Record<Role, string>;

const UNIQUE_VIOLATION = '23505';

/**
 * The board directory in PostgreSQL (`notevote_boards`), with the SQLite directory's semantics. Unlike it, touches
 * are written at once rather than gathered for a minute: with several instances, a touch kept in one instance's
 * memory is invisible to the retention sweep running on another, which could then erase a board in use.
 */
export function openPostgresDirectory(options: { database: PostgresDatabase }): BoardDirectory {
  const { database } = options;
  const boards = database.table('boards');
  let closed = false;

  /** Runs one statement once the schema is ready; unexpected failures say where and what to check. */
  const query = async <R extends object = Row>(what: string, sql: string, values: unknown[]) => {
    if (closed) {
      throw new Error('the board directory is closed; this usually means a request arrived during shutdown');
    }
    await database.ready;
    try {
      return await database.pool.query<R>(sql, values);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw error;
      throw database.failure(what, 'Nothing was changed', error);
    }
  };

  return {
    async create(id, now = Date.now()) {
      try {
        const { rows } = await query(
          `register board ${id}`,
          `INSERT INTO ${boards} (id, created_at, touched_at) VALUES ($1, $2, $2) RETURNING ${COLUMNS}`,
          [id, now],
        );
        return toRecord(rows[0]!);
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          throw new BoardExistsError(`board ${id} already exists`);
        }
        throw error;
      }
    },
    async get(id) {
      const { rows } = await query(`read board ${id}`, `SELECT ${COLUMNS} FROM ${boards} WHERE id = $1`, [id]);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async rotateLink(id, role) {
      const column = EPOCH_COLUMN[role];
      if (column === undefined) throw new Error(`unknown role "${role}"`);
      const { rows } = await query(
        `replace the ${role} link of board ${id}`,
        `UPDATE ${boards} SET ${column} = ${column} + 1 WHERE id = $1 RETURNING ${COLUMNS}`,
        [id],
      );
      if (!rows[0]) throw new UnknownBoardError(`board ${id} does not exist`);
      return toRecord(rows[0]);
    },
    async setJoinKey(id, joinKey, joinSalt) {
      try {
        const { rowCount } = await query(
          `register the join code of board ${id}`,
          `UPDATE ${boards} SET join_key = $2, join_salt = $3 WHERE id = $1`,
          [id, joinKey, joinSalt],
        );
        if (rowCount === 0) throw new UnknownBoardError(`board ${id} does not exist`);
        return true;
      } catch (error) {
        // The unique constraint: another board's code has this key.
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) return false;
        throw error;
      }
    },
    async findByJoinKey(joinKey) {
      const { rows } = await query(
        'find a board by join code',
        `SELECT ${COLUMNS} FROM ${boards} WHERE join_key = $1`,
        [joinKey],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async touch(id, now = Date.now()) {
      // An UPDATE, never an upsert: touching a board erased a moment ago must not bring its entry back. GREATEST: two
      // instances touching at once leave the later time.
      await query(
        `record that board ${id} is in use`,
        `UPDATE ${boards} SET touched_at = GREATEST(touched_at, $2) WHERE id = $1`,
        [id, now],
      );
    },
    async untouchedSince(cutoff) {
      const { rows } = await query<{ id: string }>(
        'list boards unused since the retention cutoff',
        `SELECT id FROM ${boards} WHERE touched_at < $1`,
        [cutoff],
      );
      return rows.map((row) => row.id);
    },
    async remove(id) {
      const { rowCount } = await query(`forget board ${id}`, `DELETE FROM ${boards} WHERE id = $1`, [id]);
      return (rowCount ?? 0) > 0;
    },
    async close() {
      // The pool belongs to the database handle (shared with the document store): its owner closes it.
      closed = true;
    },
  };
}
