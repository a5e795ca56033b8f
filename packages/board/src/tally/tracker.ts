import * as Y from 'yjs';
import type { ClusterId, NoteId, UserId } from '../schema/ids';
import { NOTE_KEYS } from '../schema/types';
import { isNoteMap, notesMap, sessionMap, votesMap, type NoteMap, type VoterVotes } from '../doc/access';
import { readSession } from '../doc/session';
import { dotKey } from './fields';
import { scanBoard } from './scan';
import { assembleTally } from './snapshot';
import { TallyIndex } from './tally-index';
import type { ClusterTally, NoteTally, Tally } from './types';

/** Called after a transaction that changed the tally; read `tracker.tally()` only if you need the whole snapshot. */
export type TallyListener = (tracker: TallyTracker, transaction: Y.Transaction) => void;

/** Counters for tests and diagnostics: how often the whole document was scanned, and index entries touched. */
export interface TallyTrackerStats {
  fullScans: number;
  entriesVisited: number;
}

const asNoteMap = (value: unknown): NoteMap | undefined => (isNoteMap(value) ? value : undefined);
const asVoterMap = (value: unknown): VoterVotes | undefined =>
  value instanceof Y.Map ? (value as VoterVotes) : undefined;

/** Which round a tracker counts: one round (null: dots outside rounds), or whichever is in progress. */
export interface TrackerOptions {
  round?: string | null | 'current';
}

/**
 * Keeps a board's tally of one round up to date from Yjs events. It scans the document once on construction (and
 * again when it follows the round in progress and a new one starts); afterwards each event costs O(entries it
 * changed): one dot, one note's voters, or one replaced voter map. `tally()` always equals
 * `computeTally(doc, { round })`.
 */
export class TallyTracker {
  private readonly notes: Y.Map<NoteMap>;
  private readonly votes: Y.Map<VoterVotes>;
  private readonly session: Y.Map<unknown>;
  private readonly follows: boolean;
  private index: TallyIndex;
  private readonly listeners = new Set<TallyListener>();
  private snapshot: Tally | undefined;
  private snapshotVersion = -1;
  private notifiedVersion: number;
  private fullScans = 0;
  private destroyed = false;

  constructor(
    readonly doc: Y.Doc,
    options: TrackerOptions = {},
  ) {
    this.notes = notesMap(doc);
    this.votes = votesMap(doc);
    this.session = sessionMap(doc);
    const round = options.round ?? 'current';
    this.follows = round === 'current';
    this.index = this.scan(round === 'current' ? readSession(doc).roundId : round);
    this.notifiedVersion = this.index.version;
    this.notes.observeDeep(this.onNotes);
    this.votes.observeDeep(this.onVotes);
    this.session.observe(this.onSession);
    doc.on('afterTransaction', this.onAfterTransaction);
  }

  /** The current tally. Cached until the next change, so repeated calls between changes are free. */
  tally(): Tally {
    if (!this.snapshot || this.snapshotVersion !== this.index.version) {
      this.snapshot = assembleTally(this.index.parts());
      this.snapshotVersion = this.index.version;
    }
    return this.snapshot;
  }

  /** Votes and distinct voters on one note in O(1); zeros for a note that has none or does not exist. */
  votesOnNote(noteId: NoteId): NoteTally {
    return this.index.noteTally(noteId);
  }

  /** A cluster's totals in O(1), or undefined when no existing note is in it. */
  clusterTally(clusterId: ClusterId): ClusterTally | undefined {
    return this.index.clusterTally(clusterId);
  }

  /** The round counted (null: dots outside rounds). */
  get round(): string | null {
    return this.index.round;
  }

  /** Dots of `voterId` that count toward their budget, in O(1). */
  spentBy(voterId: UserId): number {
    return this.index.spent(voterId);
  }

  /** Dots `voterId` may still place under the current budget, in O(1). */
  remainingFor(voterId: UserId): number {
    return Math.max(0, this.index.votesPerPerson() - this.index.spent(voterId));
  }

