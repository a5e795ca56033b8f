import { performance } from 'node:perf_hooks';
import type { FastifyBaseLogger } from 'fastify';
import * as Y from 'yjs';
import type { DocStore } from '../storage/types';
import { CloseCode } from '../sync/close-codes';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../sync/protocol';
import type { RoomMember } from './member';
import { Refusal } from './refusal';

export interface SyncedDocOptions {
  store: DocStore;
  logger: FastifyBaseLogger;
  /** Compact the stored update log into one snapshot once it has this many entries (when, see below). */
  compactAfterEntries: number;
  /**
   * A document due for compaction waits until nothing has been stored for this long, so a board mid-burst (a vote, a
   * plenary) does not pay for it then; it compacts anyway once its log reaches LOG_CAP_FACTOR × compactAfterEntries.
   * 0 (default): as soon as it is due.
   */
  compactWhenQuietMs?: number;
  /** The document refuses updates that would grow its stored size past this. */
  maxDocBytes: number;
  /** Called after every change that reached the document (a client's or the relay's own). */
  onChange?: () => void;
  /** Told how long each relayed message of clients' updates was held and took to send (the relay's metrics). */
  onRelayed?: (timing: RelayTiming) => void;
}

/**
 * The relay's own share of one relayed message's delivery time, in milliseconds: what it adds to the network's.
 * Messages of the relay's own changes (a reveal) have no reader to time from and are not reported.
 */
export interface RelayTiming {
  /**
   * From reading the oldest client update in the message to starting to send it on: judging and applying it with the
   * others of its turn, and storing them (an update is stored before it is relayed).
   */
  heldMs: number;
  /** Handing the message to every connection of the document: one socket write each. */
  sendMs: number;
}

/** Origin of changes the relay makes itself (a reveal): persisted, then relayed to every connection. */
const RELAY_ORIGIN = Symbol('relay');

/**
 * A document that never goes quiet compacts when its log is this many times `compactAfterEntries`: it bounds the rows
 * a load reads and merges (4,000 at the default, tens of milliseconds for small updates) and the disk a busy board's
 * log takes, while a board that pauses now and then compacts at the threshold as before.
 */
const LOG_CAP_FACTOR = 8;

/** The state vector of an empty document: what a first-time joiner sends. */
const isEmptyStateVector = (sv: Uint8Array) => sv.length === 1 && sv[0] === 0;

/**
 * The updates of one turn from everyone on a document, applied in one Yjs transaction (see `applyBatch`): its origin,
 * so the store and relay know whose changes the transaction's one update holds.
 */
class Batch {
  readonly senders = new Set<RoomMember>();
  /** Bytes of the updates applied so far, for the size limit before they are stored. */
  bytes = 0;
  /** What `apply` gave Yjs, in order: the batch's change, when `exact`. */
  readonly applied: Uint8Array[] = [];
  /**
   * True while the applied bytes hold exactly the change they made, so they can be stored and relayed as they are
   * (see `storeExactBatch`); false once one repeats deletions the document already had, or failed midway.
   */
  exact = true;

  /**
   * `receivedAt`: when the oldest update of the batch was read (`performance.now()`), or undefined when unknown.
   * `relayClientId`: the document's own client id when the batch began (Yjs gives the document a new one when a
   * remote update uses it).
   */
  constructor(
    readonly receivedAt: number | undefined,
    readonly relayClientId: number,
  ) {}
}

/** A stored update waiting to be relayed, and the connection it came from (null: the relay's own change). */
interface OutgoingUpdate {
  update: Uint8Array;
  sender: RoomMember | null;
  /** When the oldest client update it holds was read; undefined for the relay's own changes. */
  receivedAt: number | undefined;
}

/**
 * One Yjs document the relay serves (a board, or one person's private document) with the connections syncing it.
 * Every update is written to the store before it is relayed, so a client never sees an edit the relay could lose
 * in a crash. Who may change what is decided by the room before `apply` is called.
 *
 * Updates stored by the same commit are relayed together, merged into one message: the store commits what arrived
 * in one event-loop turn at once, so on a busy board (a plenary, twenty people dragging notes) that turns "every
 * update × every connection" sends into one per commit per connection, and the busier the relay, the more each
 * message carries. An idle relay adds no delay.
 */
