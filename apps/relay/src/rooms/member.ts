import type { BoardIdentity, RefusalCode } from '@notevote/board';
import type { Role } from '../auth/capabilities';
import type { CloseCodeValue } from '../sync/close-codes';

/** What a member syncs: the shared board, or its own user's private document `<boardId>/<userId>`. */
export type Channel = 'board' | 'private';

/**
 * Someone in a room, as the room sees them: a client's WebSocket on this instance (`Connection`), or one on another
 * instance whose frames that instance forwards here, where the board is (`RemoteMember`, see cluster/). The room
 * judges, applies and relays the same way for both, so the rules hold whichever instance a client reached.
 */
export interface RoomMember {
  /** Short id for logs; never derived from anything the user typed. */
  readonly id: string;
  /** What this member's link allows. */
  readonly role: Role;
  /** The link generation it was admitted with, so replacing the link can close it. */
  readonly epoch: number;
  readonly channel: Channel;
  /** Who it acts as on its board; null for a projector. Bound once the board is loaded (`identify`). */
  readonly identity: BoardIdentity | null;
  readonly userId: string | null;
  readonly isOpen: boolean;
  identify(identity: BoardIdentity | null): void;
  /**
   * Sends one frame (or closes the member when it cannot keep up). `once`: these bytes go to this member alone (a
   * sender's copy of a presence batch), so they need not be kept for other sockets (see `sharedBinaryFrame`).
   */
  send(frame: Uint8Array, options?: { once?: boolean }): void;
  /** Closes with a code and a refusal code as the reason (clients translate it). */
  close(code: CloseCodeValue, reason: RefusalCode): void;
  /** Keepalive and liveness, called periodically (a remote member's own instance does this for it). */
  heartbeat(now: number, keepaliveMs: number): void;
}
