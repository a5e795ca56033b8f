/**
 * Group commit: batches writes that arrive close together so they share one transaction,
 * and therefore one fsync. With `synchronous=FULL` an fsync costs from a fraction of a
 * millisecond (SSD) to several, so committing each Yjs update on its own would cap a busy
 * board at a few hundred updates per second.
 *
 * Adaptive: an item added after a quiet spell is written at the end of the current event-loop
 * turn (with whatever else that turn read), so an idle relay adds no delay; while writes keep
 * coming, at most one batch is written per `delayMs`, so the busier the relay, the more each
 * fsync carries. Either way "resolved means on disk".
 */

import { performance } from 'node:perf_hooks';

/** A queue of items written in batches; each `add` resolves when its batch has been written. */
export interface GroupCommit<T> {
  /** Queues an item; resolves once the batch holding it is written, rejects with the write's error. */
  add(item: T): Promise<void>;
  /** Writes everything queued, synchronously; rethrows the write error after rejecting that batch. */
  flushNow(): void;
  /** Items queued but not yet written, oldest first. */
  pending(): readonly T[];
}

export interface GroupCommitOptions<T> {
  /** At least this long between the start of one batch write and the next; 0 = one batch per event-loop turn. */
  delayMs: number;
  /** Writes a batch atomically (all or nothing); throws if it could not. */
  write(batch: readonly T[]): void;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/** Creates a group-commit queue around a synchronous batch writer. */
export function createGroupCommit<T>(options: GroupCommitOptions<T>): GroupCommit<T> {
  let items: T[] = [];
  let waiters: Waiter[] = [];
  let timer: { cancel(): void } | null = null;
  let lastWriteAt = Number.NEGATIVE_INFINITY;

  const schedule = (): void => {
    // Not unref'd on purpose: a queued write must keep the process alive until it is on disk.
    const wait = lastWriteAt + options.delayMs - performance.now();
    if (wait <= 0) {
      const handle = setImmediate(onTimer);
      timer = { cancel: () => clearImmediate(handle) };
    } else {
      const handle = setTimeout(onTimer, wait);
      timer = { cancel: () => clearTimeout(handle) };
    }
  };

  const flushNow = (): void => {
    timer?.cancel();
    timer = null;
    if (items.length === 0) return;
    // Detach the batch first so items added by callbacks (or after a failure) start a new batch.
    const batch = items;
    const batchWaiters = waiters;
    items = [];
    waiters = [];
    lastWriteAt = performance.now();
    try {
      options.write(batch);
    } catch (error) {
      for (const w of batchWaiters) w.reject(error);
      throw error;
    }
    for (const w of batchWaiters) w.resolve();
  };

  function onTimer(): void {
    timer = null;
    try {
      flushNow();
    } catch {
      // Already delivered to every caller through their rejected `add` promises.
    }
  }

  return {
    add(item) {
      return new Promise<void>((resolve, reject) => {
        items.push(item);
        waiters.push({ resolve, reject });
        if (timer === null) schedule();
      });
    },
    flushNow,
    pending: () => items,
  };
}
