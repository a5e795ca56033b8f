import type { DocStore } from '../storage/types';
import type { RelayMetrics, StoreOperation } from './metrics';

/** A DocStore that reports each operation's duration, and how many writes are unfinished, to the metrics. */
export interface InstrumentedStore extends DocStore {
  /** Writes (appends, compactions, erasures) started and not yet finished: what a shutdown still waits for. */
  readonly pendingWrites: number;
}

/**
 * Wraps any adapter (SQLite, PostgreSQL, memory) without touching it: every operation is timed into
 * `notevote_persistence_seconds`, so a slow disk or database shows in the histogram whichever adapter is in use.
 */
export function instrumentStore(store: DocStore, metrics: RelayMetrics): InstrumentedStore {
  let pendingWrites = 0;
  const timed = async <T>(operation: StoreOperation, run: () => Promise<T>, write = false): Promise<T> => {
    const stopTimer = metrics.persistenceSeconds.startTimer({ operation });
    if (write) {
      pendingWrites++;
      metrics.persistencePending.inc();
    }
    try {
      const result = await run();
      stopTimer({ outcome: 'ok' });
      return result;
    } catch (error) {
      stopTimer({ outcome: 'error' });
      throw error;
    } finally {
      if (write) {
        pendingWrites--;
        metrics.persistencePending.dec();
      }
    }
  };
  return {
    get pendingWrites() {
      return pendingWrites;
    },
    load: (docName) => timed('load', () => store.load(docName)),
    append: (docName, update) => timed('append', () => store.append(docName, update), true),
    compact: (docName, snapshot) => timed('compact', () => store.compact(docName, snapshot), true),
    listDocs: (prefix) => timed('list', () => store.listDocs(prefix)),
    erase: (docName) => timed('erase', () => store.erase(docName), true),
    flush: () => timed('flush', () => store.flush()),
    // Not timed: closing happens once, at shutdown, and its duration says nothing about the storage's health.
    close: () => store.close(),
  };
}
