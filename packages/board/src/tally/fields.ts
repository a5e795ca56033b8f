import type { ClusterId, NoteId } from '../schema/ids';
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

/**
 * The note a stored dot sits on (null: a free dot), or undefined when the value is not a well-formed vote.
 * Exactly `parseVote(raw)?.noteId` (fields.test.ts checks it), but without building a Vote object: a full tally
 * reads every dot on the board and needs only this, so it should not allocate per dot.
 */
export function dotNoteId(raw: unknown): NoteId | null | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const vote = raw as Record<string, unknown>;
  const noteId = vote['noteId'];
  if (noteId !== null && typeof noteId !== 'string') return undefined;
  const x = vote['x'];
  const y = vote['y'];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return noteId;
}
