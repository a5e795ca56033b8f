import * as Y from 'yjs';
import type { NoteId, UserId, VoteId } from '../schema/ids';
import type { Note, Vote } from '../schema/types';
import { notesMap, votesMap } from './access';
import { parseVote } from '../votes/parse';
import { readNoteMap } from './notes';

type Listener = () => void;

/** Top-level keys of `root` that a batch of deep events touched (an entry itself, or anything inside it). */
function touchedKeys(root: Y.Map<unknown>, events: Array<Y.YEvent<Y.AbstractType<unknown>>>): Set<string> {
  const touched = new Set<string>();
  for (const event of events) {
    if (event.target === root && event instanceof Y.YMapEvent) for (const key of event.keysChanged) touched.add(key);
    else if (typeof event.path[0] === 'string') touched.add(event.path[0]);
  }
  return touched;
}

/** A listener registry that fires once after each transaction that changed something. */
export abstract class LiveView<T> {
  private readonly listeners = new Set<Listener>();
  private dirty = false;
  protected current: T;

  protected constructor(
    protected readonly doc: Y.Doc,
    initial: T,
  ) {
    this.current = initial;
    doc.on('afterTransaction', this.flush);
  }

  /** An immutable snapshot: a new object after every change, the same object otherwise (safe for React). */
  get snapshot(): T {
    return this.current;
  }

  /** Calls `listener` after every transaction that changed this view. Returns an unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected markChanged(next: T): void {
    this.current = next;
    this.dirty = true;
  }

  private readonly flush = (): void => {
    if (!this.dirty) return;
    this.dirty = false;
    for (const listener of this.listeners) listener();
  };

  /** Stops observing the document. */
  destroy(): void {
    this.doc.off('afterTransaction', this.flush);
    this.listeners.clear();
  }
}

/**
 * Every note as plain data, kept current from Yjs events: each transaction re-reads only the notes it touched, and
 * unchanged notes keep their object identity so renderers can skip them.
 */
export class LiveNotes extends LiveView<ReadonlyMap<NoteId, Note>> {
  private readonly notes: Y.Map<unknown>;

  constructor(doc: Y.Doc) {
    const map = notesMap(doc) as Y.Map<unknown>;
    const initial = new Map<NoteId, Note>();
    for (const [id, value] of map) {
      const note = readNoteMap(id, value);
      if (note) initial.set(id, note);
    }
    super(doc, initial);
    this.notes = map;
    map.observeDeep(this.onEvents);
  }

  private readonly onEvents = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    const touched = touchedKeys(this.notes, events);
    if (touched.size === 0) return;
    const next = new Map(this.current);
    for (const id of touched) {
      const note = readNoteMap(id, this.notes.get(id));
      if (note) next.set(id, note);
      else next.delete(id);
    }
    this.markChanged(next);
  };

  override destroy(): void {
    this.notes.unobserveDeep(this.onEvents);
    super.destroy();
  }
}

/** One dot with its owner, as stored (positions relative to its note unless it is a free dot). */
export interface PlacedVote {
  key: string;
  voterId: UserId;
  voteId: VoteId;
  vote: Vote;
}

/** Every well-formed dot, kept current from Yjs events; only changed voters are re-read. */
export class LiveVotes extends LiveView<ReadonlyMap<string, PlacedVote>> {
  private readonly votes: Y.Map<unknown>;

  constructor(doc: Y.Doc) {
    const map = votesMap(doc) as Y.Map<unknown>;
    const initial = new Map<string, PlacedVote>();
    super(doc, initial);
    this.votes = map;
    for (const voterId of map.keys()) this.readVoter(initial, voterId);
    map.observeDeep(this.onEvents);
  }

  private readVoter(into: Map<string, PlacedVote>, voterId: UserId): void {
    const prefix = `${voterId}/`;
    for (const key of into.keys()) if (key.startsWith(prefix)) into.delete(key);
    const dots = this.votes.get(voterId);
    if (!(dots instanceof Y.Map)) return;
    for (const [voteId, raw] of dots as Y.Map<unknown>) {
      const vote = parseVote(raw);
      if (vote) into.set(prefix + voteId, { key: prefix + voteId, voterId, voteId, vote });
    }
  }

  private readonly onEvents = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    const touched = touchedKeys(this.votes, events);
    if (touched.size === 0) return;
    const next = new Map(this.current);
    for (const voterId of touched) this.readVoter(next, voterId);
    this.markChanged(next);
  };

  override destroy(): void {
    this.votes.unobserveDeep(this.onEvents);
    super.destroy();
  }
}

/**
 * The board's entries with this person's private ones laid over them (a person sees their own private notes and
 * dots among everyone's public ones). The board's copy wins when both have a key, as during a reveal. Keeps the
 * board's snapshot object when nothing is private, so renderers skip work.
 */
export class LayeredView<V> {
  private readonly listeners = new Set<Listener>();
  private current: ReadonlyMap<string, V>;
  private shownPrivate: ReadonlyMap<string, V> = EMPTY;
  private readonly unsubscribe: Array<() => void>;

  constructor(
    private readonly shared: LiveView<ReadonlyMap<string, V>>,
    private readonly own: LiveView<ReadonlyMap<string, V>> | null,
  ) {
    this.current = this.merge();
    const onChange = () => {
      this.current = this.merge();
      for (const listener of this.listeners) listener();
    };
    this.unsubscribe = [shared.subscribe(onChange), ...(own ? [own.subscribe(onChange)] : [])];
  }

  /** The entries to show, and (as `shownPrivate`) which of them come from the private layer. */
  private merge(): ReadonlyMap<string, V> {
    const mine = this.own?.snapshot;
    this.shownPrivate = EMPTY;
    if (!mine || mine.size === 0) return this.shared.snapshot;
    const merged = new Map(this.shared.snapshot);
    const shownPrivate = new Map<string, V>();
    for (const [key, value] of mine) {
      if (merged.has(key)) continue;
      merged.set(key, value);
      shownPrivate.set(key, value);
    }
    this.shownPrivate = shownPrivate;
    return merged;
  }

  /** Everything visible to this person; a new object after every change. */
  get snapshot(): ReadonlyMap<string, V> {
    return this.current;
  }

  /**
   * The entries of `snapshot` that come from this person's private layer: not yet revealed, so nobody else sees
   * them. A private entry the board already has (during a reveal) is not here, as the board's copy is shown.
   */
  get privateSnapshot(): ReadonlyMap<string, V> {
    return this.shownPrivate;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    for (const stop of this.unsubscribe) stop();
    this.listeners.clear();
  }
}

const EMPTY: ReadonlyMap<string, never> = new Map<string, never>();
