import type { ClusterId, NoteId, UserId, VoteId } from '../schema/ids';
import { DEFAULT_SESSION } from '../schema/types';
import type { NoteMap, VoterVotes } from '../doc/access';
import { CLUSTER_KEY_PREFIX, noteClusterId, noteCreatedAt } from './fields';
import type { TallyParts } from './snapshot';
import type { ClusterTally, NoteTally } from './types';

/** Dots per voter on one note or one cluster, with their sum kept alongside so reads are O(1). */
interface DotCounts {
  total: number;
  byVoter: Map<UserId, number>;
}

/** A cluster that holds existing notes: the dots on its notes and on itself together. */
interface ClusterEntry extends DotCounts {
  noteCount: number;
  /** Dots on the cluster as a whole, included in `total`. */
  direct: number;
}

interface NoteEntry {
  /** The map instance indexed, so events from a replaced (stale) note map can be told apart. */
  map: NoteMap;
  createdAt: number;
  clusterId: ClusterId | undefined;
}

interface VoterEntry {
  map: VoterVotes;
  /** Every well-formed dot of the round, orphaned or not: vote id → its target key (see `dotKey`; null: free). */
  dots: Map<VoteId, string | null>;
  free: number;
  /** Dots counted on existing notes or clusters (the voter spends every dot: `dots.size`, see votes/rules). */
  counted: number;
}

function addCount(counts: DotCounts, voterId: UserId, delta: number): void {
  counts.total += delta;
  const next = (counts.byVoter.get(voterId) ?? 0) + delta;
  if (next === 0) counts.byVoter.delete(voterId);
  else counts.byVoter.set(voterId, next);
}

const clusterOfKey = (key: string): ClusterId | undefined =>
  key.startsWith(CLUSTER_KEY_PREFIX) ? key.slice(CLUSTER_KEY_PREFIX.length) : undefined;

/**
 * The tracker's bookkeeping for one round, free of Yjs events. Every mutator is "make the index match this current
 * value", never "apply this delta": replaying an event, or seeing one whose change was already read by a build, is
 * harmless. Each mutation costs O(entries it changes): one dot, or one note's voters, or one voter's dots.
 */
export class TallyIndex {
  /** Existing notes only. */
  private readonly notes = new Map<NoteId, NoteEntry>();
  private readonly voters = new Map<UserId, VoterEntry>();
  /** Dots by the note id they name, kept for deleted notes too so a note that reappears gets its dots back. */
  private readonly dotsByNote = new Map<NoteId, DotCounts>();
  /** Dots on clusters as wholes, kept for clusters without notes too (they count once the cluster has a note). */
  private readonly dotsOnCluster = new Map<ClusterId, DotCounts>();
  private readonly clusters = new Map<ClusterId, ClusterEntry>();
  private totalVotes = 0;
  private clusterVotes = 0;
  private freeVotes = 0;
  private countedVoters = 0;
  private budget: number = DEFAULT_SESSION.votesPerPerson;
  /** Bumped by every change that can alter the tally; snapshots and notifications key off it. */
  version = 0;
  /** Index entries touched so far: a test-visible measure that work stays proportional to changes. */
  work = 0;

  constructor(readonly round: string | null) {}

  /** The note map indexed under `noteId`, if any. */
  noteMapOf(noteId: NoteId): NoteMap | undefined {
    return this.notes.get(noteId)?.map;
  }

  /** The voter map indexed under `voterId`, if any. */
  voterMapOf(voterId: UserId): VoterVotes | undefined {
    return this.voters.get(voterId)?.map;
  }

  /** Makes `noteId` exist as `map`, or not exist when `map` is undefined. */
  putNote(noteId: NoteId, map: NoteMap | undefined): void {
    const old = this.notes.get(noteId);
    if (old?.map === map) return;
    if (old) {
      this.notes.delete(noteId);
      this.applyNote(noteId, old, -1);
    }
    if (map) {
      const entry: NoteEntry = { map, createdAt: noteCreatedAt(map), clusterId: noteClusterId(map) };
      this.notes.set(noteId, entry);
      this.applyNote(noteId, entry, 1);
    }
  }

