import { resultsVisible, type Phase, type PlacedVote, type RoundId, type Session, type Tally } from '@notevote/board';
import type { ViewedRound } from '../state/ui-store';

/*
 * Which round's dots are on show. The tallies, the ranking, the heatmap and the dots on the board are one round's
 * (the round in progress unless the Results panel chose an earlier one); a new round starts with a clean board.
 */

/** The round `viewed` stands for, given the round in progress (null: the dots cast outside rounds). */
export function resolveRound(viewed: ViewedRound, session: Pick<Session, 'roundId'>): RoundId | null {
  return viewed === 'current' ? session.roundId : viewed;
}

/** What to store when the person picks `round`: the round in progress is `current`, so the view follows the next one. */
export function viewFor(round: RoundId | null, session: Pick<Session, 'roundId'>): ViewedRound {
  return round === session.roundId ? 'current' : round;
}

/** The dots of one round (dots without a round were cast outside rounds). */
export function dotsOfRound(votes: Iterable<PlacedVote>, round: RoundId | null): PlacedVote[] {
  const dots: PlacedVote[] = [];
  for (const placed of votes) if ((placed.vote.round ?? null) === round) dots.push(placed);
  return dots;
}

/**
 * Whether a round's results may be shown: an earlier round's always (they were shown when it ended, or are shown now
 * that it has); the round in progress only in the phases that show results (Results, Discuss, or the open board).
 */
export function resultsShown(round: RoundId | null, session: Pick<Session, 'roundId'> & { phase: Phase }): boolean {
  return round !== session.roundId || resultsVisible(session.phase);
}

/** Every dot a round's tally counts: on notes, on clusters as wholes, and free ones. */
export function dotsCounted(tally: Pick<Tally, 'totalVotes' | 'clusterVotes' | 'freeVotes'>): number {
  return tally.totalVotes + tally.clusterVotes + tally.freeVotes;
}
