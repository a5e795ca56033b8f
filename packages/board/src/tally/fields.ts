import type { ClusterId, NoteId } from '../schema/ids';
import { NOTE_KEYS } from '../schema/types';
import type { NoteMap } from '../doc/access';
import { mapField } from '../doc/map-items';

// These mirror `readNoteMap`'s fallbacks, so a tally agrees with what the board renders for malformed notes.

/** A note's creation time for tie-breaking: its `createdAt` if it is a finite number, else 0. */
export function noteCreatedAt(note: NoteMap): number {
  const value = mapField(note, NOTE_KEYS.createdAt);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** A note's cluster, or undefined when `clusterId` is missing or not a string. */
export function noteClusterId(note: NoteMap): ClusterId | undefined {
  const value = mapField(note, NOTE_KEYS.clusterId);
  return typeof value === 'string' ? value : undefined;
}

/** Prefix of a dot's target key when it sits on a cluster (see `stackKey`: ids contain no colon). */
export const CLUSTER_KEY_PREFIX = 'cluster:';

/** A stored dot's fields, as a hostile or buggy writer may have left them: only `dotOfRound` vouches for any. */
export type StoredDot = Readonly<Record<string, unknown>>;

/**
 * The stored dot itself when it is a well-formed vote of `round` (null: outside rounds), else undefined: exactly when
 * `parseVote(raw)` is a vote of that round (fields.test.ts checks it), without building a Vote object. Its `noteId`
 * is then a string or null; a reader that needs what it sits on reads `noteId`, then `clusterId` (see `dotKey`).
 */
export function dotOfRound(raw: unknown, round: string | null): StoredDot | undefined {
  if (dotNoteId(raw) === undefined) return undefined;
  const vote = raw as StoredDot;
  const dotRound = vote['round'];
  return (typeof dotRound === 'string' ? dotRound : null) === round ? vote : undefined;
}

/**
 * What a stored dot of `round` (null: outside rounds) sits on, as its `stackKey`: a note id, `cluster:<id>`, or null
 * for a free dot; undefined when the value is not a well-formed vote or belongs to another round. Exactly
 * `parseVote(raw)` then `stackKey` (fields.test.ts checks it), without building a Vote object.
 */
export function dotKey(raw: unknown, round: string | null): string | null | undefined {
  const vote = dotOfRound(raw, round);
  if (vote === undefined) return undefined;
  const noteId = vote['noteId'] as NoteId | null;
  if (noteId !== null) return noteId;
  const clusterId = vote['clusterId'];
  return typeof clusterId === 'string' ? CLUSTER_KEY_PREFIX + clusterId : null;
}

/**
 * The note a stored dot sits on (null: a free dot), or undefined when the value is not a well-formed vote.
 * Exactly `parseVote(raw)?.noteId` (fields.test.ts checks it), but without building a Vote object: a full tally
 * reads every dot on the board and needs only this, so it should not allocate per dot.
 */
export function dotNoteId(raw: unknown): NoteId | null | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const vote = raw as StoredDot;
  const noteId = vote['noteId'];
  if (noteId !== null && typeof noteId !== 'string') return undefined;
  const x = vote['x'];
  const y = vote['y'];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return noteId;
}
