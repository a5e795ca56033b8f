import type { ClusterId, NoteId, UserId } from '../schema/ids';

/** Dots on one note: `votes` counts dots (stacked dots count individually), `voters` counts distinct voters. */
export interface NoteTally {
  votes: number;
  voters: number;
}

/**
 * A cluster's totals: the dots on its existing notes plus the dots placed on the cluster as a whole (a round voting
 * on clusters); `voters` is distinct across all of them (the cluster's supporters).
 */
export interface ClusterTally {
  votes: number;
  voters: number;
  /** Existing notes in the cluster, voted on or not. */
  noteCount: number;
  /** Of `votes`, the dots placed on the cluster as a whole. */
  clusterDots: number;
}

/** One entry of the cluster ranking (competition ranks, like notes). */
export interface RankedCluster {
  clusterId: ClusterId;
  votes: number;
  voters: number;
  rank: number;
}

/** One voter's budget: `spent` counts every well-formed dot, orphaned ones too, until the voter takes them back. */
export interface VoterTally {
  spent: number;
  /** max(0, votesPerPerson − spent); a budget lowered below what was already spent gives 0, never negative. */
  remaining: number;
}

/** One entry of the ranking. `rank` is 1-based competition ranking: equal vote counts share a rank (1, 1, 3). */
export interface RankedNote {
  noteId: NoteId;
  votes: number;
  voters: number;
  rank: number;
}

/**
 * Vote totals of one round of a board at one moment, as plain data: only the dots of that round (`round`; null for
 * dots cast outside rounds) count, and only they spend its budget. Both `computeTally` and `TallyTracker` produce exactly the
 * same value, including Map iteration order, so it can be compared structurally.
 *
 * Which entries appear:
 * - `notes`: existing notes with at least one dot, in ranking order. Dots on deleted notes (orphans) count nowhere.
 * - `clusters`: every cluster that holds at least one existing note (even with 0 votes), ordered by cluster id. Dots
 *   on a cluster that holds no existing note count nowhere (like dots on a deleted note).
 * - `voters`: every voter holding at least one well-formed dot, orphaned ones included (they spend budget until
 *   their voter takes them back; see votes/rules), ordered by voter id. Built when first read (a getter): the same
 *   value every time, but a reader that never looks at it does not pay for it.
 * - `ranking`: the same notes as `notes`, by votes descending, then earliest `createdAt`, then note id.
 *
 * Snapshots are never mutated after they are returned; treat them as read-only.
 */
export interface Tally {
  /** The round counted. */
  round: string | null;
  notes: Map<NoteId, NoteTally>;
  clusters: Map<ClusterId, ClusterTally>;
  voters: Map<UserId, VoterTally>;
  /** Dots on existing notes (the sum of `notes`); free dots and dots on clusters are not included. */
  totalVotes: number;
  /** Dots on clusters as wholes, on clusters that hold existing notes. */
  clusterVotes: number;
  /** Well-formed free dots (on no note, no cluster): they spend budget but belong to no note. */
  freeVotes: number;
  /** Distinct voters with at least one dot counted on an existing note or cluster, i.e. the people behind the votes. */
  voterCount: number;
  /** The session budget the `remaining` values were computed with. */
  votesPerPerson: number;
  ranking: RankedNote[];
  /** Clusters with at least one dot, by votes descending, then supporters, then cluster id. */
  clusterRanking: RankedCluster[];
}
