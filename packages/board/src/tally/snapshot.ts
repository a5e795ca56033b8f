import type { ClusterId, NoteId, UserId } from '../schema/ids';
import { compareIds, rankClusters, rankNoteColumns, type NoteColumns } from './rank';
import type { ClusterTally, NoteTally, Tally, VoterTally } from './types';

/** The aggregates a tally is assembled from; both the full scan and the tracker produce these. */
export interface TallyParts {
  round: string | null;
  /** Existing notes; those with 0 votes are dropped. */
  notes: NoteColumns;
  clusters: Iterable<readonly [ClusterId, ClusterTally]>;
  /** Every voter holding a well-formed dot, with their spent budget (`spent[i]` is `spenders[i]`'s). */
  spenders: readonly UserId[];
  spent: ArrayLike<number>;
  votesPerPerson: number;
  totalVotes: number;
  clusterVotes: number;
  freeVotes: number;
  voterCount: number;
}

const byKey = <V>(entries: Iterable<readonly [string, V]>): (readonly [string, V])[] =>
  [...entries].sort((a, b) => compareIds(a[0], b[0]));

/**
 * Builds a `Tally` with deterministic Map order (notes by rank, clusters and voters by id). `voters` is built the
 * first time it is read: a board has more voters than voted notes, ordering them by id is the costliest part of a
 * tally, and most readers (rankings, results, reports) never look at them.
 */
export function assembleTally(parts: TallyParts): Tally {
  const ranking = rankNoteColumns(parts.notes);
  const notes = new Map<NoteId, NoteTally>();
  for (const { noteId, votes, voters } of ranking) notes.set(noteId, { votes, voters });
  const clusters = new Map<ClusterId, ClusterTally>(byKey(parts.clusters).map(([id, c]) => [id, { ...c }]));
  const { spenders, spent, votesPerPerson } = parts;
  let voters: Map<UserId, VoterTally> | undefined;
  return {
    round: parts.round,
    notes,
    clusters,
    get voters() {
      return (voters ??= voterTallies(spenders, spent, votesPerPerson));
    },
    totalVotes: parts.totalVotes,
    clusterVotes: parts.clusterVotes,
    freeVotes: parts.freeVotes,
    voterCount: parts.voterCount,
    votesPerPerson: parts.votesPerPerson,
    ranking,
    clusterRanking: rankClusters(clusters),
  };
}

/** Each spender's budget, by voter id. */
function voterTallies(
  spenders: readonly UserId[],
  spent: ArrayLike<number>,
  votesPerPerson: number,
): Map<UserId, VoterTally> {
  const voters = new Map<UserId, VoterTally>();
  for (const i of idOrder(spenders)) {
    const dots = spent[i]!;
    voters.set(spenders[i]!, { spent: dots, remaining: Math.max(0, votesPerPerson - dots) });
  }
  return voters;
}

/** Indexes of `ids` in id order: sorting small integers, not [id, value] pairs made for the sort. */
function idOrder(ids: readonly string[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < ids.length; i++) order.push(i);
  return order.sort((a, b) => compareIds(ids[a]!, ids[b]!));
}
