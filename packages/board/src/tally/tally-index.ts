import type { ClusterId, NoteId, UserId, VoteId } from '../schema/ids';
import { DEFAULT_SESSION } from '../schema/types';
import type { NoteMap, VoterVotes } from '../doc/access';
import { CLUSTER_KEY_PREFIX, noteClusterId, noteCreatedAt } from './fields';
import { NO_CLUSTER, type NoteTable } from './note-table';
import { NOWHERE, type BoardScan } from './scan';
import type { TallyParts } from './snapshot';
import type { ClusterTally, NoteTally } from './types';
import { IdIndex } from './id-index';
import { VoterCounts } from './voter-counts';

/**
 * Every note id seen, as a note or as what dots name. `slot` is its row in the index's VoterCounts. A note of the
 * scan's note table gets a record only when first looked up (see ScannedNotes).
 */
interface NoteRecord {
  readonly slot: number;
  readonly id: NoteId;
  /** The map instance indexed while the note exists, so events from a replaced (stale) note map can be told apart. */
  map: NoteMap | undefined;
  createdAt: number;
  /** Its cluster while it exists. */
  cluster: ClusterRecord | undefined;
  /** Dots naming this note id, kept while it does not exist too, so a note that reappears gets its dots back. */
  dots: number;
}

/** Every cluster id seen on a note or as what dots sit on. It exists, and counts, while it holds existing notes. */
interface ClusterRecord {
  readonly slot: number;
  readonly id: ClusterId;
  /** Existing notes in it. */
  notes: number;
  /** While it exists: the dots on its notes and on itself together. */
  total: number;
  /** Dots on the cluster as a whole, kept while it has no notes too (they count once one joins). */
  direct: number;
}

/**
 * Every voter seen; `slot` is their column in the index's VoterCounts. A voter the scan found gets a record only when
 * first looked up (see ScannedVoters); until then their counts live in the scan's arrays.
 */
interface VoterRecord {
  readonly slot: number;
  readonly id: UserId;
  /** The map instance indexed, while the voter has one. */
  map: VoterVotes | undefined;
  /**
   * Every well-formed dot of the round, orphaned or not: vote id → its target key (see `dotKey`; null: free).
   * Undefined until the voter's first change: their dots are then still the scan's [scannedFirst, scannedEnd).
   */
  dots: Map<VoteId, string | null> | undefined;
  scannedFirst: number;
  scannedEnd: number;
  /** Dots counted on existing notes or clusters (the voter spends every dot: see `dotCount`, votes/rules). */
  counted: number;
}

/**
 * The existing notes of the scan, by slot (slot i is table.ids[i]), read from the note table and counted in `dots`
 * until each is first looked up: like ScannedVoters, a board of 10,000 notes costs no record and no Map entry per note
 * to index. `clusters` are the cluster records by the table's cluster slots.
 */
interface ScannedNotes {
  readonly table: NoteTable;
  readonly dots: Int32Array;
  readonly clusters: ClusterRecord[];
}

/**
 * The voters of the scan, by slot (slot v is voterIds[v]), kept in flat arrays until each is first looked up: a board
 * of 20,000 voters then costs no record and no Map entry per voter to index, only when one of them changes or is asked
 * about. `slots` finds a voter's slot by id, built at the first lookup.
 */
interface ScannedVoters {
  readonly ids: readonly UserId[];
  readonly maps: readonly VoterVotes[];
  /** Voter v's dots are the scan's [firstDot[v], firstDot[v + 1]). */
  readonly firstDot: readonly number[];
  readonly counted: Int32Array;
  slots: IdIndex | undefined;
}

const clusterOfKey = (key: string): ClusterId | undefined =>
  key.startsWith(CLUSTER_KEY_PREFIX) ? key.slice(CLUSTER_KEY_PREFIX.length) : undefined;

/**
 * The tracker's bookkeeping for one round, free of Yjs events. It is built in one go from a board scan, and from
 * then on every mutator is "make the index match this current value", never "apply this delta": replaying an event,
 * or seeing one whose change was already read by the scan, is harmless. Each mutation costs O(entries it changes):
 * one dot, or one note's voters, or one voter's dots.
 */
