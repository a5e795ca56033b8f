import * as Y from 'yjs';
import type { ClusterId, NoteId, UserId } from '../schema/ids';
import { votesMap } from '../doc/access';
import { readSession } from '../doc/session';
import { CLUSTER_KEY_PREFIX, dotKey } from './fields';
import { NO_CLUSTER, readNoteTable, type NoteTable } from './note-table';
import { assembleTally } from './snapshot';
import type { ClusterTally, NoteTally, Tally } from './types';

/** Which dots a tally counts: those of one round (null: dots cast outside rounds). Default: the round in progress. */
export interface TallyOptions {
  round?: string | null;
}

/** Dot counts by note and cluster index (see NoteTable), plus each voter's spending. */
interface DotCounts {
  noteVotes: Int32Array;
  noteVoters: Int32Array;
  clusterVotes: Int32Array;
  clusterVoters: Int32Array;
  /** Dots on each cluster as a whole (included in clusterVotes). */
  clusterDots: Int32Array;
  /** Every voter with a well-formed dot of the round, orphaned ones included, with what they spent. */
  spent: [UserId, number][];
  freeVotes: number;
  onClusters: number;
  voterCount: number;
}

/**
 * Computes the tally by scanning the whole document: O(notes + dots). This is the reference the incremental
 * `TallyTracker` is tested against, so it deliberately shares none of the tracker's bookkeeping.
 *
 * It is also what a joining client or a report runs on a full board, hence the flat shape: notes become small
 * integer indexes, dots are counted into typed arrays, and no object is allocated per dot.
 */
export function computeTally(doc: Y.Doc, options: TallyOptions = {}): Tally {
  const session = readSession(doc);
  const round = options.round === undefined ? session.roundId : options.round;
  const table = readNoteTable(doc);
  const counts = countDots(doc, table, round);
  const notes: [NoteId, NoteTally][] = [];
  let totalVotes = 0;
  for (let i = 0; i < table.ids.length; i++) {
    const votes = counts.noteVotes[i]!;
    if (votes === 0) continue;
    notes.push([table.ids[i]!, { votes, voters: counts.noteVoters[i]! }]);
    totalVotes += votes;
  }
  return assembleTally({
    round,
    notes,
    createdAtOf: (noteId) => {
      const i = table.indexOf.get(noteId);
      return i === undefined ? 0 : table.createdAt[i]!;
    },
    clusters: clusterTallies(table, counts),
    spent: counts.spent,
    votesPerPerson: session.votesPerPerson,
    totalVotes,
    clusterVotes: counts.onClusters,
    freeVotes: counts.freeVotes,
    voterCount: counts.voterCount,
  });
}

/**
 * One pass over every voter's dots. A voter's dots are visited one after another, so "is this voter new to this
 * note (or cluster)?" is answered by remembering the last voter counted there, instead of a set of voters per note.
 */
function countDots(doc: Y.Doc, table: NoteTable, round: string | null): DotCounts {
  const noteCount = table.ids.length;
  const clusterCount = table.clusterIds.length;
  const counts: DotCounts = {
    noteVotes: new Int32Array(noteCount),
    noteVoters: new Int32Array(noteCount),
    clusterVotes: new Int32Array(clusterCount),
    clusterVoters: new Int32Array(clusterCount),
    clusterDots: new Int32Array(clusterCount),
    spent: [],
    freeVotes: 0,
    onClusters: 0,
    voterCount: 0,
  };
  const lastVoterOfNote = new Int32Array(noteCount).fill(-1);
  const lastVoterOfCluster = new Int32Array(clusterCount).fill(-1);
  const { indexOf, clusterOf, clusterIndex } = table;

  let voter = -1;
  let wellFormed = false;
  let spent = 0;
  let counted = 0;
  const countInCluster = (cluster: number): void => {
    counts.clusterVotes[cluster]!++;
    if (lastVoterOfCluster[cluster] !== voter) {
      lastVoterOfCluster[cluster] = voter;
      counts.clusterVoters[cluster]!++;
    }
  };
  const countDot = (raw: unknown): void => {
    const key = dotKey(raw, round);
    if (key === undefined) return;
    wellFormed = true;
    spent++;
    if (key === null) {
      counts.freeVotes++;
      return;
    }
    if (key.startsWith(CLUSTER_KEY_PREFIX)) {
      const cluster = clusterIndex.get(key.slice(CLUSTER_KEY_PREFIX.length));
      if (cluster === undefined) return; // a cluster with no existing note: counts nowhere
      counted++;
      counts.onClusters++;
      counts.clusterDots[cluster]!++;
      countInCluster(cluster);
      return;
    }
    const note = indexOf.get(key);
    if (note === undefined) return; // orphaned: counts in no tally
    counted++;
    counts.noteVotes[note]!++;
    if (lastVoterOfNote[note] !== voter) {
      lastVoterOfNote[note] = voter;
      counts.noteVoters[note]!++;
    }
    const cluster = clusterOf[note]!;
    if (cluster !== NO_CLUSTER) countInCluster(cluster);
  };

  votesMap(doc).forEach((dots: unknown, voterId) => {
    if (!(dots instanceof Y.Map)) return;
    voter++;
    wellFormed = false;
    spent = 0;
    counted = 0;
    dots.forEach(countDot);
    if (wellFormed) counts.spent.push([voterId, spent]);
    if (counted > 0) counts.voterCount++;
  });
  return counts;
}

/** Every cluster holding at least one existing note, voted on or not. */
function clusterTallies(table: NoteTable, counts: DotCounts): [ClusterId, ClusterTally][] {
  const noteCounts = new Int32Array(table.clusterIds.length);
  for (const cluster of table.clusterOf) if (cluster !== NO_CLUSTER) noteCounts[cluster]!++;
  return table.clusterIds.map((clusterId, i) => [
    clusterId,
    {
      votes: counts.clusterVotes[i]!,
      voters: counts.clusterVoters[i]!,
      noteCount: noteCounts[i]!,
      clusterDots: counts.clusterDots[i]!,
    },
  ]);
}
