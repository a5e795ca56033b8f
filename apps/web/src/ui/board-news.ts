import type { NoteId, Phase, RoundId } from '@notevote/board';

/*
 * What is worth telling a screen-reader user about the board, derived from two readings of the document (through
 * the board package's readers), never from network events: a new phase, results shown, notes revealed or added by
 * others, and this person's votes left after a change of their own. Not who joined or moved what: too chatty.
 */

/** One reading of the board, as far as announcements care. */
export interface BoardFacts {
  phase: Phase;
  silentWriting: boolean;
  /** The notes this person sees that someone else wrote. */
  othersNotes: ReadonlySet<NoteId>;
  /** This person's dots spending the round's budget; null for someone who cannot vote (a projector, not loaded). */
  spent: number | null;
  votesPerPerson: number;
  roundId: RoundId | null;
}

export type BoardNews =
  | { kind: 'phase'; phase: Phase }
  | { kind: 'results' }
  | { kind: 'notes-revealed'; count: number }
  | { kind: 'notes-added'; count: number }
  | { kind: 'votes-left'; left: number; total: number };

/** What the tracker remembers between readings. */
export interface NewsState {
  facts: BoardFacts;
  /**
   * Silent writing has ended and the notes it held have not arrived yet: the relay copies them in its own update,
   * which may come after the one that ended the mode. The next notes to arrive are the revealed ones.
   */
  revealing: boolean;
}

/** Starts tracking from the board as it is now: nothing already there is news. */
export function startNews(facts: BoardFacts): NewsState {
  return { facts, revealing: false };
}

/** What changed between the last reading and `after` that is worth announcing, and the state to keep. */
export function boardNews(state: NewsState, after: BoardFacts): { news: BoardNews[]; state: NewsState } {
  const before = state.facts;
  const news: BoardNews[] = [];
  let revealing = after.silentWriting
    ? false
    : state.revealing || (before.silentWriting && !after.silentWriting) || false;

  if (after.phase !== before.phase) {
    news.push({ kind: 'phase', phase: after.phase });
    if (after.phase === 'results') news.push({ kind: 'results' });
  }

  let arrived = 0;
  for (const id of after.othersNotes) if (!before.othersNotes.has(id)) arrived++;
  if (arrived > 0) {
    news.push({ kind: revealing ? 'notes-revealed' : 'notes-added', count: arrived });
    revealing = false;
  }

  const sameBudget = before.roundId === after.roundId && before.votesPerPerson === after.votesPerPerson;
  if (sameBudget && before.spent !== null && after.spent !== null && before.spent !== after.spent) {
    news.push({
      kind: 'votes-left',
      left: Math.max(0, after.votesPerPerson - after.spent),
      total: after.votesPerPerson,
    });
  }
  return { news, state: { facts: after, revealing } };
}
