/**
 * The storage thread: runs the SQLite store (sqlite-store.ts) off the relay's main thread, so commits and their
 * fsyncs never hold up reading and relaying messages. See sqlite-thread-store.ts for the main thread's side.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStore } from './sqlite-store';
import type { StoreReply, StoreRequest, StoreThreadOptions, StoreThreadReady } from './store-thread-protocol';
import type { DocStore } from './types';

const port = parentPort;
if (!port) throw new Error('sqlite-thread.ts runs as a worker thread of the relay, not on its own');

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let store: DocStore;
try {
  store = openSqliteStore(workerData as StoreThreadOptions);
  port.postMessage({ ready: true } satisfies StoreThreadReady);
} catch (error) {
  port.postMessage({ ready: false, message: messageOf(error) } satisfies StoreThreadReady);
  port.close();
  throw error;
}

async function answer(request: StoreRequest): Promise<StoreReply> {
  switch (request.op) {
    case 'append': {
      // Appends of one message share a commit with everything else this thread reads in the same turn.
      const outcomes = await Promise.allSettled(request.items.map((item) => store.append(item.doc, item.data)));
      const errors = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? null : messageOf(outcome.reason)));
      return { id: request.id, ok: true, value: errors };
    }
    case 'load':
      return { id: request.id, ok: true, value: await store.load(request.doc) };
    case 'compact':
      await store.compact(request.doc, request.snapshot);
      return { id: request.id, ok: true, value: undefined };
    case 'listDocs':
      return { id: request.id, ok: true, value: await store.listDocs(request.prefix) };
    case 'erase':
      await store.erase(request.doc);
      return { id: request.id, ok: true, value: undefined };
    case 'flush':
      await store.flush();
      return { id: request.id, ok: true, value: undefined };
    case 'close':
      await store.close();
      return { id: request.id, ok: true, value: undefined };
  }
}

/** Replies go out in request order (an append's reply before the flush that followed it), whatever settles first. */
let replies: Promise<void> = Promise.resolve();

port.on('message', (request: StoreRequest) => {
  const reply = answer(request).catch((error: unknown): StoreReply => ({
    id: request.id,
    ok: false,
    message: messageOf(error),
  }));
  replies = replies
    .then(() => reply)
    .then((message) => {
      port.postMessage(message);
      if (request.op === 'close') port.close();
    });
});
