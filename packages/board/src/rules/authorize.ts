import { authorIdFor, deciderIdFor } from '../identity/derive';
import type { NoteId, VoteId } from '../schema/ids';
import { checkNewDot, stackKey } from '../votes/rules';
import type { Action, RuleContext } from './actions';
import { PHASE_ALLOWS } from './phases';
import { ALLOWED, refuse, type Verdict } from './refusals';

/*
 * Who may do what, in which state of the session. This is the behaviour behind the table in docs/SECURITY.md:
 * - a projector changes nothing;
 * - the facilitator may change anything in the schema, except fields only the relay writes, other people's names,
 *   and dots in anyone's name but their own (they may take anyone's dots away, to moderate); the settings, the title
 *   and the report language are theirs alone, at any time;
 * - a participant may, unless the board is locked: create notes (into their private space during silent writing;
 *   putting back one of theirs that was deleted, as undo does, is not a new note),
 *   move, resize, recolour and group any note, edit and delete only their own, place and take back only their own
 *   dots (into their private space during secret voting) within the budget and stacking rule, and set their own name
 *   (not on an anonymous board; allowed even when locked, as joining is not an edit);
 * - anyone creating a note writes themselves as its author (a tag on anonymous boards), and nobody changes it later;
 *   the facilitator may put back a note they deleted (undo) with its author;
 * - in a round, the phase limits what participants may do (rules/phases.ts: write in Write, Reveal and Discuss, vote
 *   only in Vote, nothing in Results), never the facilitator;
 * - a dot carries the current round and sits where the vote allows (`session.dotsOn`); only the facilitator takes
 *   away dots of earlier rounds;
 * - the ballot (`session.ballot`) adds what the budget cannot say: an agreement vote's "dots" carry a rating (and no
 *   other vote's do), and in a supervote only the deciders who accepted being named vote, filing their supervotes
 *   under their decider id (`deciderIdFor`: on an anonymous board a tag, not their user id, so their name ties
 *   nothing else they did to them);
 * - the facilitator names deciders (never as accepted: the name is theirs to give) and may remove any; a decider
 *   accepts or declines only what they were named as (their own entry, same name).
 */

/** Whether the actor may take `action`. The web app gates its tools with this; the relay judges updates with it. */
export function authorize(context: RuleContext, action: Action): Verdict {
  return authorizeAll(context, [action]);
}

/**
 * Whether the actor may take all of `actions` at once (one update): each must be allowed, and the dots they add and
 * remove together must keep the budget and stacking rule. Notes created by these actions count as existing (and as
 * the actor's own) for the others, since a client sends a note and the dot on it in one update after being offline.
 */
export function authorizeAll(context: RuleContext, actions: readonly Action[]): Verdict {
  if (actions.length === 0) return ALLOWED;
  const { actor } = context;
  if (actor.role === 'projector' || actor.identity === null) return refuse('read-only');
  const created = new Set<NoteId>();
  for (const action of actions) if (action.type === 'create-note') created.add(action.noteId);
  for (const action of actions) {
    const verdict = authorizeOne(context, action, created);
    if (!verdict.ok) return verdict;
  }
  return checkBudget(context, actions);
}

