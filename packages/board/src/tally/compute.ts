import type * as Y from 'yjs';
import { readSession } from '../doc/session';
import { NO_CLUSTER } from './note-table';
import { NOWHERE, scanBoard, type BoardScan } from './scan';
import { assembleTally } from './snapshot';
import type { Tally } from './types';

/** Which dots a tally counts: those of one round (null: dots cast outside rounds). Default: the round in progress. */
export interface TallyOptions {
  round?: string | null;
}

/**
 * Computes the tally by scanning the whole document: O(notes + dots). This is the reference the incremental
 * `TallyTracker` is tested against: both read the document with `scanBoard`, but this counts the scan directly and
 * shares none of the tracker's bookkeeping.
 *
 * It is also what a joining client or a report runs on a full board, hence the flat shape: notes become small
 * integer indexes, dots are counted into typed arrays, and no object is allocated per dot.
 */
export function computeTally(doc: Y.Doc, options: TallyOptions = {}): Tally {
  const session = readSession(doc);
  const round = options.round === undefined ? session.roundId : options.round;
  const scan = scanBoard(doc, round, { withVoteIds: false });
  return tallyOfCounts(scan, countDots(scan), session.votesPerPerson);
}

/** The Tally of a scan whose dots `countDots` has counted: spent budgets, ranking and output Maps. */
export function tallyOfCounts(scan: BoardScan, counts: DotCounts, votesPerPerson: number): Tally {
  const { notes } = scan;
  const spent: number[] = [];
  const spenders: string[] = [];
  for (let v = 0; v < scan.voterIds.length; v++) {
    const dots = scan.firstDot[v + 1]! - scan.firstDot[v]!;
    if (dots === 0) continue;
    spenders.push(scan.voterIds[v]!);
    spent.push(dots);
  }
  return assembleTally({
    round: scan.round,
    notes: { ids: notes.ids, votes: counts.noteVotes, voters: counts.noteVoters, createdAt: notes.createdAt },
    clusters: clusterEntries(scan, counts),
    spenders,
    spent,
    votesPerPerson,
    totalVotes: counts.totalVotes,
    clusterVotes: counts.onClusters,
    freeVotes: counts.freeVotes,
    voterCount: counts.voterCount,
  });
}

/** Dot counts by note and cluster slot (existing ones only), and the totals. */
export interface DotCounts {
  noteVotes: Int32Array;
  noteVoters: Int32Array;
  clusterVotes: Int32Array;
  clusterVoters: Int32Array;
  /** Dots on each cluster as a whole (included in clusterVotes). */
  clusterDots: Int32Array;
  totalVotes: number;
  freeVotes: number;
  onClusters: number;
  voterCount: number;
}

/**
 * One pass over every voter's dots. A voter's dots are visited one after another, so "is this voter new to this
 * note (or cluster)?" is answered by remembering the last voter counted there, instead of a set of voters per note.
 * Slots past the existing notes and clusters are orphaned dots: they spend their voter's budget but count nowhere.
 */
export function countDots(scan: BoardScan): DotCounts {
  const { notes, firstDot, dotOnNote, dotOnCluster } = scan;
  const { clusterOf } = notes;
  const noteCount = notes.ids.length;
  const clusterCount = notes.clusterIds.length;
  const noteVotes = new Int32Array(noteCount);
  const noteVoters = new Int32Array(noteCount);
  const clusterVotes = new Int32Array(clusterCount);
  const clusterVoters = new Int32Array(clusterCount);
  const clusterDots = new Int32Array(clusterCount);
  const lastVoterOfNote = new Int32Array(noteCount).fill(-1);
  const lastVoterOfCluster = new Int32Array(clusterCount).fill(-1);
  let totalVotes = 0;
  let freeVotes = 0;
  let onClusters = 0;
  let voterCount = 0;
  for (let voter = 0; voter < scan.voterIds.length; voter++) {
    let counted = 0;
    for (let dot = firstDot[voter]!; dot < firstDot[voter + 1]!; dot++) {
      const note = dotOnNote[dot]!;
      let cluster = dotOnCluster[dot]!;
      if (note !== NOWHERE) {
        if (note >= noteCount) continue;
        counted++;
        totalVotes++;
        noteVotes[note]!++;
        if (lastVoterOfNote[note] !== voter) {
          lastVoterOfNote[note] = voter;
          noteVoters[note]!++;
        }
        cluster = clusterOf[note]!;
        if (cluster === NO_CLUSTER) continue;
      } else if (cluster === NOWHERE) {
        freeVotes++;
        continue;
      } else {
        if (cluster >= clusterCount) continue;
        counted++;
        onClusters++;
        clusterDots[cluster]!++;
      }
      clusterVotes[cluster]!++;
      if (lastVoterOfCluster[cluster] !== voter) {
        lastVoterOfCluster[cluster] = voter;
        clusterVoters[cluster]!++;
      }
    }
    if (counted > 0) voterCount++;
  }
  return {
    noteVotes,
    noteVoters,
    clusterVotes,
    clusterVoters,
    clusterDots,
    totalVotes,
    freeVotes,
    onClusters,
    voterCount,
  };
}

/** Every cluster holding at least one existing note, voted on or not. */
function clusterEntries(scan: BoardScan, counts: DotCounts) {
  const { clusterIds, clusterOf } = scan.notes;
  const noteCounts = new Int32Array(clusterIds.length);
  for (const cluster of clusterOf) if (cluster !== NO_CLUSTER) noteCounts[cluster]!++;
  return clusterIds.map(
    (clusterId, i) =>
      [
        clusterId,
        {
          votes: counts.clusterVotes[i]!,
          voters: counts.clusterVoters[i]!,
          noteCount: noteCounts[i]!,
          clusterDots: counts.clusterDots[i]!,
        },
      ] as const,
  );
}
