import type { RoundId } from '@notevote/board';
import { useSession, useUi } from './board-context';
import { resolveRound, resultsShown } from './round-view';

/**
 * The round whose dots and results are on show (the Results panel's choice, the round in progress by default):
 * its id (null: dots outside rounds), whether it is the round in progress, and whether its results may be shown
 * (the round in progress only from Results on).
 */
export function useViewedRound(): { round: RoundId | null; current: boolean; shown: boolean } {
  const viewed = useUi((s) => s.viewedRound);
  const session = useSession();
  const round = resolveRound(viewed, session);
  return { round, current: round === session.roundId, shown: resultsShown(round, session) };
}
