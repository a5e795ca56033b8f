import type { ClusterId, NoteId, UserId } from '../schema/ids';
import { compareIds, rankClusters, rankNotes } from './rank';
import type { ClusterTally, NoteTally, Tally, VoterTally } from './types';

/** The aggregates a tally is assembled from; both the full scan and the tracker produce these. */
export interface TallyParts {
  round: string | null;
  /** Existing notes; entries with 0 votes are dropped. */
  notes: Iterable<readonly [NoteId, NoteTally]>;
  createdAtOf: (noteId: NoteId) => number;
  clusters: Iterable<readonly [ClusterId, ClusterTally]>;
  /** Every voter holding a well-formed dot, with their spent budget (possibly 0). */
  spent: Iterable<readonly [UserId, number]>;
  votesPerPerson: number;
  totalVotes: number;
  clusterVotes: number;
  freeVotes: number;
  voterCount: number;
}

const byKey = <V>(entries: Iterable<readonly [string, V]>): (readonly [string, V])[] =>
  [...entries].sort((a, b) => compareIds(a[0], b[0]));

/** Builds a `Tally` with deterministic Map order (notes by rank, clusters and voters by id). */
export function assembleTally(parts: TallyParts): Tally {
  const ranking = rankNotes(parts.notes, parts.createdAtOf);
  const notes = new Map<NoteId, NoteTally>(ranking.map((r) => [r.noteId, { votes: r.votes, voters: r.voters }]));
  const clusters = new Map<ClusterId, ClusterTally>(byKey(parts.clusters).map(([id, c]) => [id, { ...c }]));
  const voters = new Map<UserId, VoterTally>(
    byKey(parts.spent).map(([id, spent]) => [id, { spent, remaining: Math.max(0, parts.votesPerPerson - spent) }]),
  );
  return {
    round: parts.round,
    notes,
    clusters,
    voters,
    totalVotes: parts.totalVotes,
    clusterVotes: parts.clusterVotes,
    freeVotes: parts.freeVotes,
    voterCount: parts.voterCount,
    votesPerPerson: parts.votesPerPerson,
    ranking,
    clusterRanking: rankClusters(clusters),
  };
}
