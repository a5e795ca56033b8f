import type * as Y from 'yjs';
import type { NoteId } from '../schema/ids';
import { notesMap } from './access';

/**
 * True when `doc` had the note `noteId` and it is deleted now. Yjs keeps a deleted map entry's key (marked deleted,
 * its content gone) as a tombstone, so this needs no list of deleted ids of our own, and survives compaction.
 */
export function noteWasDeleted(doc: Y.Doc, noteId: NoteId): boolean {
  const item = notesMap(doc)._map.get(noteId);
  return item !== undefined && item.deleted;
}