  /** Calls `listener` after every transaction that changed the tally; returns the unsubscribe function. */
  subscribe(listener: TallyListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Stops observing the document and drops all listeners. The last tally stays readable. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.notes.unobserveDeep(this.onNotes);
    this.votes.unobserveDeep(this.onVotes);
    this.session.unobserve(this.onSession);
    this.doc.off('afterTransaction', this.onAfterTransaction);
    this.listeners.clear();
  }

  /** Diagnostics for tests: proves that events do not rescan the document. */
  get stats(): TallyTrackerStats {
    return { fullScans: this.fullScans, entriesVisited: this.index.work };
  }

  /** A fresh index of `round`'s dots, built from one read of the whole document. */
  private scan(round: string | null): TallyIndex {
    this.fullScans++;
    const index = TallyIndex.fromScan(scanBoard(this.doc, round));
    index.setBudget(readSession(this.doc).votesPerPerson);
    return index;
  }

  private putVoter(voterId: string, map: VoterVotes | undefined): void {
    const round = this.index.round;
    const dots: [string, string | null][] = [];
    map?.forEach((raw, voteId) => {
      const key = dotKey(raw, round);
      if (key !== undefined) dots.push([voteId, key]);
    });
    this.index.putVoter(voterId, map, dots);
  }

  private readonly onNotes = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const event of events) {
      const target = event.target;
      if (target === this.notes) {
        for (const noteId of (event as Y.YMapEvent<unknown>).keysChanged) {
          this.index.putNote(noteId, asNoteMap(this.notes.get(noteId)));
        }
        continue;
      }
      // Text edits (path [noteId, 'text']) and anything nested deeper never affect the tally.
      if (!(target instanceof Y.Map) || target.parent !== this.notes) continue;
      const keys = (event as Y.YMapEvent<unknown>).keysChanged;
      if (!keys.has(NOTE_KEYS.clusterId) && !keys.has(NOTE_KEYS.createdAt)) continue;
      const noteId = event.path[0];
      // A stale map (one that lost a concurrent set of the same note id) must not touch the live entry.
      if (typeof noteId === 'string' && this.index.noteMapOf(noteId) === target) this.index.updateNoteFields(noteId);
    }
  };

  private readonly onVotes = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const event of events) {
      const target = event.target;
      if (target === this.votes) {
        // Added, replaced or deleted voter maps: re-read the current value, old dots come from our own index.
        for (const voterId of (event as Y.YMapEvent<unknown>).keysChanged) {
          this.putVoter(voterId, asVoterMap(this.votes.get(voterId)));
        }
        continue;
      }
      if (!(target instanceof Y.Map) || target.parent !== this.votes) continue;
      const voterId = event.path[0];
      if (typeof voterId !== 'string' || this.index.voterMapOf(voterId) !== target) continue;
      for (const voteId of (event as Y.YMapEvent<unknown>).keysChanged) {
        this.index.putDot(voterId, voteId, dotKey(target.get(voteId), this.index.round));
      }
    }
  };

  private readonly onSession = (event: Y.YMapEvent<unknown>): void => {
    if (this.follows && event.keysChanged.has('roundId')) {
      const round = readSession(this.doc).roundId;
      if (round !== this.index.round) {
        // A new round counts other dots: start its index afresh (once per round, not per event).
        const version = this.index.version;
        this.index = this.scan(round);
        this.index.version = version + 1;
        return;
      }
    }
    if (event.keysChanged.has('votesPerPerson')) this.index.setBudget(readSession(this.doc).votesPerPerson);
  };

  private readonly onAfterTransaction = (transaction: Y.Transaction): void => {
    if (this.index.version === this.notifiedVersion) return;
    this.notifiedVersion = this.index.version;
    let failure: { error: unknown } | undefined;
    for (const listener of [...this.listeners]) {
      try {
        listener(this, transaction);
      } catch (error) {
        // One failing listener must not starve the others; the first error still surfaces.
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  };
}

/** Creates a `TallyTracker` for `doc`; call `destroy()` when done. */
export function createTallyTracker(doc: Y.Doc, options?: TrackerOptions): TallyTracker {
  return new TallyTracker(doc, options);
}
