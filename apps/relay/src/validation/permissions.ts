import type * as Y from 'yjs';
import {
  checkVote,
  countsTowardBudget,
  hasNote,
  parseVote,
  readSession,
  voterSpending,
  voterVotes,
  type NoteId,
  type Role,
} from '@notevote/board';
import type { UpdateScope } from './types';

/** The rule an update broke; logged and counted by the relay. */
export type PermissionRule =
  | 'outside-schema'
  | 'unresolved'
  | 'read-only'
  | 'session-or-meta'
  | 'other-voter'
  | 'other-person'
  | 'locked'
  | 'malformed-vote'
  | 'budget'
  | 'stacking'
  | 'private-scope'
  /** Not a permission but a limit: the board reached MAX_DOC_BYTES. */
  | 'board-full';

export type PermissionCheck = { ok: true } | { ok: false; rule: PermissionRule; message: string };

export interface PermissionContext {
  role: Role;
  /** The connection's user id (null for a projector). */
  userId: string | null;
  /** The document the update applies to, as it is before the update. */
  doc: Y.Doc;
  /** Whether `doc` is the board (default) or the sender's private document. */
  channel?: 'board' | 'private';
  /** The board, whose session rules apply (default: `doc`). */
  board?: Y.Doc;
  /** The sender's other documents, whose dots spend the same budget (the board, or their private document). */
  others?: readonly Y.Doc[];
}

const refuse = (rule: PermissionRule, message: string): PermissionCheck => ({ ok: false, rule, message });

/**
 * Decides whether a connection may apply an update whose scope is `scope`. The facilitator may change anything in
 * the schema; a participant may write notes and only their own votes and people entry, within the session's budget
 * and stacking rule, and nothing while the board is locked; a projector may change nothing. The vote rules are the
 * same code the web app uses (`checkVote`), so honest clients never trip them.
 */
export function checkPermissions(scope: UpdateScope, context: PermissionContext): PermissionCheck {
  if (scope.touched.length === 0 && scope.unresolved === 0) return { ok: true };
  if (context.role === 'projector' || context.userId === null) {
    return refuse('read-only', 'this is a read-only (projector) link: it cannot change the board');
  }
  for (const { path } of scope.touched) {
    if (path.root === 'unknown') return refuse('outside-schema', `"${path.name}" is not part of the board schema`);
  }
  // Parked structs could later land anywhere (even outside the schema), so nobody may send them.
  if (scope.unresolved > 0) {
    return refuse('unresolved', 'the update depends on changes the relay has not received; reload the board');
  }
  if (context.channel === 'private') {
    for (const { path } of scope.touched) {
      const allowed = path.root === 'notes' || (path.root === 'votes' && path.voterId === context.userId);
      if (!allowed) {
        return refuse('private-scope', 'your private space holds only your own notes and votes; nothing else');
      }
    }
  }
  if (context.role === 'facilitator') return { ok: true };

  const session = readSession(context.board ?? context.doc);
  if (session.locked) return refuse('locked', 'the facilitator has locked the board');
  for (const { path } of scope.touched) {
    if (path.root === 'meta' || path.root === 'session')
      return refuse('session-or-meta', 'only the facilitator can change the board settings');
    if (path.root === 'votes' && path.voterId !== context.userId)
      return refuse('other-voter', 'you can only change your own votes');
    if (path.root === 'people' && path.userId !== context.userId)
      return refuse('other-person', 'you can only change your own name and colour');
  }
  return checkBudget(scope, context.userId, [context.doc, ...(context.others ?? [])], session);
}

/**
 * Replays the update's own votes on top of the voter's current ones, under the same rules the web app applies.
 * `docs[0]` is the document the update applies to; the voter's dots in the others (public and secret) count too.
 */
function checkBudget(
  scope: UpdateScope,
  userId: string,
  docs: readonly [Y.Doc, ...Y.Doc[]],
  session: ReturnType<typeof readSession>,
): PermissionCheck {
  const added = scope.addedVotes.filter((v) => v.voterId === userId);
  if (added.length === 0) return { ok: true };
  const [doc] = docs;
  const { spent: spentBefore, dotsByNote } = voterSpending(docs, userId);
  let spent = spentBefore;
  // Notes this same update creates count as existing for dots placed on them.
  // An insert at notes/<id> that also deletes notes/<id> overwrites an existing note rather than creating one.
  const createdNotes = new Set<NoteId>();
  const replacedNotes = new Set<NoteId>();
  for (const { path, action } of scope.touched) {
    if (path.root !== 'notes' || path.noteId === null || path.field !== null) continue;
    (action === 'insert' ? createdNotes : replacedNotes).add(path.noteId);
  }
  for (const id of replacedNotes) createdNotes.delete(id);
  const noteExists = (id: NoteId) => docs.some((each) => hasNote(each, id)) || createdNotes.has(id);
  const mine = voterVotes(doc, userId);
  for (const { voterId, voteId } of scope.deletedVotes) {
    if (voterId !== userId) continue;
    const vote = parseVote(mine?.get(voteId));
    if (!vote || !countsTowardBudget(vote.noteId, noteExists)) continue;
    spent--;
    if (vote.noteId !== null) dotsByNote.set(vote.noteId, (dotsByNote.get(vote.noteId) ?? 1) - 1);
  }
  for (const { value } of added) {
    const vote = parseVote(value);
    if (!vote) return refuse('malformed-vote', 'a vote must be { noteId, x, y, at } with finite numbers');
    const verdict = checkVote(
      {
        spent,
        noteId: vote.noteId,
        noteExists: vote.noteId === null || noteExists(vote.noteId),
        dotsOnNote: vote.noteId === null ? 0 : (dotsByNote.get(vote.noteId) ?? 0),
      },
      session,
    );
    if (!verdict.ok) {
      // A dot on a missing note is harmless (it counts nowhere), but budget and stacking are the rules of the round.
      if (verdict.reason === 'note-missing') continue;
      return refuse(verdict.reason === 'budget-exhausted' ? 'budget' : 'stacking', verdict.message);
    }
    spent++;
    if (vote.noteId !== null) dotsByNote.set(vote.noteId, (dotsByNote.get(vote.noteId) ?? 0) + 1);
  }
  return { ok: true };
}
