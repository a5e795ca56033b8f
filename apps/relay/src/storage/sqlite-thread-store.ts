import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { atTurnEnd } from '../loop/turn-end';
import { StoreClosedError } from './errors';
import { openSqliteAppender, type SqliteAppender } from './sqlite-store';
import { TimeShare } from './time-share';
import type { StoreReply, StoreRequest, StoreThreadOptions, StoreThreadReady } from './store-thread-protocol';
import type { DocStore, StoredDoc } from './types';

/** A DocStore whose database lives on its own thread; `ready` settles once the database is open (or could not be). */
export interface ThreadedDocStore extends DocStore {
  readonly ready: Promise<void>;
}

interface Waiter {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * A turn's appends are committed on the main thread itself when there are at most this many, the storage thread is
 * idle, and the main thread has not spent more than its share on commits lately (below). One small commit is one
 * fsync (about 0.2 ms here), much less than the round trip through the storage thread on a busy machine (message,
 * thread wake-up, reply waiting for the main thread's next turn: ~4 ms at p99 in the fan-out benchmark). A busy relay
 * hands its commits to the storage thread, so the main thread keeps relaying while they run, and so does everything
 * after them until the thread is idle again (order).
 */
const MAIN_THREAD_BATCH_LIMIT = 32;
/**
 * At most this share of the main thread's time goes to commits, with up to MAIN_THREAD_COMMIT_BURST_MS saved up while
 * quiet, so a slow disk (fsyncs of several milliseconds) cannot hold the relay's reading and relaying. The share is not
 * smaller because a commit handed to the storage thread costs its update far more than the fsync it saves the main
 * thread (the round trip above), and the turns after it follow it there: in the fan-out benchmark's (a) (twenty
 * boards of fifty, 1,000 updates/s, about one update per turn, so one commit each) on a slower 2-core machine, a
 * quarter ran out and sent one update in ten through the thread, for a p99 of 31-68 ms against 17.5-34 ms with no cap
 * (three interleaved pairs); with a half, a few dozen of ~4,000 went there and p99 was as with no cap.
 */
const MAIN_THREAD_COMMIT_SHARE = 0.5;
const MAIN_THREAD_COMMIT_BURST_MS = 5;

/** Where the storage thread's code is: next to this module when built, or the TypeScript source via tsx. */
function threadEntry(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './sqlite-thread-dev.mjs' : './sqlite-thread.js', import.meta.url);
}

/**
 * Opens the SQLite store on a worker thread. The relay's main thread only hands over bytes: every commit and fsync
 * happens on the storage thread, so a slow disk delays when an update is relayed but never stops the relay from
 * reading and relaying the updates already stored. Appends made in one event-loop turn travel as one message.
 * Same contract as `openSqliteStore` (store-contract.ts): "resolved" means on disk.
 *
 * Small turns of appends while the thread is idle take a fast path: a second connection on the main thread commits
 * them at once (see MAIN_THREAD_BATCH_LIMIT). The two connections never write at the same time: the main thread
 * writes only when no request is outstanding on the storage thread, and its commit is synchronous.
 */
export function openSqliteThreadStore(options: StoreThreadOptions): ThreadedDocStore {
  // No inherited execArgv: the main thread's flags (e.g. --input-type, V8 options) may not apply to a worker.
  const worker = new Worker(threadEntry(), { workerData: options, execArgv: [] });
  const waiters = new Map<number, Waiter>();
  let nextId = 1;
  let closed = false;
  /** Set when the thread is gone: every call from then on fails with it. */
  let broken: Error | null = null;
  let appends: { items: { doc: string; data: Uint8Array }[]; waiters: Waiter[] } | null = null;
  /** The main thread's own append-only connection, once the thread has opened (and migrated) the database. */
  let appender: SqliteAppender | null = null;
  const commitBudget = new TimeShare(MAIN_THREAD_COMMIT_SHARE, MAIN_THREAD_COMMIT_BURST_MS);

  // Keep the process alive only while a call is outstanding (a queued write must reach the disk), not when idle.
  worker.unref();
  const track = () => (waiters.size > 0 || appends ? worker.ref() : worker.unref());

  const fail = (error: Error) => {
    broken ??= error;
    for (const waiter of waiters.values()) waiter.reject(broken);
    waiters.clear();
    for (const waiter of appends?.waiters ?? []) waiter.reject(broken);
    appends = null;
    track();
  };

  let markReady: () => void;
  let markFailed: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Nobody may be waiting on `ready` (tests open and use the store right away); its failure reaches them anyway.
  ready.catch(() => undefined);

  worker.on('message', (message: StoreReply | StoreThreadReady) => {
    if ('ready' in message) {
      if (message.ready) {
        appender = openFastPath(options);
        markReady();
      } else {
        const error = new Error(message.message);
        markFailed(error);
        fail(error);
      }
      return;
    }
    const waiter = waiters.get(message.id);
    if (!waiter) return;
    waiters.delete(message.id);
    if (message.ok) waiter.resolve(message.value);
    else waiter.reject(new Error(message.message));
    track();
  });
  worker.on('error', (error) => {
    const stopped = new Error(
      `The relay's storage thread failed: ${error.message}. Nothing more can be saved; restart the relay ` +
        '(clients keep their changes and send them again when they reconnect).',
      { cause: error },
    );
    markFailed(stopped);
    fail(stopped);
  });
  worker.on('exit', (code) => {
    if (closed && waiters.size === 0) return;
    fail(new Error(`The relay's storage thread stopped (exit code ${code}). Restart the relay.`));
  });

  /** A request without its id (distributive, so each kind keeps its own fields). */
  type Body = StoreRequest extends infer R ? (R extends StoreRequest ? Omit<R, 'id'> : never) : never;
  const request = <T>(body: Body): Promise<T> => {
    sendAppends();
    if (broken) return Promise.reject(broken);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiters.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...body, id } as StoreRequest);
      track();
    });
  };

  /** Sends the appends collected this turn as one message; each waiter gets its own item's outcome. */
  function sendAppends(): void {
    const batch = appends;
    if (!batch) return;
    appends = null;
    if (broken) {
      for (const waiter of batch.waiters) waiter.reject(broken);
      return;
    }
    if (appender && waiters.size === 0 && batch.items.length <= MAIN_THREAD_BATCH_LIMIT && commitBudget.allows()) {
      commitHere(appender, batch);
      return;
    }
    const id = nextId++;
    waiters.set(id, {
      resolve: (errors) => {
        (errors as (string | null)[]).forEach((error, i) =>
          error === null ? batch.waiters[i]!.resolve(undefined) : batch.waiters[i]!.reject(new Error(error)),
        );
      },
      reject: (error) => batch.waiters.forEach((waiter) => waiter.reject(error)),
    });
    // Transferred, not copied: the bytes are already this store's own copy.
    const transfer = batch.items.map((item) => item.data.buffer as ArrayBuffer);
    worker.postMessage({ id, op: 'append', items: batch.items } satisfies StoreRequest, transfer);
  }

  /** The fast path: commits the batch on this thread; each waiter resolves once it is on disk. */
  function commitHere(connection: SqliteAppender, batch: NonNullable<typeof appends>): void {
    const started = performance.now();
    try {
      connection.write(batch.items);
      commitBudget.spend(performance.now() - started);
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error as Error);
      track();
      return;
    }
    for (const waiter of batch.waiters) waiter.resolve(undefined);
    track();
  }

  const assertOpen = (operation: string, docName?: string) => {
    if (closed) throw new StoreClosedError(operation, docName);
  };

  return {
    ready,

    append(docName, update) {
      if (closed) return Promise.reject(new StoreClosedError('append', docName));
      if (broken) return Promise.reject(broken);
      return new Promise<void>((resolve, reject) => {
        if (!appends) {
          appends = { items: [], waiters: [] };
          // At the turn's end, after everyone's updates of this turn are applied (see atTurnEnd).
          atTurnEnd(sendAppends);
        }
        // Copied into a buffer of its own: the caller may reuse its bytes, and this one is transferred.
        appends.items.push({ doc: docName, data: new Uint8Array(update) });
        appends.waiters.push({ resolve: resolve as (value: unknown) => void, reject });
        track();
      });
    },

    async load(docName) {
      assertOpen('load', docName);
      return request<StoredDoc | null>({ op: 'load', doc: docName });
    },

    async compact(docName, snapshot) {
      assertOpen('compact', docName);
      await request<undefined>({ op: 'compact', doc: docName, snapshot });
    },

    async listDocs(prefix) {
      assertOpen('listDocs');
      return request<string[]>({ op: 'listDocs', prefix });
    },

    async erase(docName) {
      assertOpen('erase', docName);
      // request() first sends the appends collected this turn: the thread writes them, then erases them with the rest.
      await request<undefined>({ op: 'erase', doc: docName });
    },

    async flush() {
      assertOpen('flush');
      await request<undefined>({ op: 'flush' });
    },

    async close() {
      if (closed) return;
      // Sends what is still queued first (request does), then closes; the thread exits after answering.
      const closing = broken ? Promise.resolve() : request<undefined>({ op: 'close' });
      closed = true;
      try {
        await closing;
      } finally {
        appender?.close();
        appender = null;
        await worker.terminate();
      }
    },
  };
}

/**
 * The main thread's append-only connection, or null (every append then goes to the storage thread, as before): with
 * a group-commit delay configured the thread spaces commits out, which the fast path would undo.
 */
function openFastPath(options: StoreThreadOptions): SqliteAppender | null {
  if ((options.groupCommitMs ?? 0) > 0) return null;
  try {
    return openSqliteAppender(options.path, options.synchronous);
  } catch {
    // The storage thread has the database open; appends keep going through it, only without the shortcut.
    return null;
  }
}