  /** Re-reads the two note fields the tally depends on. */
  updateNoteFields(noteId: NoteId): void {
    const note = this.notes.get(noteId);
    if (!note) return;
    const createdAt = noteCreatedAt(note.map);
    const clusterId = noteClusterId(note.map);
    this.work++;
    if (createdAt !== note.createdAt) {
      note.createdAt = createdAt;
      // Only the ranking's tie-break reads createdAt, and only voted notes are ranked.
      if (this.dotsByNote.has(noteId)) this.version++;
    }
    if (clusterId !== note.clusterId) {
      const counts = this.dotsByNote.get(noteId);
      if (note.clusterId !== undefined) this.applyToCluster(note.clusterId, counts, -1);
      note.clusterId = clusterId;
      if (clusterId !== undefined) this.applyToCluster(clusterId, counts, 1);
      this.version++;
    }
  }

  /**
   * Makes `voterId`'s dots those of `dots` (vote id → target key of the round's well-formed dots), or removes the
   * voter when `map` is undefined. Costs O(old + new dots).
   */
  putVoter(voterId: UserId, map: VoterVotes | undefined, dots: Iterable<readonly [VoteId, string | null]> = []): void {
    const old = this.voters.get(voterId);
    if (old?.map === map) return;
    if (old) {
      // Read our own record, not the old Y.Map: a map replaced by a concurrent write may no longer be readable.
      for (const key of old.dots.values()) this.applyDot(old, voterId, key, -1);
      this.voters.delete(voterId);
      if (old.dots.size > 0) this.version++;
    }
    if (!map) return;
    const entry: VoterEntry = { map, dots: new Map(), free: 0, counted: 0 };
    this.voters.set(voterId, entry);
    for (const [voteId, key] of dots) {
      entry.dots.set(voteId, key);
      this.applyDot(entry, voterId, key, 1);
    }
    if (entry.dots.size > 0) this.version++;
  }

  /** Makes dot `voteId` of `voterId` sit on `key` (a target key; null: free), or not exist when undefined. */
  putDot(voterId: UserId, voteId: VoteId, key: string | null | undefined): void {
    const voter = this.voters.get(voterId);
    if (!voter) return;
    const previous = voter.dots.get(voteId);
    // A dot moved within its note (x/y) or re-cast in place changes no count.
    if (previous === key) return;
    if (previous !== undefined) {
      voter.dots.delete(voteId);
      this.applyDot(voter, voterId, previous, -1);
    }
    if (key !== undefined) {
      voter.dots.set(voteId, key);
      this.applyDot(voter, voterId, key, 1);
    }
    this.version++;
  }

  /** Sets the session's votes per person. */
  setBudget(votesPerPerson: number): void {
    if (votesPerPerson === this.budget) return;
    this.budget = votesPerPerson;
    this.version++;
  }

  /** Votes and distinct voters on an existing note; zeros for a note without votes or that does not exist. */
  noteTally(noteId: NoteId): NoteTally {
    const counts = this.notes.has(noteId) ? this.dotsByNote.get(noteId) : undefined;
    return { votes: counts?.total ?? 0, voters: counts?.byVoter.size ?? 0 };
  }

  /** A cluster's totals, or undefined when no existing note is in it. */
  clusterTally(clusterId: ClusterId): ClusterTally | undefined {
    const cluster = this.clusters.get(clusterId);
    return cluster && tallyOf(cluster);
  }

  /** Dots of `voterId` that count toward the budget: all of the round's, orphaned ones included (votes/rules). */
  spent(voterId: UserId): number {
    return this.voters.get(voterId)?.dots.size ?? 0;
  }

  /** The session's votes per person as last seen. */
  votesPerPerson(): number {
    return this.budget;
  }

  /** The aggregates a snapshot is assembled from: O(notes with dots + clusters + voters). */
  parts(): TallyParts {
    const notes: [NoteId, NoteTally][] = [];
    for (const [noteId, counts] of this.dotsByNote) {
      if (this.notes.has(noteId)) notes.push([noteId, { votes: counts.total, voters: counts.byVoter.size }]);
    }
    const clusters: [ClusterId, ClusterTally][] = [];
    for (const [clusterId, cluster] of this.clusters) clusters.push([clusterId, tallyOf(cluster)]);
    const spent: [UserId, number][] = [];
    for (const [voterId, voter] of this.voters) {
      if (voter.dots.size > 0) spent.push([voterId, voter.dots.size]);
    }
    return {
      round: this.round,
      notes,
      createdAtOf: (noteId) => this.notes.get(noteId)?.createdAt ?? 0,
      clusters,
      spent,
      votesPerPerson: this.budget,
      totalVotes: this.totalVotes,
      clusterVotes: this.clusterVotes,
      freeVotes: this.freeVotes,
      voterCount: this.countedVoters,
    };
  }

