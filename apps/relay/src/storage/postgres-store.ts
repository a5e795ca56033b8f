import { StoreClosedError } from './errors';
import { updatesHeldBy } from './covered-updates';
import { ADVISORY_KEY_SQL } from './postgres-migrations';
import type { PostgresDatabase } from './postgres-database';
import { plainBytes, toStoredDoc } from './stored-doc';
import type { DocStore } from './types';

export interface PostgresStoreOptions {
  database: PostgresDatabase;
  /** Called after each committed batch with its number of updates (metrics, tests); must not throw. */
  onFlush?: (batchSize: number) => void;
  /**
   * Most time an erase waits for the exclusive lock that `VACUUM FULL` needs (default 5 s): while it waits, every
   * instance's appends queue behind it, so it gives up rather than stall the relays.
   */
  vacuumLockTimeoutMs?: number;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/** Appends that will be committed together, in one INSERT. */
interface Batch {
  docs: string[];
  data: Buffer[];
  waiters: Waiter[];
}

/**
 * A DocStore on PostgreSQL (`notevote_updates`, one row per update, as in SQLite). Every operation of one store runs
 * in order on a single queue, so a load, a compaction or an erase sees exactly the appends made before it was called:
 *
 * - Group commit: appends arriving while a commit is in flight gather in the next batch, written by one INSERT (one
 *   transaction, one WAL flush); `append` resolves once that INSERT has committed.
 * - Compaction takes an advisory lock on the document for its transaction, so two instances never compact one board
 *   at once, and deletes only the rows its snapshot holds (see covered-updates.ts): a row another instance stored
 *   meanwhile stays.
 * - Erase deletes the rows, then `VACUUM FULL` rewrites the table so their bytes leave its files (docs/SECURITY.md
 *   says what PostgreSQL's write-ahead log, replicas and backups keep).
 */
export function openPostgresStore(options: PostgresStoreOptions): DocStore {
  const { database } = options;
  const updates = database.table('updates');
  const vacuumLockTimeoutMs = options.vacuumLockTimeoutMs ?? 5_000;
  if (!Number.isInteger(vacuumLockTimeoutMs) || vacuumLockTimeoutMs < 1) {
    throw new Error(`vacuumLockTimeoutMs must be a whole number >= 1, got ${String(options.vacuumLockTimeoutMs)}`);
  }

  let tail: Promise<unknown> = database.ready;
  /** Runs `step` after every operation queued before it; its failure reaches only its caller. */
  const enqueue = <T>(step: () => Promise<T>): Promise<T> => {
    const result = tail.then(step);
    tail = result.catch(() => undefined);
    return result;
  };

  /** Batches queued and not yet committed, oldest first; the last one still takes appends while `open` is it. */
  const uncommitted: Batch[] = [];
  let open: Batch | null = null;

  const commit = async (batch: Batch): Promise<void> => {
    // Appends made in the same event-loop turn (messages read together) join this batch before it is written.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (open === batch) open = null;
    try {
      // unnest keeps one statement whatever the batch size (no parameter limit); ORDER BY n keeps `seq` in append
      // order within the batch.
      await database.pool.query(
        `INSERT INTO ${updates} (doc, data)
         SELECT doc, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS u(doc, data, n) ORDER BY n`,
        [batch.docs, batch.data],
      );
    } catch (error) {
      const failure = database.failure(
        `save ${batch.docs.length} update(s)`,
        'None of them were stored (the in-memory document still has them; a later successful compaction saves them)',
        error,
      );
      for (const waiter of batch.waiters) waiter.reject(failure);
      return;
    } finally {
      uncommitted.splice(uncommitted.indexOf(batch), 1);
    }
    for (const waiter of batch.waiters) waiter.resolve();
    options.onFlush?.(batch.docs.length);
  };

  /** The batch later appends join; a new one once the previous has started committing or was closed. */
  const openBatch = (): Batch => {
    if (open !== null) return open;
    const batch: Batch = { docs: [], data: [], waiters: [] };
    open = batch;
    uncommitted.push(batch);
    void enqueue(() => commit(batch));
    return batch;
  };

  /** Pending updates of documents matching `accepts`, in append order: the part of the log not yet in the table. */
  const pendingOf = function* (accepts: (doc: string) => boolean): Generator<[string, Buffer]> {
    for (const batch of uncommitted) {
      for (let i = 0; i < batch.docs.length; i++) if (accepts(batch.docs[i]!)) yield [batch.docs[i]!, batch.data[i]!];
    }
  };

  let closed = false;
  const assertOpen = (operation: string, docName?: string): void => {
    if (closed) throw new StoreClosedError(operation, docName);
  };

  const compactNow = async (docName: string, snapshot: Buffer): Promise<void> => {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(${ADVISORY_KEY_SQL})`, [database.schema, `doc:${docName}`]);
      const { rows } = await client.query<{ seq: string; data: Buffer }>(
        `SELECT seq, data FROM ${updates} WHERE doc = $1 ORDER BY seq`,
        [docName],
      );
      const held = updatesHeldBy(
        snapshot,
        rows.map((row) => row.data),
      );
      const heldSeqs = rows.filter((_, index) => held.has(index)).map((row) => row.seq);
      await client.query(`DELETE FROM ${updates} WHERE seq = ANY($1::bigint[])`, [heldSeqs]);
      await client.query(`INSERT INTO ${updates} (doc, data) VALUES ($1, $2)`, [docName, snapshot]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  const eraseNow = async (docName: string): Promise<void> => {
    const client = await database.pool.connect();
    let erased = 0;
    try {
      await client.query('BEGIN');
      // The board's compaction lock: a compaction of it on another instance finishes first, rather than writing its
      // snapshot back after the delete.
      await client.query(`SELECT pg_advisory_xact_lock(${ADVISORY_KEY_SQL})`, [database.schema, `doc:${docName}`]);
      const result = await client.query(`DELETE FROM ${updates} WHERE doc = $1 OR doc LIKE $2 ESCAPE '\\'`, [
        docName,
        `${escapeLike(docName)}/%`,
      ]);
      erased = result.rowCount ?? 0;
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
      throw database.failure(`erase board "${docName}"`, 'Nothing was erased', error);
    }
    if (erased === 0) {
      client.release();
      return;
    }
    try {
      // A plain VACUUM only marks the deleted rows' space reusable: their bytes stay in the table's pages until
      // overwritten. VACUUM FULL writes the table (and its TOAST table and indexes) anew without them.
      await client.query(`SET lock_timeout = ${vacuumLockTimeoutMs}`);
      await client.query(`VACUUM FULL ${updates}`);
    } catch (error) {
      throw database.failure(
        `rewrite the update table after erasing board "${docName}"`,
        'The board is erased (its rows are deleted and unreachable), but until the table is rewritten its bytes may ' +
          'remain in the table files: the next erase tries again, or run VACUUM FULL on the table',
        error,
      );
    } finally {
      await client.query('RESET lock_timeout').catch(() => undefined);
      client.release();
    }
  };

  return {
    async load(docName) {
      // Async functions run up to their first await at once: the load joins the queue now, behind earlier appends.
      assertOpen('load', docName);
      return enqueue(async () => {
        let rows: { data: Buffer }[];
        try {
          ({ rows } = await database.pool.query<{ data: Buffer }>(
            `SELECT data FROM ${updates} WHERE doc = $1 ORDER BY seq`,
            [docName],
          ));
        } catch (error) {
          throw database.failure(`read document "${docName}"`, 'Nothing was changed', error);
        }
        const stored = rows.map((r) => plainBytes(r.data));
        // Batches queued behind this load are part of the document: include them.
        for (const [, data] of pendingOf((doc) => doc === docName)) stored.push(new Uint8Array(data));
        return toStoredDoc(stored);
      });
    },

    append(docName, update) {
      try {
        assertOpen('append', docName);
      } catch (error) {
        return Promise.reject(error);
      }
      const batch = openBatch();
      return new Promise<void>((resolve, reject) => {
        batch.docs.push(docName);
        // Copy: the caller may reuse its buffer before the batch is written.
        batch.data.push(Buffer.from(update));
        batch.waiters.push({ resolve, reject });
      });
    },

    async compact(docName, snapshot) {
      assertOpen('compact', docName);
      // Appends made before this call are committed before it (their batch is ahead in the queue); later ones go to
      // a batch behind it.
      open = null;
      const copy = Buffer.from(snapshot);
      await enqueue(async () => {
        try {
          await compactNow(docName, copy);
        } catch (error) {
          throw database.failure(`compact document "${docName}"`, 'Its stored updates are unchanged', error);
        }
      });
    },

    async listDocs(prefix) {
      assertOpen('listDocs');
      return enqueue(async () => {
        const names = new Set<string>();
        try {
          const { rows } = await database.pool.query<{ doc: string }>(
            `SELECT DISTINCT doc FROM ${updates} WHERE doc LIKE $1 ESCAPE '\\'`,
            [`${escapeLike(prefix)}%`],
          );
          for (const { doc } of rows) names.add(doc);
        } catch (error) {
          throw database.failure(`list documents starting with "${prefix}"`, 'Nothing was changed', error);
        }
        for (const [doc] of pendingOf((doc) => doc.startsWith(prefix))) names.add(doc);
        return [...names];
      });
    },

    async erase(docName) {
      assertOpen('erase', docName);
      open = null;
      await enqueue(() => eraseNow(docName));
    },

    async flush() {
      assertOpen('flush');
      open = null;
      await enqueue(async () => undefined);
    },

    async close() {
      if (closed) return;
      closed = true;
      open = null;
      // The pool belongs to the database handle (shared with the directory): its owner closes it.
      await enqueue(async () => undefined).catch(() => undefined);
    },
  };
}

/** `text` with LIKE's wildcards (and the escape character itself) escaped, to match literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
