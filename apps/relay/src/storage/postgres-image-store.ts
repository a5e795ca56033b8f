import type pg from 'pg';
import {
  checkedRow,
  ImageStoreClosedError,
  newImageRef,
  type ErasedImages,
  type ImageReference,
  type ImageStore,
  type ImageToStore,
} from './image-store';
import { ADVISORY_KEY_SQL } from './postgres-migrations';
import type { PostgresDatabase } from './postgres-database';

export interface PostgresImageStoreOptions {
  database: PostgresDatabase;
  /**
   * Most time an erase waits for the exclusive lock `VACUUM FULL` needs on the image table (default 5 s): while it
   * waits, image reads on every instance queue behind it, so it gives up rather than stall them.
   */
  vacuumLockTimeoutMs?: number;
}

interface ImageRow {
  sha256: string;
  orientation: number;
  type: string;
  width: number;
  height: number;
  data: Buffer;
}

/**
 * Images in PostgreSQL (`notevote_images`, `notevote_board_images`), so that every relay instance of a cluster serves
 * every board's images. Adding an image and erasing a board's images take a transaction-scoped advisory lock on each
 * image they touch (`image:<sha256>`): without it, an erase on one instance could delete an image in the moment
 * another instance, having found it already stored, adds a reference to it. With it, whichever comes second sees the
 * other's committed work: the erase finds the new reference and keeps the image, or the upload finds it gone and
 * stores it again. Erasing rewrites the image table (`VACUUM FULL`) when it removed an image, as the document store
 * does for updates, so the bytes leave the table's files (docs/SECURITY.md).
 */
export function openPostgresImageStore(options: PostgresImageStoreOptions): ImageStore {
  const { database } = options;
  const images = database.table('images');
  const boardImages = database.table('board_images');
  const vacuumLockTimeoutMs = options.vacuumLockTimeoutMs ?? 5_000;
  if (!Number.isInteger(vacuumLockTimeoutMs) || vacuumLockTimeoutMs < 1) {
    throw new Error(`vacuumLockTimeoutMs must be a whole number >= 1, got ${String(options.vacuumLockTimeoutMs)}`);
  }
  let closed = false;
  const assertOpen = (operation: string): void => {
    if (closed) throw new ImageStoreClosedError(operation);
  };
  const lockImage = (client: pg.PoolClient, sha256: string) =>
    client.query(`SELECT pg_advisory_xact_lock(${ADVISORY_KEY_SQL})`, [database.schema, `image:${sha256}`]);

  /** Runs `step` in a transaction on one connection of the pool; any failure rolls it back. */
  const inTransaction = async <T>(step: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    await database.ready;
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await step(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  /** One statement once the schema is ready; a failure says where and what to check. */
  const query = async <R extends object>(what: string, sql: string, values: unknown[]) => {
    await database.ready;
    try {
      return await database.pool.query<R>(sql, values);
    } catch (error) {
      throw database.failure(what, 'Nothing was changed', error);
    }
  };

  /** Rewrites the image table without the deleted rows' bytes; see PostgresStoreOptions.vacuumLockTimeoutMs. */
  const rewriteImageTable = async (boardId: string): Promise<void> => {
    const client = await database.pool.connect();
    try {
      await client.query(`SET lock_timeout = ${vacuumLockTimeoutMs}`);
      await client.query(`VACUUM FULL ${images}`);
    } catch (error) {
      throw database.failure(
        `rewrite the image table after erasing the images of board ${boardId}`,
        'They are erased (their rows are deleted and unreachable), but until the table is rewritten their bytes may ' +
          'remain in its files: the next erase tries again, or run VACUUM FULL on the table',
        error,
      );
    } finally {
      await client.query('RESET lock_timeout').catch(() => undefined);
      client.release();
    }
  };

  return {
    async put(boardId, image: ImageToStore, now = Date.now()): Promise<ImageReference> {
      assertOpen('store an image');
      const ref = newImageRef();
      const { sha256, type, width, height, orientation } = image;
      try {
        await inTransaction(async (client) => {
          await lockImage(client, sha256);
          await client.query(
            `INSERT INTO ${images} (sha256, data, type, width, height, created_at) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (sha256) DO NOTHING`,
            [
              sha256,
              Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength),
              type,
              width,
              height,
              now,
            ],
          );
          await client.query(
            `INSERT INTO ${boardImages} (board_id, ref, sha256, orientation, created_at) VALUES ($1, $2, $3, $4, $5)`,
            [boardId, ref, sha256, orientation, now],
          );
        });
      } catch (error) {
        throw database.failure(`store an image of board ${boardId}`, 'Nothing was stored', error);
      }
      return { ref, sha256, type, width, height, orientation };
    },

    async get(boardId, ref) {
      assertOpen('read an image');
      const { rows } = await query<ImageRow>(
        `read image ${ref} of board ${boardId}`,
        `SELECT r.sha256, r.orientation, i.type, i.width, i.height, i.data
           FROM ${boardImages} r JOIN ${images} i ON i.sha256 = r.sha256
          WHERE r.board_id = $1 AND r.ref = $2`,
        [boardId, ref],
      );
      const row = rows[0];
      if (!row) return null;
      const { sha256, width, height, data } = row;
      return { ref, sha256, width, height, ...checkedRow(row), bytes: data };
    },

    async eraseBoard(boardId) {
      assertOpen('erase the images of a board');
      let erased: ErasedImages;
      try {
        erased = await inTransaction(async (client) => {
          const removed = await client.query<{ sha256: string }>(
            `DELETE FROM ${boardImages} WHERE board_id = $1 RETURNING sha256`,
            [boardId],
          );
          // Sorted, so two erases sharing images take their locks in the same order and never deadlock.
          const shas = [...new Set(removed.rows.map((row) => row.sha256))].sort();
          for (const sha256 of shas) await lockImage(client, sha256);
          const unreferenced = await client.query(
            `DELETE FROM ${images} i WHERE i.sha256 = ANY($1::text[])
               AND NOT EXISTS (SELECT 1 FROM ${boardImages} r WHERE r.sha256 = i.sha256)`,
            [shas],
          );
          return { references: removed.rowCount ?? 0, images: unreferenced.rowCount ?? 0 };
        });
      } catch (error) {
        throw database.failure(`erase the images of board ${boardId}`, 'Nothing was erased', error);
      }
      // A plain VACUUM only marks the space reusable and leaves the bytes in the pages: VACUUM FULL writes the table
      // (and its TOAST table, where images live) anew without them.
      if (erased.images > 0) await rewriteImageTable(boardId);
      return erased;
    },

    async boardsWithImages() {
      assertOpen('list boards with images');
      const { rows } = await query<{ board_id: string }>(
        'list boards with images',
        `SELECT DISTINCT board_id FROM ${boardImages}`,
        [],
      );
      return rows.map((row) => row.board_id);
    },

    async references(sha256) {
      assertOpen('count references to an image');
      const { rows } = await query<{ n: number }>(
        'count references to an image',
        `SELECT count(*)::int AS n FROM ${boardImages} WHERE sha256 = $1`,
        [sha256],
      );
      return rows[0]?.n ?? 0;
    },

    async holds(sha256) {
      assertOpen('look up an image');
      const { rowCount } = await query('look up an image', `SELECT 1 FROM ${images} WHERE sha256 = $1`, [sha256]);
      return (rowCount ?? 0) > 0;
    },

    async close() {
      // The pool belongs to the database handle (shared with the document store): its owner closes it.
      closed = true;
    },
  };
}
