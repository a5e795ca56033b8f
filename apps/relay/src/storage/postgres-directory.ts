import { BoardExistsError, UnknownBoardError, type BoardDirectory } from './board-directory';
import { DIRECTORY_COLUMNS, EPOCH_COLUMN, toBoardRecord, type DirectoryRow } from './directory-rows';
import type { PostgresDatabase } from './postgres-database';

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
  const query = async <R extends object = DirectoryRow>(what: string, sql: string, values: unknown[]) => {
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
          `INSERT INTO ${boards} (id, created_at, touched_at) VALUES ($1, $2, $2) RETURNING ${DIRECTORY_COLUMNS}`,
          [id, now],
        );
        return toBoardRecord(rows[0]!);
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          throw new BoardExistsError(`board ${id} already exists`);
        }
        throw error;
      }
    },
    async get(id) {
      const { rows } = await query(`read board ${id}`, `SELECT ${DIRECTORY_COLUMNS} FROM ${boards} WHERE id = $1`, [
        id,
      ]);
      return rows[0] ? toBoardRecord(rows[0]) : null;
    },
    async rotateLink(id, role) {
      const column = EPOCH_COLUMN[role];
      if (column === undefined) throw new Error(`unknown role "${role}"`);
      const { rows } = await query(
        `replace the ${role} link of board ${id}`,
        `UPDATE ${boards} SET ${column} = ${column} + 1 WHERE id = $1 RETURNING ${DIRECTORY_COLUMNS}`,
        [id],
      );
      if (!rows[0]) throw new UnknownBoardError(`board ${id} does not exist`);
      return toBoardRecord(rows[0]);
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
        `SELECT ${DIRECTORY_COLUMNS} FROM ${boards} WHERE join_key = $1`,
        [joinKey],
      );
      return rows[0] ? toBoardRecord(rows[0]) : null;
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
