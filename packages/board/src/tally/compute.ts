import * as Y from 'yjs';
import type { ClusterId, NoteId, UserId } from '../schema/ids';
import { votesMap } from '../doc/access';
import { readSession } from '../doc/session';
import { dotNoteId } from './fields';
import { NO_CLUSTER, readNoteTable, type NoteTable } from './note-table';
import { assembleTally } from './snapshot';
import type { ClusterTally, NoteTally, Tally } from './types';

/** Dot counts by note and cluster index (see NoteTable), plus each voter's spending. */
interface DotCounts {
  noteVotes: Int32Array;
  noteVoters: Int32Array;
  clusterVotes: Int32Array;
  clusterVoters: Int32Array;
  /** Every voter with a well-formed dot, orphaned ones included, with what they spent. */
  spent: [UserId, number][];
  freeVotes: number;
  voterCount: number;
}

/**
 * Computes the tally by scanning the whole document: O(notes + dots). This is the reference the incremental
 * `TallyTracker` is tested against, so it deliberately shares none of the tracker's bookkeeping.
 *
 * It is also what a joining client or a report runs on a full board, hence the flat shape: notes become small
 * integer indexes, dots are counted into typed arrays, and no object is allocated per dot.
 */
export function computeTally(doc: Y.Doc): Tally {
  const table = readNoteTable(doc);
  const counts = countDots(doc, table);
  const notes: [NoteId, NoteTally][] = [];
  let totalVotes = 0;
  for (let i = 0; i < table.ids.length; i++) {
    const votes = counts.noteVotes[i]!;
    if (votes === 0) continue;
    notes.push([table.ids[i]!, { votes, voters: counts.noteVoters[i]! }]);
    totalVotes += votes;
  }
  return assembleTally({
    notes,
    createdAtOf: (noteId) => {
      const i = table.indexOf.get(noteId);
      return i === undefined ? 0 : table.createdAt[i]!;
    },
    clusters: clusterTallies(table, counts),
    spent: counts.spent,
    votesPerPerson: readSession(doc).votesPerPerson,
    totalVotes,
    freeVotes: counts.freeVotes,
    voterCount: counts.voterCount,
  });
}

/**
 * One pass over every voter's dots. A voter's dots are visited one after another, so "is this voter new to this
 * note (or cluster)?" is answered by remembering the last voter counted there, instead of a set of voters per note.
 */
function countDots(doc: Y.Doc, table: NoteTable): DotCounts {
  const noteCount = table.ids.length;
  const clusterCount = table.clusterIds.length;
  const counts: DotCounts = {
    noteVotes: new Int32Array(noteCount),
    noteVoters: new Int32Array(noteCount),
    clusterVotes: new Int32Array(clusterCount),
    clusterVoters: new Int32Array(clusterCount),
    spent: [],
    freeVotes: 0,
    voterCount: 0,
  };
  const lastVoterOfNote = new Int32Array(noteCount).fill(-1);
  const lastVoterOfCluster = new Int32Array(clusterCount).fill(-1);
  const { indexOf, clusterOf } = table;

  // The current voter's state, read by countDot: one closure for the whole scan rather than one per voter.
  let voter = -1;
  let wellFormed = false;
  let spent = 0;
  let onNotes = 0;
  const countDot = (raw: unknown): void => {
    const noteId = dotNoteId(raw);
    if (noteId === undefined) return;
    wellFormed = true;
    // Every dot spends budget, on a deleted note too, until its voter takes it back (votes/rules).
    spent++;
    if (noteId === null) {
      counts.freeVotes++;
      return;
    }
    const note = indexOf.get(noteId);
    if (note === undefined) return; // orphaned: counts in no tally
    onNotes++;
    counts.noteVotes[note]!++;
    if (lastVoterOfNote[note] !== voter) {
      lastVoterOfNote[note] = voter;
      counts.noteVoters[note]!++;
    }
    const cluster = clusterOf[note]!;
    if (cluster === NO_CLUSTER) return;
    counts.clusterVotes[cluster]!++;
    if (lastVoterOfCluster[cluster] !== voter) {
      lastVoterOfCluster[cluster] = voter;
      counts.clusterVoters[cluster]!++;
    }
  };

  // Y.Map#forEach is public API and, unlike entries(), allocates no iterator or [key, value] pair per entry.
  votesMap(doc).forEach((dots: unknown, voterId) => {
    if (!(dots instanceof Y.Map)) return;
    voter++;
    wellFormed = false;
    spent = 0;
    onNotes = 0;
    dots.forEach(countDot);
    if (wellFormed) counts.spent.push([voterId, spent]);
    if (onNotes > 0) counts.voterCount++;
  });
  return counts;
}

/** Every cluster holding at least one existing note, voted on or not. */
function clusterTallies(table: NoteTable, counts: DotCounts): [ClusterId, ClusterTally][] {
  const noteCounts = new Int32Array(table.clusterIds.length);
  for (const cluster of table.clusterOf) if (cluster !== NO_CLUSTER) noteCounts[cluster]!++;
  return table.clusterIds.map((clusterId, i) => [
    clusterId,
    { votes: counts.clusterVotes[i]!, voters: counts.clusterVoters[i]!, noteCount: noteCounts[i]! },
  ]);
}
