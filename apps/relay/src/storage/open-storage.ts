import path from 'node:path';
import { loadServerSecret, loadServerSecretFromPostgres } from '../auth/server-secret';
import type { RelayConfig } from '../config';
import type { BoardDirectory } from './board-directory';
import { openPostgresDatabase } from './postgres-database';
import { openPostgresDirectory } from './postgres-directory';
import { openPostgresStore } from './postgres-store';
import { prepareDataDir } from './private-files';
import { openSqliteDirectory } from './sqlite-directory';
import { openSqliteThreadStore } from './sqlite-thread-store';
import type { DocStore } from './types';

/** Where boards live, as configured: the document store, the board directory and the key that signs links. */
export interface OpenedStorage {
  store: DocStore;
  directory: BoardDirectory;
  secret: Uint8Array;
  /** Where the boards are, for the start-up log (never a password). */
  describe: string;
  /** Problems worth a warning that did not stop the start (files the relay could not make owner-only). */
  warnings: string[];
  /** Flushes and closes everything; idempotent. */
  close(): Promise<void>;
}

/** Thrown when storage cannot be opened; its message says what to check, ready to print. */
export class StorageOpenError extends Error {
  override readonly name = 'StorageOpenError';
}

/**
 * Opens the storage the configuration asks for: PostgreSQL when DATABASE_URL is set (several relay instances share
 * it), otherwise the SQLite file in DATA_DIR (one relay, nothing to install).
 */
export async function openStorage(
  config: Pick<RelayConfig, 'dataDir' | 'databaseUrl' | 'databaseSchema' | 'groupCommitMs'>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OpenedStorage> {
  return config.databaseUrl === null
    ? openSqliteStorage(config, env)
    : openPostgresStorage(config.databaseUrl, config.databaseSchema, env);
}

async function openSqliteStorage(
  config: Pick<RelayConfig, 'dataDir' | 'groupCommitMs'>,
  env: NodeJS.ProcessEnv,
): Promise<OpenedStorage> {
  const dbPath = path.join(config.dataDir, 'notevote.db');
  // Owner-only, before anything is written in it; the database files are tightened when they are opened.
  let warnings: string[];
  try {
    warnings = prepareDataDir(config.dataDir, ['server-secret']);
  } catch (error) {
    throw new StorageOpenError(
      `could not prepare DATA_DIR ${config.dataDir}: ${messageOf(error)}. ` +
        "Check that it is a directory the relay's user can create and write.",
      { cause: error },
    );
  }
  // Commits and fsyncs run on a storage thread, so a slow disk never stops the relay from relaying.
  const store = openSqliteThreadStore({ path: dbPath, groupCommitMs: config.groupCommitMs });
  try {
    await store.ready;
  } catch (error) {
    await store.close();
    throw new StorageOpenError(messageOf(error), { cause: error });
  }
  let directory: BoardDirectory;
  let secret: Uint8Array;
  try {
    directory = openSqliteDirectory({ path: dbPath });
    secret = loadServerSecret(config.dataDir, env);
  } catch (error) {
    await store.close();
    throw new StorageOpenError(messageOf(error), { cause: error });
  }
  return {
    store,
    directory,
    secret,
    describe: `SQLite at ${dbPath}`,
    warnings,
    close: once(async () => {
      try {
        await store.close();
      } finally {
        await directory.close();
      }
    }),
  };
}

async function openPostgresStorage(url: string, schema: string, env: NodeJS.ProcessEnv): Promise<OpenedStorage> {
  const database = openPostgresDatabase({ url, schema });
  let secret: Uint8Array;
  try {
    await database.ready;
    secret = await loadServerSecretFromPostgres(database, env);
  } catch (error) {
    await database.close();
    throw new StorageOpenError(messageOf(error), { cause: error });
  }
  const store = openPostgresStore({ database });
  const directory = openPostgresDirectory({ database });
  return {
    store,
    directory,
    secret,
    describe: `PostgreSQL at ${database.where}, schema ${schema}`,
    warnings: [],
    close: once(async () => {
      try {
        await store.close();
        await directory.close();
      } finally {
        await database.close();
      }
    }),
  };
}

function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => (closing ??= close());
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
