import type { Point } from '../geometry';
import type { NoteId, UserId } from '../schema/ids';
import { readDisplayName, readPersonColor } from '../schema/person';

/**
 * What each person publishes through awareness: presence scope (synced, never stored). Other clients write it, so
 * it is only ever read through `readPresence`.
 */
export interface Presence {
  /** `id` is null on an anonymous board, whose presence names nobody (see `sanitizePresence`). */
  user: { id: UserId | null; name: string; color: string };
  /** Pointer position in board units, or null when the pointer is off the board. */
  cursor: Point | null;
  /** Notes this person has selected, shown to others as a coloured outline. */
  selection: NoteId[];
}

/** Bounds on what a reader keeps from someone else's presence, so one state cannot make others draw without end. */
export const PRESENCE_LIMITS = {
  /** Longest user id or note id accepted (ids are 16–22 characters today). */
  idLength: 64,
  /** Most selected notes outlined for one person (the relay's presence size limit allows about 200 ids). */
  selection: 500,
} as const;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= PRESENCE_LIMITS.idLength;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readCursor(value: unknown): Point | null {
  if (!isRecord(value)) return null;
  const { x, y } = value;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}

function readSelection(value: unknown): NoteId[] {
  if (!Array.isArray(value)) return [];
  // Only the first entries are looked at: a selection longer than the limit is cut, not scanned to its end.
  const ids = new Set<NoteId>();
  for (const id of value.slice(0, PRESENCE_LIMITS.selection)) if (isId(id)) ids.add(id);
  return [...ids];
}

/**
 * Reads one awareness state as presence. Null when it has no user (the relay's own state, a client that left, or
 * garbage); otherwise every field is well-formed: a missing or malformed name is empty, a colour that is not
 * `#rrggbb` is the default, a cursor without finite coordinates is null, and the selection keeps only id strings,
 * at most `PRESENCE_LIMITS.selection`. Never throws, whatever another client sent.
 */
export function readPresence(state: unknown): Presence | null {
  if (!isRecord(state) || !isRecord(state['user'])) return null;
  const { id, name, color } = state['user'];
  return {
    user: { id: isId(id) ? id : null, name: readDisplayName(name) ?? '', color: readPersonColor(color) },
    cursor: readCursor(state['cursor']),
    selection: readSelection(state['selection']),
  };
}
