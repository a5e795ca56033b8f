import { LIMITS } from '../schema/types';
import type { UserId } from '../schema/ids';
import { PRESENCE_LIMITS } from './presence';
import { colourShape, coordinateShape, fitsValue, idShape } from '../rules/shapes';

/*
 * What the relay relays as a person's presence (the strict counterpart of `readPresence`). Presence is best-effort and never stored, but every client draws it,
 * so the relay passes on only this shape and drops anything else: one client cannot make another's canvas throw.
 * On an anonymous board presence carries no name, no user id and no selection: a cursor and a colour only.
 */

/** The presence key under which the relay publishes its own state. Clients may not use it (the relay drops them). */
export const RELAY_PRESENCE_KEY = 'relay';

export interface RelayedPresence {
  user?: { id?: UserId; name?: string; color?: string };
  cursor?: { x: number; y: number } | null;
  selection?: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The presence state to relay for a client of `userId`, or null to drop it: wrong types anywhere, a user id that is
 * not the sender's, or the relay's own key. Unknown fields are left out. On an anonymous board, who it is is left out.
 */
export function sanitizePresence(
  state: unknown,
  sender: { userId: UserId; anonymous: boolean },
): RelayedPresence | null {
  if (!isObject(state) || RELAY_PRESENCE_KEY in state) return null;
  const out: RelayedPresence = {};
  const { user, cursor, selection } = state;
  if (user !== undefined) {
    if (!isObject(user)) return null;
    const { id, name, color } = user;
    // No id (or null, as the web app sends on an anonymous board) names nobody; any other id must be the sender's.
    if (id !== undefined && id !== null && id !== sender.userId) return null;
    if (name !== undefined && !(typeof name === 'string' && name.length <= LIMITS.nameLength)) return null;
    if (color !== undefined && !fitsValue(colourShape, color)) return null;
    out.user = {};
    if (!sender.anonymous) {
      if (typeof id === 'string') out.user.id = id;
      if (typeof name === 'string') out.user.name = name;
    }
    if (typeof color === 'string') out.user.color = color;
  }
  if (cursor !== undefined) {
    if (
      cursor !== null &&
      !(isObject(cursor) && fitsValue(coordinateShape, cursor.x) && fitsValue(coordinateShape, cursor.y))
    ) {
      return null;
    }
    out.cursor = cursor === null ? null : { x: cursor.x as number, y: cursor.y as number };
  }
  if (selection !== undefined) {
    if (
      !Array.isArray(selection) ||
      selection.length > PRESENCE_LIMITS.selection ||
      !selection.every((id) => fitsValue(idShape, id))
    ) {
      return null;
    }
    if (!sender.anonymous) out.selection = [...(selection as string[])];
  }
  return out;
}
