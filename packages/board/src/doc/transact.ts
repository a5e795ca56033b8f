import type * as Y from 'yjs';

/**
 * Options every mutation accepts. `origin` tags the Yjs transaction so an UndoManager can track only this
 * user's own edits, and so observers can tell local edits from remote ones.
 */
export interface MutationOptions {
  origin?: unknown;
}

/** Runs `fn` in one transaction with the caller's origin (nested calls join the outer transaction). */
export function transact<T>(doc: Y.Doc, options: MutationOptions | undefined, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, options?.origin ?? null);
  return result;
}