export class SyncedDoc {
  readonly doc = new Y.Doc();
  readonly connections = new Set<RoomMember>();
  /** The whole document encoded once and reused until the next change, for bursts of first-time joiners. */
  private encodedState: Uint8Array | null = null;
  private storedEntries: number;
  /** Bytes of stored updates, approximately (exact after loading and compacting); bounds the document's size. */
  private storedBytes: number;
  private compaction: Promise<void> | null = null;
  /** Waiting for a quiet spell to compact in (see `compactWhenQuietMs`). */
  private quietTimer: NodeJS.Timeout | null = null;
  /** When an update was last handed to the store (`performance.now()`). */
  private lastStoredAt = 0;
  /** Resolves once the latest update is stored. */
  private lastWrite: Promise<void> = Promise.resolve();
  /** Stored updates to relay once the commit that stored them is fully answered (see `relaySoon`). */
  private outgoing: OutgoingUpdate[] = [];
  private relayScheduled = false;
  /** Set when the board was erased: from then on nothing of this document is written again (see `discard`). */
  private discarded = false;
  /** The batch being applied, while `applyBatch` runs. */
  private batch: Batch | null = null;
  /** Set while `storeExactBatch` has the `update` listener off. */
  private updatesUnheard = false;
  private readonly log: FastifyBaseLogger;

  /** Loads a document from the store (an empty one when it was never stored). */
  static async load(name: string, options: SyncedDocOptions): Promise<SyncedDoc> {
    const stored = await options.store.load(name);
    return new SyncedDoc(name, options, stored?.update ?? null, stored?.entries ?? 0, stored?.bytes ?? 0);
  }

  /** A document that was never stored. */
  static empty(name: string, options: SyncedDocOptions): SyncedDoc {
    return new SyncedDoc(name, options, null, 0, 0);
  }

  private constructor(
    readonly name: string,
    private readonly options: SyncedDocOptions,
    initialState: Uint8Array | null,
    storedEntries: number,
    storedBytes: number,
  ) {
    this.storedEntries = storedEntries;
    this.storedBytes = storedBytes;
    this.log = options.logger.child({ doc: name });
    // Before the listeners: the stored state is not an edit, so it is neither stored again nor relayed.
    if (initialState) Y.applyUpdate(this.doc, initialState);
    this.doc.on('update', this.onDocUpdate);
    this.doc.on('afterTransactionCleanup', this.storeExactBatch);
    // The first events of any later transaction's cleanup, and the end of them all (see storeExactBatch).
    this.doc.on('beforeObserverCalls', this.listenForUpdates);
    this.doc.on('afterAllTransactions', this.listenForUpdates);
  }

