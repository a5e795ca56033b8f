import { StoreClosedError } from './errors';
import { toStoredDoc } from './stored-doc';
import type { DocStore } from './types';

/** A DocStore kept in process memory: for tests and ephemeral dev use; everything is lost on exit. */
export function createMemoryStore(): DocStore {
  const docs = new Map<string, Uint8Array[]>();
  let closed = false;

  // Async functions turn the throw into a rejection, matching the contract of a real store.
  const assertOpen = (operation: string, docName?: string): void => {
    if (closed) throw new StoreClosedError(operation, docName);
  };

  return {
    async load(docName) {
      assertOpen('load', docName);
      return toStoredDoc(docs.get(docName) ?? []);
    },
    async append(docName, update) {
      assertOpen('append', docName);
      // Copy so a caller reusing its buffer cannot rewrite history, as it could not with a real store.
      const log = docs.get(docName);
      if (log === undefined) docs.set(docName, [update.slice()]);
      else log.push(update.slice());
    },
    async compact(docName, snapshot) {
      assertOpen('compact', docName);
      // Appends are stored synchronously, so everything appended before this call is in the log we replace.
      docs.set(docName, [snapshot.slice()]);
    },
    async listDocs(prefix) {
      assertOpen('listDocs');
      return [...docs.keys()].filter((name) => name.startsWith(prefix));
    },
    async erase(docName) {
      assertOpen('erase', docName);
      for (const name of [...docs.keys()]) {
        if (name === docName || name.startsWith(`${docName}/`)) docs.delete(name);
      }
    },
    async flush() {
      assertOpen('flush');
    },
    async close() {
      closed = true;
    },
  };
}
