import type { ClusterId } from '../schema/ids';
import { NOTE_KEYS } from '../schema/types';
import type { NoteMap } from '../doc/access';

// These mirror `readNoteMap`'s fallbacks, so a tally agrees with what the board renders for malformed notes.

/** A note's creation time for tie-breaking: its `createdAt` if it is a finite number, else 0. */
export function noteCreatedAt(note: NoteMap): number {
  const value = note.get(NOTE_KEYS.createdAt);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** A note's cluster, or undefined when `clusterId` is missing or not a string. */
export function noteClusterId(note: NoteMap): ClusterId | undefined {
  const value = note.get(NOTE_KEYS.clusterId);
  return typeof value === 'string' ? value : undefined;
}