export class TallyIndex {
  /** Notes with a record: every note id seen after the scan, the scan's orphaned ones, and its notes looked up since. */
  private readonly notes = new Map<NoteId, NoteRecord>();
  /** Records by slot; a scanned note's slot stays empty until its record is made (see ScannedNotes). */
  private readonly noteBySlot: (NoteRecord | undefined)[];
  private readonly scannedNotes: ScannedNotes;
  private readonly clusters = new Map<ClusterId, ClusterRecord>();
  /** Voters with a record: every voter seen after the scan, and the scan's voters looked up since. */
  private readonly voters = new Map<UserId, VoterRecord>();
  /** Records by slot; a scanned voter's slot stays empty until their record is made (see ScannedVoters). */
  private readonly voterBySlot: (VoterRecord | undefined)[];
  private readonly scannedVoters: ScannedVoters;
  /** Dots per voter on each note (rows: note slots), existing or not. */
  private readonly byNote: VoterCounts;
  /** Dots per voter on each existing cluster, its notes' and its own (rows: cluster slots): its supporters. */
  private readonly byCluster: VoterCounts;
  /** Dots per voter on each cluster as a whole (rows: cluster slots), existing or not. */
  private readonly byDirect: VoterCounts;
  /** The scan's vote ids and target keys, which voters' dots are read from until they first change. */
  private readonly scannedIds: readonly VoteId[];
  private readonly scannedKeys: readonly (string | null)[];
  private totalVotes = 0;
  private clusterVotes = 0;
  private freeVotes = 0;
  private countedVoters = 0;
  private budget: number = DEFAULT_SESSION.votesPerPerson;
  /** Bumped by every change that can alter the tally; snapshots and notifications key off it. */
  version = 0;
  /** Index entries touched so far: a test-visible measure that work stays proportional to changes. */
  work = 0;

  private constructor(
    readonly round: string | null,
    scan: BoardScan,
    counts: { byNote: VoterCounts; byCluster: VoterCounts; byDirect: VoterCounts },
  ) {
    const voters = scan.voterIds.length;
    this.scannedVoters = {
      ids: scan.voterIds,
      maps: scan.voterMaps,
      firstDot: scan.firstDot,
      counted: new Int32Array(voters),
      slots: undefined,
    };
    // Filled, so the arrays stay packed while records replace the holes.
    this.voterBySlot = new Array<VoterRecord | undefined>(voters).fill(undefined);
    const notes = scan.notes.ids.length;
    this.scannedNotes = { table: scan.notes, dots: new Int32Array(notes), clusters: [] };
    this.noteBySlot = new Array<NoteRecord | undefined>(notes).fill(undefined);
    this.byNote = counts.byNote;
    this.byCluster = counts.byCluster;
    this.byDirect = counts.byDirect;
    this.scannedIds = scan.dotIds;
    this.scannedKeys = scan.dotKeys;
  }

