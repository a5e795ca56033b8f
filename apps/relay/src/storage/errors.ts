/**
 * Errors shared by every DocStore implementation. A dedicated class lets the sync code
 * recognise "store already closed" during shutdown and log it quietly instead of as a failure.
 */

/** Thrown (as a rejection) by any DocStore call made after `close()`. */
export class StoreClosedError extends Error {
  constructor(operation: string, docName?: string) {
    const target = docName === undefined ? '' : ` for document "${docName}"`;
    super(
      `DocStore is closed: cannot ${operation}${target} after close(). ` +
        'This usually means a client message arrived during relay shutdown.',
    );
    this.name = 'StoreClosedError';
  }
}
