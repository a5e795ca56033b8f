import { stackKey, type Note, type NoteId, type PlacedVote, type RoundId, type VoteInCheck } from '@notevote/board';
import type { VotingClosed } from '../sync/permissions';
import { graphemes } from '../canvas/line-breaks';
import { readingOrder, type ReadingDirection } from './reading-order';

/*
 * What the notes list shows, as pure functions: the order of its items, what a note is called, and what its vote
 * button offers. The list component only renders these (and the keyboard commands use the same order).
 */

/** How the list is sorted. `votes` is offered only while the counts are visible in this phase. */
export type NoteListOrder = 'position' | 'votes' | 'alphabetical';

/** The longest note text (in characters as people see them) that goes into a button's name. */
export const NAME_LENGTH = 80;

/**
 * A note's words on one line (line breaks and runs of spaces become one space), or `untitled` for a note with none.
 * Long texts are cut at `max` graphemes with an ellipsis: a screen reader reads a button's whole name every time.
 */
export function noteLabel(text: string, untitled: string, max = Infinity): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (!words) return untitled;
  if (words.length <= max) return words;
  const parts = graphemes(words);
  if (parts.length <= max) return words;
  return `${parts.slice(0, max).join('').trimEnd()}…`;
}

/** The order actually used: by votes only while the counts may be shown, else by position. */
export function effectiveOrder(order: NoteListOrder, countsVisible: boolean): NoteListOrder {
  return order === 'votes' && !countsVisible ? 'position' : order;
}

export interface OrderContext {
  direction: ReadingDirection;
  /** Dots on a note (only read when sorting by votes, i.e. while the counts are visible). */
  votesOf: (noteId: NoteId) => number;
  countsVisible: boolean;
  /** Compares two labels as the interface language sorts words (`Intl.Collator`). */
  compare: (a: string, b: string) => number;
  /** The label each note is listed under (see `noteLabel`); untitled notes go after the named ones. */
  label: (note: Note) => string | null;
}

/**
 * The list's items in `order`: by position (reading order), by votes (most first; ties in reading order), or
 * alphabetically by the interface language's collation (ties and untitled notes in reading order, untitled last).
 */
export function orderNotes(notes: Iterable<Note>, order: NoteListOrder, context: OrderContext): Note[] {
  const byPosition = readingOrder(notes, context.direction);
  const used = effectiveOrder(order, context.countsVisible);
  if (used === 'position') return byPosition;
  const rank = new Map(byPosition.map((note, index) => [note.id, index]));
  const inReadingOrder = (a: Note, b: Note) => rank.get(a.id)! - rank.get(b.id)!;
  if (used === 'votes') {
    return byPosition.sort((a, b) => context.votesOf(b.id) - context.votesOf(a.id) || inReadingOrder(a, b));
  }
  const labels = new Map(byPosition.map((note) => [note.id, context.label(note)]));
  return byPosition.sort((a, b) => {
    const la = labels.get(a.id) ?? null;
    const lb = labels.get(b.id) ?? null;
    if (la === null || lb === null) return la === lb ? inReadingOrder(a, b) : la === null ? 1 : -1;
    return context.compare(la, lb) || inReadingOrder(a, b);
  });
}

/**
 * This person's dots of the round in progress, by what they sit on (`stackKey`: a note id, `cluster:<id>`), each list
 * oldest first, so taking one back takes the latest.
 */
export function myDotsByTarget(
  votes: Iterable<PlacedVote>,
  me: string | null,
  round: RoundId | null,
): Map<string, string[]> {
  const mine = new Map<string, Array<{ voteId: string; at: number }>>();
  if (me === null) return new Map();
  for (const placed of votes) {
    if (placed.voterId !== me || (placed.vote.round ?? null) !== round) continue;
    const key = stackKey(placed.vote);
    if (key === null) continue;
    const list = mine.get(key) ?? [];
    list.push({ voteId: placed.voteId, at: placed.vote.at });
    mine.set(key, list);
  }
  const sorted = new Map<string, string[]>();
  for (const [key, list] of mine) {
    list.sort((a, b) => a.at - b.at || (a.voteId < b.voteId ? -1 : 1));
    sorted.set(
      key,
      list.map((each) => each.voteId),
    );
  }
  return sorted;
}

/**
 * Why a vote button would be refused: voting closed for this person now, whatever the target (`votingClosed` in
 * sync/permissions), or the target's own reasons (`canCastVoteIn`): budget, stacking, what dots sit on, a private note.
 */
export type VoteBlock = VotingClosed | Extract<VoteInCheck, { ok: false }>['reason'];

/** Whether a block closes voting as a whole (then taking a dot back is closed too), not just one more dot here. */
export function isVotingClosed(block: VoteBlock): block is VotingClosed {
  return (
    block === 'read-only' ||
    block === 'loading' ||
    block === 'phase-closed' ||
    block === 'board-locked' ||
    block === 'not-a-decider'
  );
}

/** What a note's (or cluster's) vote controls offer. */
export interface VoteControls {
  /** The main button: vote, or take back your dot (one dot per note, and yours is on it): it toggles. */
  main: 'vote' | 'take-back';
  /** Why the main button would be refused (it stays focusable and says why when pressed), or null. */
  blocked: VoteBlock | null;
  /** A second button to take back one of your dots here, when stacking lets you place several. */
  takeBack: boolean;
}

/**
 * The vote controls of one target from what the rules answer: `closed` (voting closed for this person now, from the
 * phase, lock and role) and `check` (`canCastVoteIn` for one more dot on it), and how many of your dots sit there.
 */
export function voteControls({
  closed,
  check,
  myDots,
  stacking,
}: {
  closed: VotingClosed | null;
  check: VoteInCheck;
  myDots: number;
  stacking: boolean;
}): VoteControls {
  const toggles = !stacking && myDots > 0;
  if (toggles) return { main: 'take-back', blocked: closed, takeBack: false };
  return { main: 'vote', blocked: closed ?? (check.ok ? null : check.reason), takeBack: stacking && myDots > 0 };
}

/** The i18n key (and values) of the sentence that says why a vote button is blocked. */
export function blockMessage(block: VoteBlock, total: number): { key: string; values: Record<string, unknown> } {
  switch (block) {
    case 'read-only':
      return { key: 'refusals.read-only', values: {} };
    case 'loading':
      return { key: 'status.loading', values: {} };
    case 'phase-closed':
      return { key: 'noteList.closed', values: {} };
    case 'board-locked':
      return { key: 'noteList.locked', values: {} };
    case 'dots-on-clusters':
      return { key: 'noteList.onClusters', values: {} };
    default:
      return { key: `votes.refused.${block}`, values: { total } };
  }
}
