import type { BoardDirectory } from '../storage/board-directory';
import type { DocStore } from '../storage/types';
import type { ReadinessCheck } from './readiness';

/** No board or document has this name (board ids never hold a colon), so the probe reads an empty range. */
const PROBE = 'readiness-probe:';

/**
 * A readiness check for a storage backend: one real read from the document store and one from the board directory,
 * each answered from an index. Any adapter can use it under its own name ('sqlite', 'postgresql').
 */
export function storageReadiness(name: string, store: DocStore, directory: BoardDirectory): ReadinessCheck {
  return {
    name,
    async check() {
      await Promise.all([store.listDocs(PROBE), directory.get(PROBE)]);
    },
  };
}
