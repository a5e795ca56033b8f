import type { SqliteStoreOptions } from './sqlite-store';
import type { StoredDoc } from './types';

/**
 * Messages between the relay's main thread and its storage thread (sqlite-thread.ts). Requests are answered in
 * the order they were sent; a port delivers messages in order, so appends sent before a load, compact or listDocs
 * are part of what that call sees, as the DocStore contract requires.
 */
export type StoreRequest =
  /** Every append the main thread collected in one event-loop turn. */
  | { id: number; op: 'append'; items: { doc: string; data: Uint8Array }[] }
  | { id: number; op: 'load'; doc: string }
  | { id: number; op: 'compact'; doc: string; snapshot: Uint8Array }
  | { id: number; op: 'listDocs'; prefix: string }
  | { id: number; op: 'erase'; doc: string }
  | { id: number; op: 'flush' }
  | { id: number; op: 'close' };

export type StoreReply =
  /** For appends: one error message per item, null where the item is stored. */
  | { id: number; ok: true; value: StoredDoc | null | string[] | (string | null)[] | undefined }
  | { id: number; ok: false; message: string };

/** What the storage thread gets as `workerData`. `onFlush` cannot cross threads. */
export type StoreThreadOptions = Omit<SqliteStoreOptions, 'onFlush'>;

/** The storage thread's first message: the database is open, or why it could not be opened. */
export type StoreThreadReady = { ready: true } | { ready: false; message: string };
