import {
  authorIdFor,
  authorize,
  ballotDrawsDots,
  deciderIdFor,
  docWithNote,
  readDecider,
  readSession,
  readSettings,
  voterIdIn,
  workspaceFacts,
  type Action,
  type BoardIdentity,
  type NoteId,
  type PhaseAllows,
  type Role,
  type Verdict,
  type Where,
  type Workspace,
} from '@notevote/board';
import type { BoardConnection } from './board-connection';

/** Who asks, on which documents: what `authorize` needs besides the action (a BoardConnection is one). */
export interface Asker {
  role: Role | null;
  identity: BoardIdentity | null;
  workspace: Workspace;
}

/**
 * Asks the board's rules — the same `authorize` the relay judges every update with — whether this person may take
 * `action` in `where`. The UI offers only what this allows, so an honest client is never refused by the relay.
 */
export function may(asker: Asker, action: Action, where: Where = 'board'): Verdict {
  const board = asker.workspace.board;
  return authorize(
    {
      actor: { role: asker.role ?? 'projector', identity: asker.identity },
      session: readSession(board),
      settings: readSettings(board),
      where,
      facts: workspaceFacts(asker.workspace, where),
    },
    action,
  );
}

/** A note id no document has: the probes below ask about the phase and the lock, never about a particular note. */
const PROBE_NOTE: NoteId = 'phase-probe';

const NOTHING: Readonly<PhaseAllows> = Object.freeze({ write: false, arrange: false, vote: false });

/**
 * What this person may do right now, as the rules say for the current phase, lock and role: write (add notes),
 * arrange (move notes) and vote — with the vote tools, that is: place dots. The tools, shortcuts, canvas gestures and
 * the phone bar are gated by it. A projector, or anyone before the board has loaded, may do nothing; the facilitator
 * is held to no phase. An agreement vote has no dots to place (its ratings are given with the rating buttons, gated by
 * `votingClosed`), and in a supervote only a decider who accepted places any.
 */
export function allowedNow(asker: Asker): PhaseAllows {
  const { identity } = asker;
  if (!identity || asker.role === 'projector' || asker.role === null) return NOTHING;
  const session = readSession(asker.workspace.board);
  const anonymous = readSettings(asker.workspace.board).anonymous;
  // New notes and dots go where the app would put them: the private document while a secrecy mode is on.
  const notesGo: Where = session.silentWriting && asker.workspace.own ? 'private' : 'board';
  return {
    write: may(
      asker,
      { type: 'create-note', noteId: PROBE_NOTE, authorId: authorIdFor(identity, PROBE_NOTE, anonymous) },
      notesGo,
    ).ok,
    arrange: may(asker, { type: 'arrange-note', noteId: PROBE_NOTE }).ok,
    vote:
      mayOpenBallot(asker, identity).ok && ballotRefusal(asker, identity) === null && ballotDrawsDots(session.ballot),
  };
}

/**
 * What the ballot asks of this person beyond the phase (`add-dot` in the rules): in a supervote, to be a decider who
 * accepted being named. Asked here once rather than per dot, so the tools and the notes list can say so up front.
 */
function ballotRefusal(asker: Asker, identity: BoardIdentity): 'not-a-decider' | null {
  const { ballot } = readSession(asker.workspace.board);
  if (ballot !== 'supervote') return null;
  const decider = deciderIdFor(identity, readSettings(asker.workspace.board).anonymous);
  return readDecider(asker.workspace.board, decider)?.accepted === true ? null : 'not-a-decider';
}

/** The vote probe: may this person hold dots now (in the document their new dots would go to)? */
function mayOpenBallot(asker: Asker, identity: BoardIdentity): Verdict {
  const session = readSession(asker.workspace.board);
  const dotsGo: Where = session.secretVoting && asker.workspace.own ? 'private' : 'board';
  const voterId = voterIdIn(session, identity, readSettings(asker.workspace.board).anonymous);
  return may(asker, { type: 'open-ballot', voterId }, dotsGo);
}

/**
 * Why someone may not place or take back dots (or ratings) right now, whatever they sit on: `not-a-decider` in a
 * supervote for everyone but the deciders who accepted.
 */
export type VotingClosed = 'read-only' | 'loading' | 'phase-closed' | 'board-locked' | 'not-a-decider';

/**
 * Why this person may not vote right now, or null when they may: a projector link, a board that has not loaded yet
 * (their identity on it is not known), or the rules' answer to the same probes `allowedNow` asks (the phase, the lock,
 * the ballot). The notes list says this beside its vote buttons, where the toolbar simply leaves the vote tool out.
 */
export function votingClosed(asker: Asker): VotingClosed | null {
  if (asker.role === 'projector') return 'read-only';
  if (!asker.identity || asker.role === null) return 'loading';
  const verdict = mayOpenBallot(asker, asker.identity);
  if (!verdict.ok) return verdict.refusal === 'board-locked' ? 'board-locked' : 'phase-closed';
  return ballotRefusal(asker, asker.identity);
}

/** The document that holds a note, as the rules name it. */
function whereIs(connection: BoardConnection, noteId: NoteId): Where {
  return docWithNote(connection.workspace, noteId) === connection.workspace.own ? 'private' : 'board';
}

/** Whether this person may edit the words of a note (their own, or any as the facilitator). */
export function mayEditNote(connection: BoardConnection, noteId: NoteId): Verdict {
  return may(connection, { type: 'edit-note', noteId }, whereIs(connection, noteId));
}

/** Whether this person may delete every one of these notes; the first refusal otherwise. */
export function mayDeleteNotes(connection: BoardConnection, noteIds: Iterable<NoteId>): Verdict {
  for (const noteId of noteIds) {
    const verdict = may(connection, { type: 'delete-note', noteId }, whereIs(connection, noteId));
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}
