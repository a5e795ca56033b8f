export type { ClusterTally, NoteTally, RankedNote, Tally, VoterTally } from './types';
export { rankNotes } from './rank';
export { computeTally } from './compute';
export { TallyTracker, createTallyTracker, type TallyListener, type TallyTrackerStats } from './tracker';