function authorizeOne(context: RuleContext, action: Action, created: ReadonlySet<NoteId>): Verdict {
  const { actor, session, settings, where, facts } = context;
  const identity = actor.identity!;
  const me = identity.userId;
  const decider = deciderIdFor(identity, settings.anonymous);
  // Whose dots these are: one's own ballot, or one's supervotes (filed under one's decider id).
  const mine = (voterId: string) => voterId === me || voterId === decider;
  const facilitator = actor.role === 'facilitator';
  const lockedOut = session.locked && !facilitator;
  const allows = facilitator ? ALL_ALLOWED : PHASE_ALLOWS[session.phase];

  if (where === 'private') {
    const inScope =
      action.type === 'create-note' ||
      action.type === 'edit-note' ||
      action.type === 'arrange-note' ||
      action.type === 'delete-note' ||
      action.type === 'change-fixed-field' ||
      ((action.type === 'open-ballot' ||
        action.type === 'clear-ballot' ||
        action.type === 'add-dot' ||
        action.type === 'remove-dot') &&
        action.voterId === me);
    if (!inScope) return refuse('private-scope');
  }

  switch (action.type) {
    case 'write-relay-field':
      return refuse('set-by-relay');
    case 'change-settings':
    case 'change-title':
    case 'change-language':
    case 'change-round':
      return facilitator ? ALLOWED : refuse('facilitator-only');
    case 'arrange-cluster':
      if (lockedOut) return refuse('board-locked');
      return allows.arrange ? ALLOWED : refuse('phase-closed');
    case 'set-person':
      if (action.userId !== me) return refuse('not-your-name');
      return settings.anonymous ? refuse('anonymous-board') : ALLOWED;
    case 'set-decider': {
      const named = facts.decider(action.userId);
      // The person named may accept or decline what they were named as (or step down, removing it).
      if (
        action.userId === decider &&
        named !== undefined &&
        (action.entry === null || action.entry.name === named.name)
      ) {
        return ALLOWED;
      }
      if (!facilitator) return refuse('facilitator-only');
      // A supervote is named by design, so only the decider can say yes to that, even when the facilitator names them.
      if (action.entry?.accepted && !(named?.accepted && named.name === action.entry.name)) {
        return refuse('decider-consent');
      }
      return ALLOWED;
    }
    case 'create-note': {
      if (lockedOut) return refuse('board-locked');
      if (!allows.write) return refuse('phase-closed');
      // Putting back a deleted note (undo) restores its author, which may be someone else's when the facilitator
      // deleted it; the facilitator can already change any note's words, so this lends them nothing new.
      const restoredByFacilitator = facilitator && facts.note(action.noteId)?.live === false;
      if (!restoredByFacilitator && action.authorId !== authorIdFor(identity, action.noteId, settings.anonymous)) {
        return refuse('author-mismatch');
      }
      // Putting back a note the board had (undoing its deletion) is not a new idea: silent writing does not hold it back.
      if (where === 'board' && session.silentWriting && !facilitator && facts.note(action.noteId)?.live !== false) {
        return refuse('silent-writing');
      }
      return ALLOWED;
    }
    case 'edit-note':
    case 'delete-note':
      if (lockedOut) return refuse('board-locked');
      if (!facilitator && !isOwnNote(context, action.noteId, created)) return refuse('not-your-note');
      return allows.write ? ALLOWED : refuse('phase-closed');
    case 'arrange-note':
      if (lockedOut) return refuse('board-locked');
      return allows.arrange ? ALLOWED : refuse('phase-closed');
    case 'change-fixed-field':
      return created.has(action.noteId) ? ALLOWED : refuse('author-mismatch');
    case 'open-ballot':
      if (!mine(action.voterId)) return refuse('not-your-vote');
      if (lockedOut) return refuse('board-locked');
      return allows.vote ? ALLOWED : refuse('phase-closed');
    case 'clear-ballot':
    case 'remove-dot':
      if (!mine(action.voterId) && !facilitator) return refuse('not-your-vote');
      if (lockedOut) return refuse('board-locked');
      if (facilitator) return ALLOWED;
      if (!allows.vote) return refuse('phase-closed');
      // Earlier rounds are history: their dots stay (the facilitator may still take one away, to moderate).
      if (action.type === 'remove-dot') {
        return action.round === undefined || action.round === session.roundId ? ALLOWED : refuse('round-closed');
      }
      return facts.holdsEarlierDots(action.voterId, where) ? refuse('round-closed') : ALLOWED;
    case 'add-dot': {
      if (!mine(action.voterId)) return refuse('not-your-vote');
      if (lockedOut) return refuse('board-locked');
      if (!allows.vote) return refuse('phase-closed');
      if ((action.vote.round ?? null) !== session.roundId) return refuse('wrong-round');
      // Likewise putting back a dot one took back from the board (undo) reveals nothing new.
      if (where === 'board' && session.secretVoting && !facts.dotWasRemoved(me, action.voteId)) {
        return refuse('secret-voting');
      }
      const { noteId, clusterId, rating } = action.vote;
      if (session.ballot === 'agreement' && rating === undefined) return refuse('rating-needed');
      if (session.ballot !== 'agreement' && rating !== undefined) return refuse('not-an-agreement-vote');
      if (session.ballot === 'supervote') {
        if (action.voterId !== decider || facts.decider(decider)?.accepted !== true) return refuse('not-a-decider');
      } else if (action.voterId !== me) {
        return refuse('not-your-vote');
      }
      if (session.dotsOn === 'clusters') {
        if (clusterId === undefined) return refuse('dots-on-clusters');
        return facts.hasCluster(clusterId) ? ALLOWED : refuse('cluster-missing');
      }
      if (clusterId !== undefined) return refuse('not-a-cluster-vote');
      if (noteId === null) return session.dotsOn === 'notes' ? refuse('dots-on-notes') : ALLOWED;
      if (created.has(noteId)) return ALLOWED;
      switch (facts.dotTarget(noteId)) {
        case 'board':
        case 'deleted':
          return ALLOWED;
        case 'private':
          return where === 'private' ? ALLOWED : refuse('note-private');
        case 'unknown':
          return refuse('note-missing');
      }
    }
  }
}

const ALL_ALLOWED = PHASE_ALLOWS.open;

/** Whether the actor wrote the note: it is in their own private space, new in this update, or carries their author id. */
function isOwnNote(
  { actor, settings, where, facts }: RuleContext,
  noteId: NoteId,
  created: ReadonlySet<NoteId>,
): boolean {
  return (
    where === 'private' ||
    created.has(noteId) ||
    facts.note(noteId)?.authorId === authorIdFor(actor.identity!, noteId, settings.anonymous)
  );
}

/**
 * Replays the actor's own dot changes on top of the dots they hold (public and secret, each counted once while a
 * reveal has it in both documents): removals first, then each added dot under the budget and stacking rule.
 */
function checkBudget(context: RuleContext, actions: readonly Action[]): Verdict {
  const identity = context.actor.identity!;
  // One's dots are filed under one's user id, or one's decider id in a supervote; every add-dot was checked to be one.
  const me =
    context.session.ballot === 'supervote' ? deciderIdFor(identity, context.settings.anonymous) : identity.userId;
  if (!actions.some((action) => action.type === 'add-dot' && action.voterId === me)) return ALLOWED;
  const { facts, where } = context;
  const here = facts.ballot(me, where);
  const there = facts.ballot(me, where === 'board' ? 'private' : 'board');
  const dots = new Map<VoteId, string | null>([...there, ...here]);
  for (const action of actions) {
    if (action.type === 'clear-ballot' && action.voterId === me) {
      for (const id of here.keys()) if (!there.has(id)) dots.delete(id);
    }
    if (action.type === 'remove-dot' && action.voterId === me && !there.has(action.voteId)) dots.delete(action.voteId);
  }
  for (const action of actions) {
    if (action.type !== 'add-dot' || action.voterId !== me) continue;
    dots.delete(action.voteId);
    const target = stackKey(action.vote);
    const refusal = checkNewDot(dots, target, context.session);
    if (refusal) return refuse(refusal);
    dots.set(action.voteId, target);
  }
  return ALLOWED;
}
