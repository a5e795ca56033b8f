import type { DocChange } from '@notevote/board';

/** What an update would do, worked out before it is applied. */
export interface UpdateScope {
  /** The changes to the schema's places, for the rules to judge. */
  changes: DocChange[];
  /** Structs whose parent cannot be resolved plus delete ranges that hit nothing known (both would wait in Yjs' pending queue). */
  unresolved: number;
  /** The delete set names structs the doc has already deleted: Yjs skips those, so the update says more than it does. */
  repeatsDeletions: boolean;
}
