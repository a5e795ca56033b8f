import type * as Y from 'yjs';
import {
  authorizeUpdate,
  readSession,
  readSettings,
  workspaceFacts,
  type DocChange,
  type Where,
} from '@notevote/board';
import { ProtocolError } from '../sync/protocol';
import { scopeOfUpdate, UpdateDecodeError, type UpdateScope } from '../validation';
import type { RoomMember } from './member';
import { Refusal } from './refusal';
import type { SyncedDoc } from './synced-doc';

/** What an update is judged against: the document it applies to, and the sender's workspace. */
export interface Judged {
  connection: RoomMember;
  /** The document the update applies to (the board, or the sender's private document). */
  target: SyncedDoc;
  where: Where;
  board: Y.Doc;
  /** The sender's private document, if the relay has one for them. */
  own: Y.Doc | null;
}

/** An update the rules allow: what it changes, and whether its bytes say more than that (see SyncedDoc.apply). */
export interface Allowed {
  changes: DocChange[];
  /** Its delete set repeats deletions the document already has (a reconnecting client's sync message does). */
  repeatsDeletions: boolean;
}

/**
 * Decodes an update into what it would change and asks the rules whether the sender may (see `authorizeUpdate` in
 * @notevote/board). Throws a Refusal, or a ProtocolError for bytes that do not decode; returns what it changes
 * otherwise. An update that changes no place passes (e.g. the empty SyncStep2 every client sends).
 */
export function judgeUpdate({ connection, target, where, board, own }: Judged, update: Uint8Array): Allowed {
  const scope = scopeOf(target.doc, update);
  const allowed = { changes: scope.changes, repeatsDeletions: scope.repeatsDeletions };
  if (connection.identity === null && (scope.changes.length > 0 || scope.unresolved > 0))
    throw new Refusal('read-only');
  // Yjs would park what depends on updates that never arrived, and they may never come: nothing is kept pending.
  // (Parked structs could later land anywhere, even outside the schema.)
  if (scope.unresolved > 0 || target.hasClockGap(update)) throw new Refusal('unresolved');
  if (scope.changes.length === 0) return allowed;
  const verdict = authorizeUpdate(
    {
      actor: { role: connection.role, identity: connection.identity },
      session: readSession(board),
      settings: readSettings(board),
      where,
      facts: workspaceFacts({ board, own }, where),
    },
    scope.changes,
  );
  if (!verdict.ok) throw new Refusal(verdict.refusal);
  return allowed;
}

/** The update's scope; bytes that do not decode are a protocol error like any other malformed frame. */
function scopeOf(doc: Y.Doc, update: Uint8Array): UpdateScope {
  try {
    return scopeOfUpdate(doc, update);
  } catch (error) {
    if (error instanceof UpdateDecodeError) throw new ProtocolError('document update is malformed');
    throw error;
  }
}
