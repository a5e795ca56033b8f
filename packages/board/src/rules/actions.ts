import type { ClusterId, NoteId, RoundId, UserId, VoteId } from '../schema/ids';
import type { BoardLanguage } from '../schema/languages';
import type { Role } from '../schema/roles';
import type { Decider, Session, Vote } from '../schema/types';
import type { BoardIdentity } from '../identity/derive';
import type { Where } from './changes';

/** Something a person does to a board, as the rules see it. The web app asks about these before offering a tool. */
export type Action =
  /** `authorId` is what the new note claims (null when it claims none). */
  | { type: 'create-note'; noteId: NoteId; authorId: string | null }
  /** Its words. */
  | { type: 'edit-note'; noteId: NoteId }
  /** Move, resize, recolour, group, bring to front. */
  | { type: 'arrange-note'; noteId: NoteId }
  | { type: 'delete-note'; noteId: NoteId }
  /** Changing a note's author or creation time after it was created. */
  | { type: 'change-fixed-field'; noteId: NoteId }
  /** Creating a voter's map of dots, or removing it (and every dot in it). */
  | { type: 'open-ballot'; voterId: UserId }
  | { type: 'clear-ballot'; voterId: UserId }
  | { type: 'add-dot'; voterId: UserId; voteId: VoteId; vote: Vote }
  /** `round`: the round of the dot taken away (null: outside rounds), or undefined when it cannot be told. */
  | { type: 'remove-dot'; voterId: UserId; voteId: VoteId; round?: RoundId | null }
  /** Creating, renaming or removing a named cluster (grouping notes is arranging them). */
  | { type: 'arrange-cluster'; clusterId: ClusterId }
  /** Starting a round or writing its record (number, title, phase times). */
  | { type: 'change-round'; roundId: RoundId }
  | { type: 'set-person'; userId: UserId }
  /** Naming, renaming or removing a decider (`entry` null), or the decider accepting or declining. */
  | { type: 'set-decider'; userId: UserId; entry: Decider | null }
  | { type: 'change-settings'; key: string }
  | { type: 'change-title' }
  /** The language the board's reports are written in. */
  | { type: 'change-language' }
  | { type: 'write-relay-field'; key: string };

/** Board-wide settings (read from `meta`). */
export interface BoardSettings {
  /** Nobody can tell who wrote a note or placed a dot (see docs/SECURITY.md). Fixed before the first note or dot. */
  anonymous: boolean;
  /** The language the board's reports and exports are written in; the facilitator may change it at any time. */
  language: BoardLanguage;
}

/** Who is acting: the role of their link, and (except for a projector) their identity on this board. */
export interface Actor {
  role: Role;
  identity: BoardIdentity | null;
}

/** A note as the rules see it, in the document an action applies to. */
export interface NoteFact {
  /** False for a note that was deleted (its id is known, its content gone). */
  live: boolean;
  /** Its stored `authorId`; null when it has none. */
  authorId: string | null;
}

/** Where the note a dot points at is, from the voter's point of view. */
export type DotTarget = 'board' | 'private' | 'deleted' | 'unknown';

/**
 * What the rules need to know about the board beyond the action itself. The relay and the web app answer from their
 * documents (`workspaceFacts` in src/doc); the rules never touch Yjs.
 */
export interface RuleFacts {
  /** The note in the document the action applies to; undefined when that document never had it. */
  note(noteId: NoteId): NoteFact | undefined;
  /** Where a dot's note is for the voter (the board, their private document, deleted, or nowhere). */
  dotTarget(noteId: NoteId): DotTarget;
  /**
   * The voter's well-formed dots of the current round in one document: vote id → what the dot sits on for the
   * stacking rule (`stackKey`: a note id, a cluster key, or null for a free dot).
   */
  ballot(voterId: UserId, where: Where): ReadonlyMap<VoteId, string | null>;
  /** Whether the voter had the dot `voteId` on the board and took it back (so putting it back restores it). */
  dotWasRemoved(voterId: UserId, voteId: VoteId): boolean;
  /** Whether the board has the named cluster. */
  hasCluster(clusterId: ClusterId): boolean;
  /** Whether the voter holds dots of rounds other than the current one (in the given document). */
  holdsEarlierDots(voterId: UserId, where: Where): boolean;
  /** The decider named under this user id, or undefined. */
  decider(userId: UserId): Decider | undefined;
}

/** Everything `authorize` reads. */
export interface RuleContext {
  actor: Actor;
  session: Session;
  settings: BoardSettings;
  /** The document the actions apply to. */
  where: Where;
  facts: RuleFacts;
}