  /**
   * The index of a board as scanned (with vote ids), built in bulk: the per-voter counts straight from the scan's flat
   * arrays (see VoterCounts), the totals in one more pass. The same index as putting every note, then every voter,
   * one by one (tally-index.test.ts), at a fraction of the cost: no Map of voters per row until the row changes, and
   * no record of a note or a voter until it is looked up (see ScannedNotes, ScannedVoters). Clusters (few) and the
   * note ids only orphaned dots name get their records here.
   */
  static fromScan(scan: BoardScan): TallyIndex {
    if (scan.dotIds.length !== scan.dotKeys.length) throw new Error('an index needs a scan with vote ids');
    const { notes: table, voterIds, firstDot, dotOnNote, dotOnCluster } = scan;
    const noteCount = table.ids.length;
    const clusterCount = table.clusterIds.length;
    const dots = dotOnNote.length;
    const dotVoter = new Int32Array(dots);
    // The existing cluster each dot counts toward: its note's, or the one it sits on; NO_CLUSTER for none.
    const dotInCluster = new Int32Array(dots);
    for (let voter = 0; voter < voterIds.length; voter++) {
      for (let dot = firstDot[voter]!; dot < firstDot[voter + 1]!; dot++) {
        dotVoter[dot] = voter;
        const note = dotOnNote[dot]!;
        const cluster = dotOnCluster[dot]!;
        if (note !== NOWHERE) dotInCluster[dot] = note < noteCount ? table.clusterOf[note]! : NO_CLUSTER;
        else dotInCluster[dot] = cluster !== NOWHERE && cluster < clusterCount ? cluster : NO_CLUSTER;
      }
    }
    const clusterSlots = clusterCount + scan.emptyClusters.length;
    const index = new TallyIndex(scan.round, scan, {
      byNote: VoterCounts.group(noteCount + scan.missingNotes.length, dotOnNote, dotVoter),
      byCluster: VoterCounts.group(clusterSlots, dotInCluster, dotVoter),
      byDirect: VoterCounts.group(clusterSlots, dotOnCluster, dotVoter),
    });

    const clusters = index.scannedNotes.clusters;
    for (const id of [...table.clusterIds, ...scan.emptyClusters]) clusters.push(index.clusterRecord(id));
    for (let i = 0; i < noteCount; i++) {
      const cluster = table.clusterOf[i]!;
      if (cluster !== NO_CLUSTER) clusters[cluster]!.notes++;
    }
    // Orphaned dots' note ids get records now (slots after the table's), in the order the scan numbered them.
    for (const id of scan.missingNotes) index.noteRecord(id);
    const noteDots = index.scannedNotes.dots;
    const noteBySlot = index.noteBySlot;

    const { counted } = index.scannedVoters;
    for (let v = 0; v < voterIds.length; v++) {
      for (let dot = firstDot[v]!; dot < firstDot[v + 1]!; dot++) {
        const note = dotOnNote[dot]!;
        const cluster = dotOnCluster[dot]!;
        if (note !== NOWHERE) {
          if (note < noteCount) {
            noteDots[note]!++;
            counted[v]!++;
            index.totalVotes++;
          } else {
            noteBySlot[note]!.dots++;
          }
        } else if (cluster !== NOWHERE) {
          clusters[cluster]!.direct++;
          if (cluster < clusterCount) {
            counted[v]!++;
            index.clusterVotes++;
          }
        } else {
          index.freeVotes++;
        }
        if (dotInCluster[dot] !== NO_CLUSTER) clusters[dotInCluster[dot]!]!.total++;
      }
      if (counted[v]! > 0) index.countedVoters++;
    }
    index.work = dots;
    return index;
  }

  /** The note map indexed under `noteId`, if any. */
  noteMapOf(noteId: NoteId): NoteMap | undefined {
    return this.findNote(noteId)?.map;
  }

  /** The voter map indexed under `voterId`, if any. */
  voterMapOf(voterId: UserId): VoterVotes | undefined {
    return this.findVoter(voterId)?.map;
  }

  /** Makes `noteId` exist as `map`, or not exist when `map` is undefined. */
  putNote(noteId: NoteId, map: NoteMap | undefined): void {
    const note = map ? this.noteRecord(noteId) : this.findNote(noteId);
    if (!note || note.map === map) return;
    if (note.map) {
      note.map = undefined;
      this.applyNote(note, -1);
    }
    if (map) {
      note.map = map;
      note.createdAt = noteCreatedAt(map);
      note.cluster = this.clusterOf(noteClusterId(map));
      this.applyNote(note, 1);
    }
  }

  /** Re-reads the two note fields the tally depends on. */
  updateNoteFields(noteId: NoteId): void {
    const note = this.findNote(noteId);
    if (!note?.map) return;
    const createdAt = noteCreatedAt(note.map);
    const cluster = this.clusterOf(noteClusterId(note.map));
    this.work++;
    if (createdAt !== note.createdAt) {
      note.createdAt = createdAt;
      // Only the ranking's tie-break reads createdAt, and only voted notes are ranked.
      if (note.dots > 0) this.version++;
    }
    if (cluster !== note.cluster) {
      if (note.cluster) this.applyToCluster(note.cluster, note, -1);
      note.cluster = cluster;
      if (cluster) this.applyToCluster(cluster, note, 1);
      this.version++;
    }
  }

