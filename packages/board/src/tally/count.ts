import * as Y from 'yjs';
import type { UserId } from '../schema/ids';
import { votesMap } from '../doc/access';
import { itemKey, itemValue, mapItems } from '../doc/map-items';
import { CLUSTER_KEY_PREFIX, dotOfRound } from './fields';
import { NO_CLUSTER, type NoteTable } from './note-table';

/** A round's dots counted by note and cluster slot of a NoteTable (existing ones only), and what each voter spent. */
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
  /** Every voter holding a well-formed dot of the round, in document order, and how many (`spent[i]` is theirs). */
  spenders: UserId[];
  spent: number[];
}

/** A note's fields in countDots' per-note array: its dots, distinct voters, last voter counted, and cluster slot. */
const VOTES = 0;
const VOTERS = 1;
const LAST_VOTER = 2;
const CLUSTER = 3;
const NOTE_FIELDS = 4;

/**
 * Counts every voter's dots of `round` in two passes. The first walks the document and keeps, of each dot, only what
 * the second needs: it validates the dot (exactly `dotKey`'s rule: whatever a hostile or buggy client stored that is
 * not a well-formed dot is skipped), counts its voter's spending and free dots, and lists the id of the note or
 * cluster it sits on, with its voter. The second looks those ids up and counts. Looking each up in the middle of the
 * walk measured slower on a freshly loaded board, the case a joining client pays for: between two dots the walk reads
 * far more memory than any cache holds, and a lookup there waits on its own cache misses where a walk that only reads
 * can overlap its misses with the next dot's.
 *
 * A voter's dots stay adjacent in the list, so "is this voter new to this note (or cluster)?" is answered by
 * remembering the last voter counted there, instead of a set of voters per note. Dots naming a deleted note, or a
 * cluster without existing notes, spend their voter's budget but count nowhere.
 */
export function countDots(doc: Y.Doc, notes: NoteTable, round: string | null): DotCounts {
  const spenders: UserId[] = [];
  const spent: number[] = [];
  // Per listed dot: the id it names, and its voter × 2, + 1 when the id is a cluster's.
  const targets: string[] = [];
  let tags = new Int32Array(1024);
  let freeVotes = 0;
  let voter = -1;
  for (const voterItem of mapItems(votesMap(doc))) {
    if (voterItem.deleted) continue;
    const dots = itemValue(voterItem);
    if (!(dots instanceof Y.Map)) continue;
    voter++;
    let wellFormed = 0;
    for (const item of mapItems(dots)) {
      if (item.deleted) continue;
      const dot = dotOfRound(itemValue(item), round);
      if (dot === undefined) continue;
      wellFormed++;
      const noteId = dot['noteId'] as string | null;
      let target: unknown = noteId;
      let onCluster = 0;
      // A note id that reads as a cluster's key (ids have no colon: only a hostile writer's does) counts where its
      // stackKey puts it, on that cluster, as the tracker counts it.
      if (noteId === null || noteId.startsWith(CLUSTER_KEY_PREFIX)) {
        target = noteId === null ? dot['clusterId'] : noteId.slice(CLUSTER_KEY_PREFIX.length);
        if (typeof target !== 'string') {
          freeVotes++;
          continue;
        }
        onCluster = 1;
      }
      const at = targets.length;
      if (at === tags.length) tags = grown(tags);
      targets.push(target as string);
      tags[at] = voter * 2 + onCluster;
    }
    if (wellFormed > 0) {
      spenders.push(itemKey(voterItem));
      spent.push(wellFormed);
    }
  }
  return { ...countTargets(notes, targets, tags), freeVotes, spenders, spent };
}

/** The second pass of countDots: looks up the listed ids and counts each dot on its note or cluster. */
function countTargets(notes: NoteTable, targets: readonly string[], tags: Int32Array) {
  const { index, clusterIndex, clusterOf } = notes;
  const noteCount = notes.ids.length;
  const clusterCount = notes.clusterIds.length;
  // Everything a dot on a note updates, side by side (NOTE_FIELDS per note), so it costs one cache line, not four.
  const perNote = new Int32Array(noteCount * NOTE_FIELDS);
  for (let note = 0; note < noteCount; note++) {
    perNote[note * NOTE_FIELDS + LAST_VOTER] = -1;
    perNote[note * NOTE_FIELDS + CLUSTER] = clusterOf[note]!;
  }
  const clusterVotes = new Int32Array(clusterCount);
  const clusterVoters = new Int32Array(clusterCount);
  const clusterDots = new Int32Array(clusterCount);
  const lastVoterOfCluster = new Int32Array(clusterCount).fill(-1);
  let totalVotes = 0;
  let onClusters = 0;
  let voterCount = 0;
  let lastCounted = -1;
  for (let dot = 0; dot < targets.length; dot++) {
    const tag = tags[dot]!;
    const voter = tag >> 1;
    let cluster: number;
    if ((tag & 1) === 0) {
      const note = index.slotOf(targets[dot]!);
      if (note < 0) continue;
      totalVotes++;
      const at = note * NOTE_FIELDS;
      perNote[at + VOTES]!++;
      if (perNote[at + LAST_VOTER] !== voter) {
        perNote[at + LAST_VOTER] = voter;
        perNote[at + VOTERS]!++;
      }
      cluster = perNote[at + CLUSTER]!;
    } else {
      const onCluster = clusterIndex.get(targets[dot]!);
      if (onCluster === undefined) continue;
      cluster = onCluster;
      onClusters++;
      clusterDots[cluster]!++;
    }
    if (voter !== lastCounted) {
      lastCounted = voter;
      voterCount++;
    }
    if (cluster === NO_CLUSTER) continue;
    clusterVotes[cluster]!++;
    if (lastVoterOfCluster[cluster] !== voter) {
      lastVoterOfCluster[cluster] = voter;
      clusterVoters[cluster]!++;
    }
  }
  const noteVotes = new Int32Array(noteCount);
  const noteVoters = new Int32Array(noteCount);
  for (let note = 0; note < noteCount; note++) {
    noteVotes[note] = perNote[note * NOTE_FIELDS + VOTES]!;
    noteVoters[note] = perNote[note * NOTE_FIELDS + VOTERS]!;
  }
  return { noteVotes, noteVoters, clusterVotes, clusterVoters, clusterDots, totalVotes, onClusters, voterCount };
}

/** Twice as long, with the same values first. */
function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
