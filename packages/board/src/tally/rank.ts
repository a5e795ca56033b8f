import type { ClusterId, NoteId } from '../schema/ids';
import type { ClusterTally, NoteTally, RankedCluster, RankedNote } from './types';

/** Orders note ids by UTF-16 code units: locale-independent, so every client ranks identically. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Notes as parallel columns: note i is ids[i], with its votes, distinct voters and creation time. */
export interface NoteColumns {
  readonly ids: readonly NoteId[];
  readonly votes: ArrayLike<number>;
  readonly voters: ArrayLike<number>;
  readonly createdAt: ArrayLike<number>;
}

/**
 * Ranks notes by votes descending; ties go to the earlier note (`createdAt` ascending), then to the smaller note id
 * so the order is total and every client agrees. Ranks are competition ranks (1, 1, 3): notes with equal votes share
 * a rank whatever their tie-break order. Notes with no votes are left out.
 */
export function rankNotes(
  entries: Iterable<readonly [NoteId, NoteTally]>,
  createdAtOf: (noteId: NoteId) => number,
): RankedNote[] {
  const ids: NoteId[] = [];
  const votes: number[] = [];
  const voters: number[] = [];
  const createdAt: number[] = [];
  for (const [noteId, tally] of entries) {
    ids.push(noteId);
    votes.push(tally.votes);
    voters.push(tally.voters);
    createdAt.push(tally.votes > 0 ? createdAtOf(noteId) : 0);
  }
  return rankNoteColumns({ ids, votes, voters, createdAt });
}

/** rankNotes for notes held as columns: sorts note indexes, so no row object is made for a note until it is ranked. */
export function rankNoteColumns(notes: NoteColumns): RankedNote[] {
  const { ids, votes, voters, createdAt } = notes;
  const order: number[] = [];
  for (let i = 0; i < ids.length; i++) if (votes[i]! > 0) order.push(i);
  order.sort((a, b) => votes[b]! - votes[a]! || createdAt[a]! - createdAt[b]! || compareIds(ids[a]!, ids[b]!));
  const ranked: RankedNote[] = [];
  let rank = 0;
  let previousVotes = Number.NaN;
  for (let position = 0; position < order.length; position++) {
    const i = order[position]!;
    const noteVotes = votes[i]!;
    if (noteVotes !== previousVotes) rank = position + 1;
    previousVotes = noteVotes;
    ranked.push({ noteId: ids[i]!, votes: noteVotes, voters: voters[i]!, rank });
  }
  return ranked;
}

/**
 * Ranks clusters by votes descending; ties go to more supporters (distinct voters), then the smaller cluster id.
 * Competition ranks by votes, as for notes. Clusters with no votes are left out.
 */
export function rankClusters(entries: Iterable<readonly [ClusterId, ClusterTally]>): RankedCluster[] {
  const rows: RankedCluster[] = [];
  for (const [clusterId, { votes, voters }] of entries) if (votes > 0) rows.push({ clusterId, votes, voters, rank: 0 });
  rows.sort((a, b) => b.votes - a.votes || b.voters - a.voters || compareIds(a.clusterId, b.clusterId));
  let previousVotes = Number.NaN;
  let rank = 0;
  rows.forEach((row, index) => {
    if (row.votes !== previousVotes) rank = index + 1;
    previousVotes = row.votes;
    row.rank = rank;
  });
  return rows;
}