  /**
   * Makes `voterId`'s dots those of `dots` (vote id → target key of the round's well-formed dots), or removes the
   * voter when `map` is undefined. Costs O(old + new dots).
   */
  putVoter(voterId: UserId, map: VoterVotes | undefined, dots: Iterable<readonly [VoteId, string | null]> = []): void {
    const voter = map ? this.voterRecord(voterId) : this.findVoter(voterId);
    if (!voter || voter.map === map) return;
    if (voter.map) {
      // Read our own record, not the old Y.Map: a map replaced by a concurrent write may no longer be readable.
      const old = this.dotsOf(voter);
      for (const key of old.values()) this.applyDot(voter, key, -1);
      if (old.size > 0) this.version++;
    }
    voter.map = map;
    voter.dots = new Map();
    if (!map) return;
    for (const [voteId, key] of dots) {
      voter.dots.set(voteId, key);
      this.applyDot(voter, key, 1);
    }
    if (voter.dots.size > 0) this.version++;
  }

  /** Makes dot `voteId` of `voterId` sit on `key` (a target key; null: free), or not exist when undefined. */
  putDot(voterId: UserId, voteId: VoteId, key: string | null | undefined): void {
    const voter = this.findVoter(voterId);
    if (!voter?.map) return;
    const dots = this.dotsOf(voter);
    const previous = dots.get(voteId);
    // A dot moved within its note (x/y) or re-cast in place changes no count.
    if (previous === key) return;
    if (previous !== undefined) {
      dots.delete(voteId);
      this.applyDot(voter, previous, -1);
    }
    if (key !== undefined) {
      dots.set(voteId, key);
      this.applyDot(voter, key, 1);
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
    const note = this.findNote(noteId);
    if (!note?.map) return { votes: 0, voters: 0 };
    return { votes: note.dots, voters: this.byNote.size(note.slot) };
  }

  /** A cluster's totals, or undefined when no existing note is in it. */
  clusterTally(clusterId: ClusterId): ClusterTally | undefined {
    const cluster = this.clusters.get(clusterId);
    return cluster && cluster.notes > 0 ? this.tallyOf(cluster) : undefined;
  }

  /** Dots of `voterId` that count toward the budget: all of the round's, orphaned ones included (votes/rules). */
  spent(voterId: UserId): number {
    const voter = this.findVoter(voterId);
    return voter ? this.dotCount(voter) : 0;
  }

  /** The session's votes per person as last seen. */
  votesPerPerson(): number {
    return this.budget;
  }

  /** The aggregates a snapshot is assembled from: O(notes + clusters + voters ever seen). */
  parts(): TallyParts {
    const ids: NoteId[] = [];
    const votes: number[] = [];
    const voters: number[] = [];
    const createdAt: number[] = [];
    const { table, dots: scannedDots } = this.scannedNotes;
    for (let slot = 0; slot < this.noteBySlot.length; slot++) {
      const note = this.noteBySlot[slot];
      if (note ? !note.map || note.dots === 0 : scannedDots[slot] === 0) continue;
      ids.push(note ? note.id : table.ids[slot]!);
      votes.push(note ? note.dots : scannedDots[slot]!);
      voters.push(this.byNote.size(slot));
      createdAt.push(note ? note.createdAt : table.createdAt[slot]!);
    }
    const clusters: [ClusterId, ClusterTally][] = [];
    for (const cluster of this.clusters.values()) {
      if (cluster.notes > 0) clusters.push([cluster.id, this.tallyOf(cluster)]);
    }
    const spenders: UserId[] = [];
    const spent: number[] = [];
    const scanned = this.scannedVoters;
    for (let slot = 0; slot < this.voterBySlot.length; slot++) {
      const voter = this.voterBySlot[slot];
      const dots = voter ? this.dotCount(voter) : scanned.firstDot[slot + 1]! - scanned.firstDot[slot]!;
      if (dots === 0) continue;
      spenders.push(voter ? voter.id : scanned.ids[slot]!);
      spent.push(dots);
    }
    return {
      round: this.round,
      notes: { ids, votes, voters, createdAt },
      clusters,
      spenders,
      spent,
      votesPerPerson: this.budget,
      totalVotes: this.totalVotes,
      clusterVotes: this.clusterVotes,
      freeVotes: this.freeVotes,
      voterCount: this.countedVoters,
    };
  }

  private tallyOf(cluster: ClusterRecord): ClusterTally {
    return {
      votes: cluster.total,
      voters: this.byCluster.size(cluster.slot),
      noteCount: cluster.notes,
      clusterDots: cluster.direct,
    };
  }

  private applyDot(voter: VoterRecord, key: string | null, sign: 1 | -1): void {
    this.work++;
    if (key === null) {
      this.freeVotes += sign;
      return;
    }
    const onCluster = clusterOfKey(key);
    if (onCluster !== undefined) {
      const cluster = this.clusterRecord(onCluster);
      cluster.direct += sign;
      this.byDirect.add(cluster.slot, voter.slot, sign);
      if (cluster.notes === 0) return; // no existing note in it: counts nowhere until one joins
      this.byCluster.add(cluster.slot, voter.slot, sign);
      cluster.total += sign;
      this.clusterVotes += sign;
      this.credit(voter, sign);
      return;
    }
    const note = this.noteRecord(key);
    note.dots += sign;
    this.byNote.add(note.slot, voter.slot, sign);
    if (!note.map) return; // orphaned: counts nowhere until the note reappears
    this.credit(voter, sign);
    this.totalVotes += sign;
    if (note.cluster) {
      this.byCluster.add(note.cluster.slot, voter.slot, sign);
      note.cluster.total += sign;
    }
  }

  /** Adds (sign 1) or removes (sign −1) an existing note's dots and cluster membership. */
  private applyNote(note: NoteRecord, sign: 1 | -1): void {
    if (note.dots > 0) {
      this.creditAll(this.byNote, note.slot, sign);
      this.totalVotes += sign * note.dots;
    }
    if (note.cluster) this.applyToCluster(note.cluster, note, sign);
    if (note.dots > 0 || note.cluster) this.version++;
  }

  /**
   * A note joins (sign 1) or leaves (sign −1) a cluster. The cluster exists while it holds a note; the dots on it as
   * a whole count only meanwhile, so they come and go with its first and last note.
   */
  private applyToCluster(cluster: ClusterRecord, note: NoteRecord, sign: 1 | -1): void {
    if (cluster.notes === 0) this.applyDirect(cluster, 1);
    cluster.notes += sign;
    if (note.dots > 0) {
      this.byNote.forEach(note.slot, (voter, count) => this.byCluster.add(cluster.slot, voter, sign * count));
      cluster.total += sign * note.dots;
      this.work += this.byNote.size(note.slot);
    }
    if (cluster.notes === 0) this.applyDirect(cluster, -1);
  }

  /** Counts (1) or stops counting (−1) the dots on a cluster as a whole, in its supporters and totals. */
  private applyDirect(cluster: ClusterRecord, sign: 1 | -1): void {
    if (cluster.direct === 0) return;
    this.byDirect.forEach(cluster.slot, (voter, count) => this.byCluster.add(cluster.slot, voter, sign * count));
    cluster.total += sign * cluster.direct;
    this.clusterVotes += sign * cluster.direct;
    this.creditAll(this.byDirect, cluster.slot, sign);
    this.version++;
  }

  private creditAll(counts: VoterCounts, row: number, sign: 1 | -1): void {
    counts.forEach(row, (slot, count) => {
      const voter = this.voterRecordOf(slot);
      if (voter.map) this.credit(voter, sign * count);
    });
    this.work += counts.size(row);
  }

  private credit(voter: VoterRecord, delta: number): void {
    const before = voter.counted;
    voter.counted += delta;
    if (before === 0 && voter.counted > 0) this.countedVoters++;
    else if (before > 0 && voter.counted === 0) this.countedVoters--;
  }

  /** A voter's well-formed dots, counted without reading them. */
  private dotCount(voter: VoterRecord): number {
    return voter.dots ? voter.dots.size : voter.scannedEnd - voter.scannedFirst;
  }

  /** A voter's dots as a Map of their own, made from the scan at their first change. */
  private dotsOf(voter: VoterRecord): Map<VoteId, string | null> {
    if (!voter.dots) {
      voter.dots = new Map();
      for (let dot = voter.scannedFirst; dot < voter.scannedEnd; dot++) {
        voter.dots.set(this.scannedIds[dot]!, this.scannedKeys[dot]!);
      }
    }
    return voter.dots;
  }

  private clusterOf(clusterId: ClusterId | undefined): ClusterRecord | undefined {
    return clusterId === undefined ? undefined : this.clusterRecord(clusterId);
  }

  /** The note's record, made now if it is in the scan's note table; undefined for a note id never seen. */
  private findNote(noteId: NoteId): NoteRecord | undefined {
    const note = this.notes.get(noteId);
    if (note) return note;
    const slot = this.scannedNotes.table.index.slotOf(noteId);
    return slot < 0 ? undefined : this.noteRecordOf(slot);
  }

  /** The record of the scanned note in `slot`, made from the note table the first time it is needed. */
  private noteRecordOf(slot: number): NoteRecord {
    const existing = this.noteBySlot[slot];
    if (existing) return existing;
    const { table, dots, clusters } = this.scannedNotes;
    const cluster = table.clusterOf[slot]!;
    const note: NoteRecord = {
      slot,
      id: table.ids[slot]!,
      map: table.maps[slot]!,
      createdAt: table.createdAt[slot]!,
      cluster: cluster === NO_CLUSTER ? undefined : clusters[cluster]!,
      dots: dots[slot]!,
    };
    this.notes.set(note.id, note);
    this.noteBySlot[slot] = note;
    return note;
  }

  private noteRecord(noteId: NoteId): NoteRecord {
    let note = this.findNote(noteId);
    if (!note) {
      note = { slot: this.noteBySlot.length, id: noteId, map: undefined, createdAt: 0, cluster: undefined, dots: 0 };
      this.notes.set(noteId, note);
      this.noteBySlot.push(note);
    }
    return note;
  }

  private clusterRecord(clusterId: ClusterId): ClusterRecord {
    let cluster = this.clusters.get(clusterId);
    if (!cluster) {
      cluster = { slot: this.clusters.size, id: clusterId, notes: 0, total: 0, direct: 0 };
      this.clusters.set(clusterId, cluster);
    }
    return cluster;
  }

  /** The voter's record, made now if the scan found them; undefined for a voter never seen. */
  private findVoter(voterId: UserId): VoterRecord | undefined {
    const voter = this.voters.get(voterId);
    if (voter) return voter;
    const scanned = this.scannedVoters;
    if (scanned.ids.length === 0) return undefined;
    // Voter ids are the keys of one Y.Map, so distinct, as the index requires.
    const slot = (scanned.slots ??= new IdIndex(scanned.ids)).slotOf(voterId);
    return slot < 0 ? undefined : this.voterRecordOf(slot);
  }

  /** The record of the voter in `slot`, made from the scan's arrays the first time a scanned voter's is needed. */
  private voterRecordOf(slot: number): VoterRecord {
    const existing = this.voterBySlot[slot];
    if (existing) return existing;
    const scanned = this.scannedVoters;
    const voter: VoterRecord = {
      slot,
      id: scanned.ids[slot]!,
      map: scanned.maps[slot]!,
      dots: undefined,
      scannedFirst: scanned.firstDot[slot]!,
      scannedEnd: scanned.firstDot[slot + 1]!,
      counted: scanned.counted[slot]!,
    };
    this.voters.set(voter.id, voter);
    this.voterBySlot[slot] = voter;
    return voter;
  }

  private voterRecord(voterId: UserId): VoterRecord {
    let voter = this.findVoter(voterId);
    if (!voter) {
      const slot = this.voterBySlot.length;
      voter = {
        slot,
        id: voterId,
        map: undefined,
        dots: undefined,
        scannedFirst: 0,
        scannedEnd: 0,
        counted: 0,
      };
      this.voters.set(voterId, voter);
      this.voterBySlot.push(voter);
    }
    return voter;
  }
}
