import * as Y from 'yjs';
import type { StoredDoc } from './types';

/** Merges a document's log entries (oldest first) into one StoredDoc; null when there are none. */
export function toStoredDoc(updates: readonly Uint8Array[]): StoredDoc | null {
  const [first] = updates;
  if (first === undefined) return null;
  const bytes = updates.reduce((sum, u) => sum + u.byteLength, 0);
  // A single entry (typically a fresh snapshot) is already a valid update: skip the merge work.
  const update = updates.length === 1 ? first : Y.mergeUpdates(updates as Uint8Array[]);
  return { update, entries: updates.length, bytes };
}

/**
 * A database driver's Buffer as a plain Uint8Array view of the same bytes (no copy): callers should not meet
 * Buffer-only behaviour from one adapter and not another.
 */
export function plainBytes(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
