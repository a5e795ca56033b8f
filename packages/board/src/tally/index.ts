export type { ClusterTally, NoteTally, RankedCluster, RankedNote, Tally, VoterTally } from './types';
export { rankClusters, rankNotes } from './rank';
export { computeTally, type TallyOptions } from './compute';
export {
  TallyTracker,
  createTallyTracker,
  type TallyListener,
  type TallyTrackerStats,
  type TrackerOptions,
} from './tracker';
export {
  computeDecisions,
  computeRatings,
  mayBreakDown,
  supportSpread,
  type Decision,
  type RatingTally,
} from './ballot-results';
/** computeTally's phases one by one, for the board bench only (see phases.ts). */
export * as tallyPhases from './phases';
