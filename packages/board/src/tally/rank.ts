import type { ClusterId, NoteId } from '../schema/ids';
import type { ClusterTally, NoteTally, RankedCluster, RankedNote } from './types';

/** Orders note ids by UTF-16 code units: locale-independent, so every client ranks identically. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  const rows: { noteId: NoteId; votes: number; voters: number; createdAt: number }[] = [];
  for (const [noteId, { votes, voters }] of entries) {
    if (votes > 0) rows.push({ noteId, votes, voters, createdAt: createdAtOf(noteId) });
  }
  rows.sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt || compareIds(a.noteId, b.noteId));
  const ranked: RankedNote[] = [];
  let rank = 0;
  let previousVotes = Number.NaN;
  rows.forEach((row, index) => {
    if (row.votes !== previousVotes) rank = index + 1;
    previousVotes = row.votes;
    ranked.push({ noteId: row.noteId, votes: row.votes, voters: row.voters, rank });
  });
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