  /** Adds a connection and starts the sync handshake with our SyncStep1. */
  join(connection: RoomMember): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
  }

  /**
   * Asks a connection for every change the relay lacks: our state vector (a SyncStep1), which the client answers with
   * a SyncStep2 holding them all.
   */
  requestMissing(connection: RoomMember): void {
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
  }

  /** Removes a connection; false when it was not here. */
  leave(connection: RoomMember): boolean {
    return this.connections.delete(connection);
  }

  /**
   * Answers a client's SyncStep1 with everything it is missing, once all of that is on disk: the answer may hold
   * updates applied this turn whose commit is still queued, and a joiner must not hold an edit the relay could
   * lose (it could not give it back: another person's vote is not its to write).
   */
  answerSyncStep1(connection: RoomMember, stateVector: Uint8Array): void {
    const answer = encodeSyncStep2(this.encodeStateFor(stateVector));
    // Every update in the answer was handed to the store before lastWrite's; if that write failed, the update is
    // still kept (the next compaction stores it, see onDocUpdate), so the joiner gets the answer either way.
    const send = () => connection.send(answer);
    this.lastWrite.then(send, send);
  }

  /** True when the update holds structs of some client that the relay already has. */
  private startsBeforeState(update: Uint8Array): boolean {
    const { from } = Y.parseUpdateMeta(update);
    for (const [client, clock] of from) {
      if (clock < Y.getState(this.doc.store, client)) return true;
    }
    return false;
  }

  /** True when the update starts after what the relay has from some client: its earlier updates never arrived. */
  hasClockGap(update: Uint8Array): boolean {
    const { from } = Y.parseUpdateMeta(update);
    for (const [client, clock] of from) {
      if (clock > Y.getState(this.doc.store, client)) return true;
    }
    return false;
  }

  /**
   * Applies a client's update that the room has allowed (see `Allowed` in update-gate.ts). `changesContent` is false
   * for updates that touch nothing in the schema (e.g. the empty SyncStep2 every client sends); those are exempt from
   * the size limit. `repeatsDeletions`: its delete set names what the document has already deleted.
   */
  apply(connection: RoomMember, update: Uint8Array, how: { changesContent: boolean; repeatsDeletions: boolean }): void {
    const batch = this.batch;
    const unstored = batch?.bytes ?? 0;
    if (how.changesContent && this.storedBytes + unstored + update.length > this.options.maxDocBytes) {
      throw new Refusal('board-full');
    }
    // Apply exactly what was checked: structs the relay already has are left out, so a resent struct with a
    // forged missing reference cannot be parked in Yjs' pending queue. Most updates start right where the relay's
    // clocks are and need no diff (which would encode the whole state vector, per update).
    const applied = this.startsBeforeState(update) ? Y.diffUpdate(update, Y.encodeStateVector(this.doc)) : update;
    try {
      Y.applyUpdate(this.doc, applied, connection);
    } catch (error) {
      // Part of it may be in the document: only Yjs' own account of the transaction says what.
      if (batch) batch.exact = false;
      throw error;
    }
    if (!batch) return;
    batch.senders.add(connection);
    batch.bytes += update.length;
    batch.applied.push(applied);
    if (how.repeatsDeletions) batch.exact = false;
  }

  /**
   * Runs `applyAll`, which judges and `apply`s a turn's updates one by one, inside one Yjs transaction, so the
   * document stores and relays them as one update. Each update is still integrated (and judged) in order, seeing the
   * ones before it; what Yjs does once per transaction is done once per turn. That is two state vectors, each over
   * every client id the document has ever seen, and encoding the change: on a board with a week of history (5,000
   * client ids), a millisecond and more per transaction, which one per update made the relay fall behind at a few
   * hundred updates a second. `receivedAt` is when the oldest of them was read (`performance.now()`), for the relay's
   * timing of what it holds (see RelayTiming).
   */
  applyBatch(applyAll: () => void, receivedAt?: number): void {
    const batch = new Batch(receivedAt, this.doc.clientID);
    this.batch = batch;
    try {
      this.doc.transact(applyAll, batch);
    } finally {
      this.batch = null;
    }
  }

  /**
   * Makes a change as the relay itself, in one transaction relayed to every connection once stored. Resolves when
   * it is stored; rejects when it could not be (it stays in memory, and the next compaction stores it).
   */
  transactAsRelay(change: () => void): Promise<void> {
    const before = this.lastWrite;
    this.doc.transact(change, RELAY_ORIGIN);
    return this.lastWrite === before ? Promise.resolve() : this.lastWrite;
  }

  private encodeStateFor(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector)) return Y.encodeStateAsUpdate(this.doc, stateVector);
    this.encodedState ??= Y.encodeStateAsUpdate(this.doc);
    return this.encodedState;
  }

  /** Stores and relays the update Yjs encoded for a transaction (one not stored by `storeExactBatch`). */
  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.discarded) return;
    this.store(update, origin);
  };

  /**
   * A batch of clients' updates, once its transaction is over: when the bytes applied are exactly its change, they
   * are stored and relayed as they are, and Yjs is kept from encoding the change again. Yjs encodes a transaction's
   * update for `update` listeners by walking the state vector, which holds every client id the document has ever
   * seen: on a board with a week of history (5,000 ids) that was a large part of the relay's time per turn, for
   * bytes the clients had already sent. Yjs checks for listeners right after this event, so the listener is taken
   * off here and put back at the next transaction's first event (`listenForUpdates`): that may be one an observer
   * starts during this cleanup, which Yjs cleans up next.
   *
   * Exact means: the batch's transaction holds nothing but the applied updates (the relay's own client id made no
   * change in it), none failed midway, and none repeats deletions the document already had (Yjs skips those; a
   * reconnecting client's sync message repeats its whole delete set, which the relay would store and send to
   * everyone again). Anything else keeps Yjs' own encoding. Structs the relay already had are not in the applied
   * bytes (see `apply`), and nothing is left pending (the room refuses what would be), so every struct in them is new.
   */
  private readonly storeExactBatch = (transaction: Y.Transaction): void => {
    const batch = transaction.origin;
    if (!(batch instanceof Batch) || !batch.exact) return;
    const relayClock = (state: Map<number, number>) => state.get(batch.relayClientId) ?? 0;
    if (relayClock(transaction.beforeState) !== relayClock(transaction.afterState)) return;
    // Merged before the listener goes: should that throw, Yjs still encodes and stores the change.
    const update = changedAnything(transaction) ? merged(batch.applied) : null;
    this.doc.off('update', this.onDocUpdate);
    this.updatesUnheard = true;
    if (update !== null) this.store(update, batch);
  };

  /** Puts the `update` listener back after `storeExactBatch` took it off. */
  private readonly listenForUpdates = (): void => {
    if (!this.updatesUnheard) return;
    this.updatesUnheard = false;
    this.doc.on('update', this.onDocUpdate);
  };

  /** Stores a change, then relays it; `origin` is its transaction's: a Batch, a connection, or the relay. */
  private store(update: Uint8Array, origin: unknown): void {
    this.encodedState = null;
    const senders =
      origin instanceof Batch
        ? [...origin.senders].filter((member) => this.connections.has(member))
        : origin instanceof Object && this.connections.has(origin as RoomMember)
          ? [origin as RoomMember]
          : [];
    // The one sender's own changes are not sent back to it; with several, each gets everyone's (see relayOutgoing).
    const sender = senders.length === 1 ? senders[0]! : null;
    this.storedEntries++;
    this.storedBytes += update.length;
    const stored = this.options.store.append(this.name, update);
    this.lastWrite = stored;
    const receivedAt = origin instanceof Batch ? origin.receivedAt : undefined;
    stored.then(
      () => this.relaySoon(update, sender, receivedAt),
      (error: unknown) => {
        // The update is in memory but not on disk. The sender keeps it and resends it when it reconnects, so
        // closing it with a transient code gets the update another chance instead of relaying an unsaved edit.
        this.log.error(
          { err: error, conns: senders.map((member) => member.id) },
          'could not store a document update; asking the clients that sent it to retry',
        );
        for (const member of senders) member.close(CloseCode.internalError, 'save-failed');
      },
    );
    this.lastStoredAt = performance.now();
    if (this.storedEntries >= this.options.compactAfterEntries) this.compactSoon();
    this.options.onChange?.();
  }

  /**
   * Queues a stored update to be relayed with the others stored by the same commit. A commit answers all its appends
   * at once, so their callbacks run one after another in the same microtask checkpoint; a microtask queued by the
   * first runs after the last of them. That relays the whole commit as one message without waiting for the next
   * event-loop turn, which on a busy relay first reads (and stores) everything that arrived meanwhile: in the fan-out
   * benchmark, a turn of the loop was most of the p99 between "stored" and "relayed".
   */
  private relaySoon(update: Uint8Array, sender: RoomMember | null, receivedAt: number | undefined): void {
    if (this.discarded) return;
    this.outgoing.push({ update, sender, receivedAt });
    if (this.relayScheduled) return;
    this.relayScheduled = true;
    queueMicrotask(this.relayOutgoing);
  }

  /**
   * Relays the queued updates as one message. Its senders get their own changes back only when several people's
   * updates were merged; Yjs ignores what it already has, and one merge beats one per receiver.
   */
  private readonly relayOutgoing = (): void => {
    this.relayScheduled = false;
    const batch = this.outgoing;
    this.outgoing = [];
    if (batch.length === 0) return;
    const first = batch[0]!;
    const oneSender = batch.every(({ sender }) => sender === first.sender) ? first.sender : null;
    const update = merged(batch.map((entry) => entry.update));
    const sendStartedAt = performance.now();
    this.broadcast(encodeUpdate(update), oneSender);
    this.reportTiming(batch, sendStartedAt);
  };

  /** Tells `onRelayed` how long the oldest client update of a relayed message was held, and how long sending took. */
  private reportTiming(batch: readonly OutgoingUpdate[], sendStartedAt: number): void {
    const onRelayed = this.options.onRelayed;
    if (!onRelayed) return;
    let receivedAt = Infinity;
    for (const entry of batch) {
      if (entry.receivedAt !== undefined && entry.receivedAt < receivedAt) receivedAt = entry.receivedAt;
    }
    // Only the relay's own changes: nothing was read from a client.
    if (receivedAt === Infinity) return;
    onRelayed({ heldMs: sendStartedAt - receivedAt, sendMs: performance.now() - sendStartedAt });
  }

  /** Sends a frame to every connection but `except`. */
  broadcast(frame: Uint8Array, except: RoomMember | null): void {
    for (const connection of this.connections) {
      if (connection !== except) connection.send(frame);
    }
  }

  /**
   * Compacts a document that is due: at once when the log has reached its cap (or no quiet spell is asked for),
   * otherwise once nothing has been stored for `compactWhenQuietMs`. Compacting costs the main thread the snapshot's
   * encoding (milliseconds on a large board) and sends the next commits through the storage thread while it runs, a
   * price a burst of edits would pay in its slowest deliveries; a pause pays it for nobody.
   */
  private compactSoon(): void {
    const quietMs = this.options.compactWhenQuietMs ?? 0;
    if (quietMs === 0 || this.storedEntries >= this.options.compactAfterEntries * LOG_CAP_FACTOR) {
      void this.compact();
      return;
    }
    this.quietTimer ??= setTimeout(this.compactIfQuiet, quietMs).unref();
  }

  private readonly compactIfQuiet = (): void => {
    this.quietTimer = null;
    if (this.discarded || this.storedEntries < this.options.compactAfterEntries) return;
    const quietMs = this.options.compactWhenQuietMs ?? 0;
    const quietFor = performance.now() - this.lastStoredAt;
    if (quietFor >= quietMs) void this.compact();
    else this.quietTimer = setTimeout(this.compactIfQuiet, quietMs - quietFor).unref();
  };

  private stopWaitingForQuiet(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = null;
  }

  /** Replaces the stored update log with one snapshot of the current state. */
  compact(): Promise<void> {
    if (this.discarded) return Promise.resolve();
    if (this.compaction) return this.compaction;
    const entriesBefore = this.storedEntries;
    // Encoded synchronously with the call, so the snapshot holds every update appended so far (the store's contract).
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    this.compaction = this.options.store
      .compact(this.name, snapshot)
      .then(
        () => {
          this.storedEntries = Math.max(1, this.storedEntries - entriesBefore + 1);
          this.storedBytes = snapshot.length;
        },
        (error: unknown) =>
          this.log.error({ err: error }, 'could not compact the document; its update log keeps growing'),
      )
      .finally(() => {
        this.compaction = null;
      });
    return this.compaction;
  }

  /**
   * Releases the document of an erased board without writing anything more: no compaction, no append of a change
   * still being made (a reveal whose copy is being stored would otherwise drop its private copies afterwards), and
   * nothing more relayed. Writes already handed to the store are the eraser's to wait for.
   */
  discard(): void {
    this.discarded = true;
    this.stopWaitingForQuiet();
    this.outgoing = [];
    this.doc.off('update', this.onDocUpdate);
    this.doc.off('afterTransactionCleanup', this.storeExactBatch);
    this.doc.off('beforeObserverCalls', this.listenForUpdates);
    this.doc.off('afterAllTransactions', this.listenForUpdates);
    this.doc.destroy();
  }

  /** Compacts if worthwhile and releases the document. Call only once no connection is left. */
  async unload(): Promise<void> {
    this.stopWaitingForQuiet();
    this.outgoing = [];
    if (this.storedEntries > 1) await this.compact();
    this.doc.destroy();
  }
}

/** One update holding all of `updates` (at least one); a lone update as it is. */
function merged(updates: Uint8Array[]): Uint8Array {
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}

/** What Yjs checks before emitting a transaction's update: did it add or delete anything? */
function changedAnything(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if ((transaction.beforeState.get(client) ?? 0) !== clock) return true;
  }
  return false;
}