  private applyDot(voter: VoterEntry, voterId: UserId, key: string | null, sign: 1 | -1): void {
    this.work++;
    if (key === null) {
      voter.free += sign;
      this.freeVotes += sign;
      return;
    }
    const onCluster = clusterOfKey(key);
    if (onCluster !== undefined) {
      let counts = this.dotsOnCluster.get(onCluster);
      if (!counts) this.dotsOnCluster.set(onCluster, (counts = { total: 0, byVoter: new Map() }));
      addCount(counts, voterId, sign);
      if (counts.total === 0) this.dotsOnCluster.delete(onCluster);
      const cluster = this.clusters.get(onCluster);
      if (!cluster) return; // no existing note in it: counts nowhere until one joins
      addCount(cluster, voterId, sign);
      cluster.direct += sign;
      this.clusterVotes += sign;
      this.credit(voter, sign);
      return;
    }
    let counts = this.dotsByNote.get(key);
    if (!counts) this.dotsByNote.set(key, (counts = { total: 0, byVoter: new Map() }));
    addCount(counts, voterId, sign);
    if (counts.total === 0) this.dotsByNote.delete(key);
    const note = this.notes.get(key);
    if (!note) return; // orphaned: counts nowhere until the note reappears
    this.credit(voter, sign);
    this.totalVotes += sign;
    if (note.clusterId !== undefined) {
      const cluster = this.clusters.get(note.clusterId);
      if (cluster) addCount(cluster, voterId, sign);
    }
  }

  /** Adds (sign 1) or removes (sign −1) an existing note's dots and cluster membership. */
  private applyNote(noteId: NoteId, note: NoteEntry, sign: 1 | -1): void {
    const counts = this.dotsByNote.get(noteId);
    if (counts) {
      this.creditAll(counts, sign);
      this.totalVotes += sign * counts.total;
    }
    if (note.clusterId !== undefined) this.applyToCluster(note.clusterId, counts, sign);
    if (counts || note.clusterId !== undefined) this.version++;
  }

  /**
   * A note with `counts` joins (sign 1) or leaves (sign −1) a cluster. The cluster exists while it holds a note; the
   * dots on it as a whole count only meanwhile, so they come and go with its first and last note.
   */
  private applyToCluster(clusterId: ClusterId, counts: DotCounts | undefined, sign: 1 | -1): void {
    let cluster = this.clusters.get(clusterId);
    if (!cluster) {
      this.clusters.set(clusterId, (cluster = { total: 0, byVoter: new Map(), noteCount: 0, direct: 0 }));
      this.applyDirect(clusterId, cluster, 1);
    }
    cluster.noteCount += sign;
    if (counts) {
      for (const [voterId, count] of counts.byVoter) addCount(cluster, voterId, sign * count);
      this.work += counts.byVoter.size;
    }
    if (cluster.noteCount === 0) {
      this.applyDirect(clusterId, cluster, -1);
      this.clusters.delete(clusterId);
    }
  }

  /** Counts (1) or stops counting (−1) the dots on a cluster as a whole, in that cluster's entry. */
  private applyDirect(clusterId: ClusterId, cluster: ClusterEntry, sign: 1 | -1): void {
    const direct = this.dotsOnCluster.get(clusterId);
    if (!direct) return;
    for (const [voterId, count] of direct.byVoter) addCount(cluster, voterId, sign * count);
    cluster.direct += sign * direct.total;
    this.clusterVotes += sign * direct.total;
    this.creditAll(direct, sign);
    this.version++;
  }

  private creditAll(counts: DotCounts, sign: 1 | -1): void {
    for (const [voterId, count] of counts.byVoter) {
      const voter = this.voters.get(voterId);
      if (voter) this.credit(voter, sign * count);
    }
    this.work += counts.byVoter.size;
  }

  private credit(voter: VoterEntry, delta: number): void {
    const before = voter.counted;
    voter.counted += delta;
    if (before === 0 && voter.counted > 0) this.countedVoters++;
    else if (before > 0 && voter.counted === 0) this.countedVoters--;
  }
}

function tallyOf(cluster: ClusterEntry): ClusterTally {
  return {
    votes: cluster.total,
    voters: cluster.byVoter.size,
    noteCount: cluster.noteCount,
    clusterDots: cluster.direct,
  };
}
