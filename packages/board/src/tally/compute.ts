import type * as Y from 'yjs';
import { readSession } from '../doc/session';
import { countDots, type DotCounts } from './count';
import { NO_CLUSTER, readNoteTable, type NoteTable } from './note-table';
import { assembleTally } from './snapshot';
import type { Tally } from './types';

/** Which dots a tally counts: those of one round (null: dots cast outside rounds). Default: the round in progress. */
export interface TallyOptions {
  round?: string | null;
}

/**
 * Computes the tally by reading the whole document: O(notes + dots). This is the reference the incremental
 * `TallyTracker` is tested against, and it shares none of the tracker's bookkeeping: it reads the notes into a
 * table, then counts every dot (`countDots`) straight into typed arrays.
 *
 * It is also what a joining client or a report runs on a full board, hence the flat shape: notes become small
 * integer indexes, and all a dot leaves behind until it is counted is the id it names and its voter; no object is
 * allocated per dot.
 */
export function computeTally(doc: Y.Doc, options: TallyOptions = {}): Tally {
  const session = readSession(doc);
  const round = options.round === undefined ? session.roundId : options.round;
  const notes = readNoteTable(doc);
  return tallyOfCounts(notes, round, countDots(doc, notes, round), session.votesPerPerson);
}

/** The Tally of `round` from its dots as `countDots` counted them: ranking and output Maps. */
export function tallyOfCounts(
  notes: NoteTable,
  round: string | null,
  counts: DotCounts,
  votesPerPerson: number,
): Tally {
  return assembleTally({
    round,
    notes: { ids: notes.ids, votes: counts.noteVotes, voters: counts.noteVoters, createdAt: notes.createdAt },
    clusters: clusterEntries(notes, counts),
    spenders: counts.spenders,
    spent: counts.spent,
    votesPerPerson,
    totalVotes: counts.totalVotes,
    clusterVotes: counts.onClusters,
    freeVotes: counts.freeVotes,
    voterCount: counts.voterCount,
  });
}

/** Every cluster holding at least one existing note, voted on or not. */
function clusterEntries(notes: NoteTable, counts: DotCounts) {
  const { clusterIds, clusterOf } = notes;
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
