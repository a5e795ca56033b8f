import type { ClusterId, NoteId, UserId } from '../schema/ids';

/** Dots on one note: `votes` counts dots (stacked dots count individually), `voters` counts distinct voters. */
export interface NoteTally {
  votes: number;
  voters: number;
}

/** A cluster's totals over its existing notes; `voters` is distinct across all of the cluster's notes. */
export interface ClusterTally {
  votes: number;
  voters: number;
  /** Existing notes in the cluster, voted on or not. */
  noteCount: number;
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
 * Vote totals of one board at one moment, as plain data. Both `computeTally` and `TallyTracker` produce exactly the
 * same value, including Map iteration order, so it can be compared structurally.
 *
 * Which entries appear:
 * - `notes`: existing notes with at least one dot, in ranking order. Dots on deleted notes (orphans) count nowhere.
 * - `clusters`: every cluster that holds at least one existing note (even with 0 votes), ordered by cluster id.
 * - `voters`: every voter holding at least one well-formed dot, orphaned ones included (they spend budget until
 *   their voter takes them back; see votes/rules), ordered by voter id.
 * - `ranking`: the same notes as `notes`, by votes descending, then earliest `createdAt`, then note id.
 *
 * Snapshots are never mutated after they are returned; treat them as read-only.
 */
export interface Tally {
  notes: Map<NoteId, NoteTally>;
  clusters: Map<ClusterId, ClusterTally>;
  voters: Map<UserId, VoterTally>;
  /** Dots on existing notes (the sum of `notes`); free dots are not included. */
  totalVotes: number;
  /** Well-formed free dots (noteId null): they spend budget but belong to no note. */
  freeVotes: number;
  /** Distinct voters with at least one dot on an existing note, i.e. the people behind `totalVotes`. */
  voterCount: number;
  /** The session budget the `remaining` values were computed with. */
  votesPerPerson: number;
  ranking: RankedNote[];
}
