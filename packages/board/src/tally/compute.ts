import type * as Y from 'yjs';
import type { ClusterId, NoteId, UserId } from '../schema/ids';
import { countsTowardBudget } from '../votes/rules';
import { allVotes, isNoteMap, notesMap } from '../doc/access';
import { readSession } from '../doc/session';
import { noteClusterId, noteCreatedAt } from './fields';
import { assembleTally } from './snapshot';
import type { ClusterTally, NoteTally, Tally } from './types';

interface NoteFacts {
  createdAt: number;
  clusterId: ClusterId | undefined;
}

function bump<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Computes the tally by scanning the whole document: O(notes + dots). This is the reference the incremental
 * `TallyTracker` is tested against, so it deliberately shares none of the tracker's bookkeeping.
 */
export function computeTally(doc: Y.Doc): Tally {
  const notes = new Map<NoteId, NoteFacts>();
  for (const [noteId, value] of notesMap(doc)) {
    if (isNoteMap(value)) notes.set(noteId, { createdAt: noteCreatedAt(value), clusterId: noteClusterId(value) });
  }
  const exists = (noteId: NoteId) => notes.has(noteId);

  const dotsByNote = new Map<NoteId, Map<UserId, number>>();
  const spent = new Map<UserId, number>();
  let freeVotes = 0;
  for (const { voterId, vote } of allVotes(doc)) {
    if (!spent.has(voterId)) spent.set(voterId, 0);
    if (!countsTowardBudget(vote.noteId, exists)) continue;
    bump(spent, voterId);
    if (vote.noteId === null) {
      freeVotes++;
      continue;
    }
    let byVoter = dotsByNote.get(vote.noteId);
    if (!byVoter) dotsByNote.set(vote.noteId, (byVoter = new Map()));
    bump(byVoter, voterId);
  }

  const noteTallies = new Map<NoteId, NoteTally>();
  const votersOnNotes = new Set<UserId>();
  let totalVotes = 0;
  for (const [noteId, byVoter] of dotsByNote) {
    let votes = 0;
    for (const [voterId, count] of byVoter) {
      votes += count;
      votersOnNotes.add(voterId);
    }
    totalVotes += votes;
    noteTallies.set(noteId, { votes, voters: byVoter.size });
  }

  return assembleTally({
    notes: noteTallies,
    createdAtOf: (noteId) => notes.get(noteId)?.createdAt ?? 0,
    clusters: clusterTallies(notes, dotsByNote),
    spent,
    votesPerPerson: readSession(doc).votesPerPerson,
    totalVotes,
    freeVotes,
    voterCount: votersOnNotes.size,
  });
}

function clusterTallies(
  notes: Map<NoteId, NoteFacts>,
  dotsByNote: Map<NoteId, Map<UserId, number>>,
): Map<ClusterId, ClusterTally> {
  const clusters = new Map<ClusterId, { votes: number; noteCount: number; voters: Set<UserId> }>();
  for (const [noteId, { clusterId }] of notes) {
    if (clusterId === undefined) continue;
    let cluster = clusters.get(clusterId);
    if (!cluster) clusters.set(clusterId, (cluster = { votes: 0, noteCount: 0, voters: new Set() }));
    cluster.noteCount++;
    for (const [voterId, count] of dotsByNote.get(noteId) ?? []) {
      cluster.votes += count;
      cluster.voters.add(voterId);
    }
  }
  const result = new Map<ClusterId, ClusterTally>();
  for (const [clusterId, { votes, noteCount, voters }] of clusters) {
    result.set(clusterId, { votes, voters: voters.size, noteCount });
  }
  return result;
}
