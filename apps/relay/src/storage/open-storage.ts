import path from 'node:path';
import { loadServerSecret, loadServerSecretFromPostgres } from '../auth/server-secret';
import type { RelayConfig } from '../config';
import type { BoardDirectory } from './board-directory';
import type { EventDirectory } from './event-directory';
import type { ImageStore } from './image-store';
import { openPostgresDatabase } from './postgres-database';
import { openPostgresDirectory } from './postgres-directory';
import { openPostgresEventDirectory } from './postgres-event-directory';
import { openPostgresImageStore } from './postgres-image-store';
import { openPostgresStore } from './postgres-store';
import { prepareDataDir } from './private-files';
import { openSqliteDirectory } from './sqlite-directory';
import { openSqliteEventDirectory } from './sqlite-event-directory';
import { openSqliteImageStore } from './sqlite-image-store';
import { openSqliteThreadStore } from './sqlite-thread-store';
import type { DocStore } from './types';

/** Where boards live, as configured: the document store, the board directory, sketches' images and the link key. */
export interface OpenedStorage {
  store: DocStore;
  directory: BoardDirectory;
  /** In the same database as the boards: with DATABASE_URL, every instance serves every image. */
  images: ImageStore;
  /** Events (several team boards under one), beside the board directory. */
  events: EventDirectory;
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
  let directory: BoardDirectory | undefined;
  let images: ImageStore | undefined;
  let events: EventDirectory | undefined;
  let secret: Uint8Array;
  try {
    directory = openSqliteDirectory({ path: dbPath });
    images = openSqliteImageStore({ path: dbPath });
    events = openSqliteEventDirectory({ path: dbPath });
    secret = loadServerSecret(config.dataDir, env);
  } catch (error) {
    await store.close();
    await directory?.close();
    await images?.close();
    await events?.close();
    throw new StorageOpenError(messageOf(error), { cause: error });
  }
  return {
    store,
    directory,
    images,
    events,
    secret,
    describe: `SQLite at ${dbPath}`,
    warnings,
    close: once(async () => {
      try {
        await store.close();
      } finally {
        await images.close();
        await events.close();
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
  const images = openPostgresImageStore({ database });
  const events = openPostgresEventDirectory({ database });
  return {
    store,
    directory,
    images,
    events,
    secret,
    describe: `PostgreSQL at ${database.where}, schema ${schema}`,
    warnings: [],
    close: once(async () => {
      try {
        await store.close();
        await directory.close();
        await images.close();
        await events.close();
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
