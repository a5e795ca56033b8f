import { resultsVisible } from '@notevote/board';
import { useSession, useTally } from '../sync/board-context';

/**
 * Whether the projector shows the results (the ranking and the heatmap): in a round from its Results phase on, so
 * they appear for everyone at the same moment; on an open board once there are public dots and voting is not secret.
 */
export function useResultsShown(): boolean {
  const { ranking } = useTally();
  const { secretVoting, phase } = useSession();
  if (!resultsVisible(phase)) return false;
  return phase !== 'open' || (!secretVoting && ranking.length > 0);
}
