import { useSession, useTally } from '../sync/board-context';

/**
 * Whether the projector shows the results (the ranking and the heatmap): once there are public dots and voting is
 * not secret. The phase will decide this (results appear for everyone at the same moment).
 */
export function useResultsShown(): boolean {
  const { ranking } = useTally();
  const { secretVoting } = useSession();
  return !secretVoting && ranking.length > 0;
}
