/**
 * The storage contract between the sync code and whatever keeps Yjs updates on disk.
 * The sync code depends only on this file, so a PostgreSQL adapter can be added later
 * without touching it.
 */

/** Where a document's updates live. Document names are opaque strings (a board id today; `<boardId>/<userId>` private docs later). */
export interface DocStore {
  /** Loads a document: all stored updates merged into one Yjs update (null if the document was never stored), plus how many log entries and bytes it is made of so the caller can decide when to compact. */
  load(docName: string): Promise<StoredDoc | null>;
  /** Durably appends one Yjs update; resolves only once it is on disk (group commit: writes arriving close together share one transaction/fsync). Rejects with a clear error if it could not be written. */
  append(docName: string, update: Uint8Array): Promise<void>;
  /** Replaces everything stored for the document with `snapshot`, which must contain every update appended for it before this call. Updates appended after the call survive. */
  compact(docName: string, snapshot: Uint8Array): Promise<void>;
  /** Names of the stored documents that start with `prefix` (e.g. every private document of a board), in any order. Includes documents whose appends are still waiting to be written. */
  listDocs(prefix: string): Promise<string[]>;
  /**
   * Erases a board: `docName` and every document named `docName/…` (its private documents), with everything appended
   * or compacted for them before this call, including appends not yet committed. Resolves once their bytes are gone
   * from the store's files, not merely unreachable (see each adapter). An append made after the call starts a new
   * document: the caller must make sure nothing writes for an erased board (see RoomRegistry.erase).
   */
  erase(docName: string): Promise<void>;
  /** Resolves when every pending append is on disk. */
  flush(): Promise<void>;
  /** Flushes and releases resources; further calls reject (except `close`, which is idempotent so shutdown paths may call it twice). */
  close(): Promise<void>;
}

/** A loaded document: one merged update, plus the size of the log it came from (`entries` rows, `bytes` total). */
export interface StoredDoc {
  update: Uint8Array;
  entries: number;
  bytes: number;
}
