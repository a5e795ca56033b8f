import type { FastifyBaseLogger } from 'fastify';
import {
  allVotes,
  autoAdvanceAt,
  deriveBoardIdentity,
  readNotes,
  forgetPeople,
  initBoard,
  relayLeadPresence,
  nextPhase,
  readMeta,
  readSession,
  readSettings,
  REFUSALS,
  setPhase,
  transition,
  type BoardState,
  type Effect,
  type RefusalCode,
} from '@notevote/board';
import type * as Y from 'yjs';
import type { DocStore } from '../storage/types';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';
import { ProtocolError, checkStateVector, decodeClientMessage, type ClientMessage } from '../sync/protocol';
import type { RoomMember } from './member';
import { FacilitatorLead } from './facilitator-lead';
import { PhaseClock, timeoutScheduler, type Scheduler } from './phase-clock';
import { Presence } from './presence';
import { PrivateDocs } from './private-docs';
import { closeCodeFor, Refusal } from './refusal';
import { RelayState } from './relay-state';
import { ResyncAllowance } from './resync-allowance';
import { Reveal } from './reveal';
import { SecrecyCounts } from './secrecy-counts';
import { SyncedDoc, type RelayTiming, type SyncedDocOptions } from './synced-doc';
import { atNextTurnEnd, atTurnEnd } from '../loop/turn-end';
import { judgeUpdate, type Allowed } from './update-gate';

/**
 * How long one room applies queued updates in a turn before leaving the rest for the next (as FrameQueue bounds the
 * reading of frames): a flood of updates, or a few very large ones, must not hold up everyone else's frames and timers.
 */
const APPLY_BUDGET_MS = 5;

export interface RoomOptions {
  store: DocStore;
  logger: FastifyBaseLogger;
  /** Compact a stored update log into one snapshot once it has this many entries, when next quiet for: */
  compactAfterEntries: number;
  compactWhenQuietMs?: number;
  /** Each document refuses updates that would grow its stored size past this. */
  maxDocBytes: number;
  /** Presence states larger than this (JSON bytes) are dropped. */
  maxAwarenessBytes: number;
  /** How long the relay waits to publish changed secrecy counts, so a burst of joins or notes sends one. */
  summaryDelayMs?: number;
  /** Called when the last connection leaves, so the registry can unload the room later. */
  onEmpty: (room: Room) => void;
  /** Called for every refused update, to count refusals by code. */
  onRefusal?: (code: RefusalCode) => void;
  /** Told how long each relayed message of clients' updates was held and took to send (see RelayTiming). */
  onRelayed?: (timing: RelayTiming) => void;
  /** The relay's clock, which timeboxes are written in (default `Date.now`). */
  now?: () => number;
  /** Sets the phase clock's timer (default `setTimeout`). */
  scheduler?: Scheduler;
  /** How long a turn's updates may be applied before the rest waits for the next turn (default APPLY_BUDGET_MS). */
  applyBudgetMs?: number;
}

/** Where a frame goes: its sender, and the document it syncs (the board, or the sender's private document). */
interface Addressed {
  connection: RoomMember;
  target: SyncedDoc;
  where: RoomMember['channel'];
}

/** A document update received this turn, judged and applied at its end (see `applyQueued`). */
interface QueuedUpdate extends Addressed {
  update: Uint8Array;
  /** When it was read (`performance.now()`), for the relay's timing of what it holds. */
  receivedAt: number;
}

type OtherMessage = Exclude<ClientMessage, { type: 'sync-step-2' | 'update' }>;

/** A frame that came after its sender's queued update, so it waits for it (see `dispatch`). */
interface QueuedMessage extends Addressed {
  message: OtherMessage;
}

/** What a connection presents to join: the device key its user id derives from, and whose private space it opens. */
export interface JoinRequest {
  deviceKey: string | null;
  /** The user id in a private document's path (`/ws/<boardId>/<userId>`), or null for the board itself. */
  owner: string | null;
}

/**
 * One live board: its document, its private documents (silent writing, secret voting), everyone's presence, the
 * reveal, the secrecy counts and the phase clock. The room routes each frame; what a sender may change is decided by
 * the rules of @notevote/board (`judgeUpdate`), and what a change of state sets off by their `transition`.
 */
export class Room {
  readonly board: SyncedDoc;
  readonly privates: PrivateDocs;
  readonly presence: Presence;
  private readonly reveal: Reveal;
  private readonly counts: SecrecyCounts;
  /** The relay's own presence: the secrecy counts and the facilitator's lead, side by side. */
  private readonly relayState: RelayState;
  /** Moves the round on when its timebox runs out with auto-advance on. */
  private readonly clock: PhaseClock;
  /** How many times each member was asked to resend what the relay missed, so a hostile one cannot loop on it. */
  private readonly resyncs = new ResyncAllowance();
  /** Set when the board was erased: connections closing afterwards change nothing (see `discard`). */
  private discarded = false;
  /** Document updates received this turn, in order of arrival (see `applyQueued`). */
  private queued: QueuedUpdate[] = [];
  /** Other frames received this turn after an update from the same connection, in order of arrival. */
  private queuedAfter: QueuedMessage[] = [];
  /** Connections with an update in `queued`. */
  private readonly queuedFrom = new Set<RoomMember>();
  private readonly log: FastifyBaseLogger;

  /**
   * Loads a board and every private document of it, brings it to the current schema, then reveals what is due and
   * moves the round on if its timebox ran out while the board was unloaded (or the relay down).
   */
  static async load(boardId: string, options: RoomOptions): Promise<Room> {
    const room = new Room(boardId, options, await SyncedDoc.load(boardId, docOptions(options)));
    await room.privates.load(options.store);
    // Only the relay writes meta: it migrates older boards, and gives one that has none yet (a board whose creation
    // was interrupted) its first state.
    // (A board from a newer notevote throws here: it does not load, rather than being misread.) Like every change,
    // it is relayed once stored; a failed write is retried by the next compaction.
    void room.board.transactAsRelay(() => initBoard(room.doc, { title: '' })).catch(() => undefined);
    // A relay that stopped between storing a reveal and clearing the private copies finishes the job now.
    room.reveal.due();
    room.clock.check();
    room.counts.soon();
    return room;
  }

  private constructor(
    readonly name: string,
    private readonly options: RoomOptions,
    board: SyncedDoc,
  ) {
    this.board = board;
    this.log = options.logger.child({ board: name });
    this.privates = new PrivateDocs(name, docOptions(options), (_owner, pendingChanged) => {
      // Private content that arrives after its mode was turned off is revealed as it arrives.
      this.reveal.due();
      if (pendingChanged) this.counts.soon();
    });
    this.relayState = new RelayState((state) => this.presence.setRelayState(state));
    this.presence = new Presence(
      board.doc,
      () => board.connections,
      options.maxAwarenessBytes,
      () => readSettings(board.doc).anonymous,
      new FacilitatorLead((lead) => this.relayState.set('lead', relayLeadPresence(lead))),
    );
    this.reveal = new Reveal(board, this.privates, this.log, () => this.counts.soon());
    this.counts = new SecrecyCounts(
      board,
      this.privates,
      this.reveal,
      (state) => this.relayState.set('secrecy', state),
      options.summaryDelayMs ?? 100,
    );
    const now = options.now ?? Date.now;
    this.clock = new PhaseClock({
      dueAt: () => autoAdvanceAt(readSession(this.doc)),
      advance: (dueAt) => this.advancePhase(now(), dueAt),
      now,
      scheduler: options.scheduler ?? timeoutScheduler,
    });
  }

  /** The board document. */
  get doc(): Y.Doc {
    return this.board.doc;
  }

  get connectionCount(): number {
    return this.board.connections.size + this.privates.connectionCount;
  }

  /** Everyone connected, to the board or to a private document (for heartbeats and shutdown). */
  *members(): IterableIterator<RoomMember> {
    yield* this.board.connections;
    yield* this.privates.connections();
  }

  /**
   * Adds a connection: to the board (sync plus everyone's presence), or to its owner's private document. Its user id
   * depends on the board (see `deriveBoardIdentity`), so it is bound here. False (and closed) when refused.
   */
  join(connection: RoomMember, { deviceKey, owner }: JoinRequest): boolean {
    const scheme = readMeta(this.doc)?.userIds ?? 2;
    connection.identify(deviceKey === null ? null : deriveBoardIdentity(deviceKey, this.name, scheme));
    if (connection.channel === 'private') {
      if (connection.userId === null || connection.userId !== owner) {
        connection.close(CloseCode.forbidden, 'private-not-yours');
        return false;
      }
      this.privates.of(connection.userId).join(connection);
      return true;
    }
    this.board.join(connection);
    this.presence.welcome(connection);
    if (connection.role === 'participant' && connection.userId !== null)
      this.counts.participantJoined(connection.userId);
    return true;
  }

  /** Removes a connection and the presence it announced. */
  leave(connection: RoomMember): void {
    if (this.discarded) return;
    if (connection.channel === 'private') {
      const own = connection.userId === null ? undefined : this.privates.get(connection.userId);
      if (!own?.leave(connection)) return;
    } else {
      if (!this.board.leave(connection)) return;
      this.presence.leave(connection);
      if (connection.role === 'participant' && connection.userId !== null)
        this.counts.participantLeft(connection.userId);
    }
    if (this.connectionCount === 0) this.options.onEmpty(this);
  }

  /** Handles one frame from a connection. A frame that is refused or cannot be decoded closes that connection only. */
  receive(connection: RoomMember, frame: Uint8Array): void {
    try {
      this.dispatch(connection, frame);
    } catch (error) {
      this.refuse(connection, error);
    }
  }

  /** Logs why a frame was refused and closes its connection. */
  private refuse(connection: RoomMember, error: unknown): void {
    const code: RefusalCode = error instanceof Refusal ? error.code : 'malformed-message';
    const detail = error instanceof ProtocolError ? error.message : undefined;
    if (error instanceof Refusal) this.options.onRefusal?.(code);
    this.log.warn(
      {
        conn: connection.id,
        role: connection.role,
        user: connection.userId,
        channel: connection.channel,
        rule: code,
        detail,
      },
      `refused: ${REFUSALS[code]}`,
    );
    if (!(error instanceof Refusal) && !(error instanceof ProtocolError)) this.log.error({ err: error }, 'unexpected');
    connection.close(closeCodeFor(code), code);
  }

  /**
   * Document updates wait for the end of the turn (see `applyQueued`). Each connection's frames are still handled in
   * the order it sent them: once it has an update waiting, its later frames wait too, so a refused update closes it
   * before anything after it is answered, and a SyncStep1 after an update is answered once that update is stored.
   */
  private dispatch(connection: RoomMember, frame: Uint8Array): void {
    const message = decodeClientMessage(frame);
    const where = connection.channel;
    const target = where === 'private' ? this.privates.get(connection.userId ?? '') : this.board;
    if (!target) throw new Refusal('private-not-yours');
    if (message.type === 'sync-step-2' || message.type === 'update') {
      if (this.queued.length === 0) atTurnEnd(this.applyQueued);
      this.queued.push({ connection, target, where, update: message.update, receivedAt: performance.now() });
      this.queuedFrom.add(connection);
    } else if (this.queuedFrom.has(connection)) {
      this.queuedAfter.push({ connection, target, where, message });
    } else {
      this.handle({ connection, target, where }, message);
    }
  }

  /** Handles a frame other than a document update. */
  private handle({ connection, target, where }: Addressed, message: OtherMessage): void {
    switch (message.type) {
      case 'sync-step-1':
        checkStateVector(message.stateVector);
        target.answerSyncStep1(connection, message.stateVector);
        return;
      case 'awareness':
        // Presence belongs to the board; a private document has none (the stock client sends it anyway).
        if (where === 'board') this.presence.receive(connection, message.update);
        return;
      case 'query-awareness':
        if (where === 'board') this.presence.query(connection);
        return;
    }
  }

  /**
   * Judges and applies the updates received this turn, in the order they arrived, each document's in one batch (see
   * `SyncedDoc.applyBatch`): every update is judged against the document with the ones before it applied, and a
   * refused one closes only its sender. What the changes set off runs once all are applied. Called at the end of
   * the turn; a test that checks the relay's answer to each frame (the fuzz test) calls it after every frame.
   */
  readonly applyQueued = (): void => {
    const queued = this.queued;
    this.queued = [];
    if (this.discarded) return;
    const startedAt = performance.now();
    const budgetMs = this.options.applyBudgetMs ?? APPLY_BUDGET_MS;
    const outOfTime = () => performance.now() - startedAt > budgetMs;
    const byTarget = new Map<SyncedDoc, QueuedUpdate[]>();
    for (const item of queued) {
      const list = byTarget.get(item.target);
      if (list) list.push(item);
      else byTarget.set(item.target, [item]);
    }
    const effects: Effect[] = [];
    // A refused update closes its sender, and what it sent after that is dropped. An update from a client that left
    // since (or was closed for another reason) is applied all the same: it arrived before, as a relay handling every
    // frame at once would have applied it.
    const refused = new Set<RoomMember>();
    const left: QueuedUpdate[] = [];
    // At least one update is applied per turn, however little time there is: the queue always moves.
    let appliedAny = false;
    for (const [target, items] of byTarget) {
      if (left.length > 0 || (appliedAny && outOfTime())) {
        left.push(...items);
        continue;
      }
      // Items are in the order they arrived (what an earlier turn left comes first): the first is the oldest.
      const oldestReceipt = items[0]!.receivedAt;
      target.applyBatch(() => {
        for (let i = 0; i < items.length; i++) {
          const item = items[i]!;
          if (appliedAny && outOfTime()) {
            left.push(...items.slice(i));
            return;
          }
          appliedAny = true;
          if (refused.has(item.connection)) continue;
          try {
            this.applyUpdate(item, effects);
          } catch (error) {
            refused.add(item.connection);
            this.refuse(item.connection, error);
          }
        }
      }, oldestReceipt);
    }
    if (effects.length > 0) this.run(effects);
    if (left.length > 0) {
      // Out of this turn's time (a flood of updates, or very large ones): the rest waits for the next turn, first in
      // line, and so does every frame that came after them; others' frames meanwhile keep being read.
      this.queued = left.filter((item) => !refused.has(item.connection));
      this.queuedFrom.clear();
      for (const { connection } of [...this.queued, ...this.queuedAfter]) this.queuedFrom.add(connection);
      atNextTurnEnd(this.applyQueued);
      return;
    }
    const after = this.queuedAfter;
    this.queuedAfter = [];
    this.queuedFrom.clear();
    // Every batch's update is now handed to the store, so a SyncStep1 here is answered once that is on disk.
    // The other frames only matter to a connection still here (presence from one that left would outlive it).
    for (const { message, ...addressed } of after) {
      if (!addressed.connection.isOpen || refused.has(addressed.connection)) continue;
      try {
        this.handle(addressed, message);
      } catch (error) {
        this.refuse(addressed.connection, error);
      }
    }
  };

  /** Forgets every frame waiting for the end of the turn (the room is going away). */
  private dropQueued(): void {
    this.queued = [];
    this.queuedAfter = [];
    this.queuedFrom.clear();
  }

  /** Judges one update and applies it if allowed; what it sets off is added to `effects`. */
  private applyUpdate({ connection, target, where, update }: QueuedUpdate, effects: Effect[]): void {
    const own = connection.userId === null ? null : (this.privates.get(connection.userId)?.doc ?? null);
    let allowed: Allowed;
    try {
      allowed = judgeUpdate({ connection, target, where, board: this.doc, own }, update);
    } catch (error) {
      if (!(error instanceof Refusal) || error.code !== 'unresolved' || !this.resyncs.allow(connection)) throw error;
      // Built on changes that never reached the relay: an honest client whose earlier updates were lost on the
      // way (its instance's link to the board's instance broke, say) and which wrote on before resyncing. The
      // update is dropped, and the relay's state vector asks the client for everything it is missing, this
      // update included (the stock client answers with a SyncStep2).
      target.requestMissing(connection);
      return;
    }
    const { changes } = allowed;
    // Only a change of settings can set anything off: read the state before it only then (not per note drag).
    const changesState = where === 'board' && changes.some(({ root }) => root === 'session' || root === 'meta');
    const before = changesState ? this.state() : null;
    target.apply(connection, update, {
      changesContent: changes.length > 0,
      repeatsDeletions: allowed.repeatsDeletions,
    });
    if (before) effects.push(...transition(before, this.state()));
  }

  /** The board's state that transitions depend on. */
  private state(): BoardState {
    return { session: readSession(this.doc), settings: readSettings(this.doc) };
  }

  /** Carries out what a change of state sets off (see `transition` in @notevote/board). */
  run(effects: readonly Effect[]): void {
    for (const effect of effects) {
      switch (effect.type) {
        case 'reveal':
          this.reveal.due();
          break;
        case 'publish-secrecy-counts':
          this.counts.soon();
          break;
        case 'forget-names':
          void this.board.transactAsRelay(() => forgetPeople(this.doc)).catch(() => undefined);
          this.presence.forgetAll();
          break;
        case 'schedule-phase-clock':
          this.clock.check();
          break;
      }
    }
  }

  /**
   * The timebox ran out with auto-advance on: the relay moves the round to its next phase itself, as a relay change,
   * so what the phase change sets off (the reveal when silent writing or secret voting ends) runs as for a
   * facilitator's. The phase change stops the timebox, so the new phase is not due again.
   */
  private advancePhase(now: number, dueAt: number): void {
    const { phase } = readSession(this.doc);
    const next = nextPhase(phase);
    if (next === null) return;
    this.log.info({ from: phase, to: next, lateMs: Math.max(0, now - dueAt) }, 'timebox ran out: next phase');
    try {
      // A failed write stays in memory and is stored by the next compaction (SyncedDoc logs it).
      void this.changeAsRelay((doc) => setPhase(doc, next, { now })).catch(() => undefined);
    } catch (error) {
      // Runs from a timer: an unexpected error must not take the relay down with every other board.
      this.log.error({ err: error }, 'could not move the round on; the facilitator can still change the phase');
    }
  }

  /** Whether the board holds any note or dot yet, on the board or in anyone's private document. */
  hasContent(): boolean {
    if (readNotes(this.doc).length > 0 || !allVotes(this.doc).next().done) return true;
    for (const [, pending] of this.privates.allPending()) if (pending.notes > 0 || pending.dots > 0) return true;
    return false;
  }

  /** Makes a change as the relay (e.g. a facilitator's setting through the API), then runs what it sets off. */
  changeAsRelay(change: (doc: Y.Doc) => void): Promise<void> {
    const before = this.state();
    const stored = this.board.transactAsRelay(() => change(this.doc));
    this.run(transition(before, this.state()));
    return stored;
  }

  /** Closes the connections matching `predicate` (e.g. those using a link that was replaced). */
  closeWhere(predicate: (connection: RoomMember) => boolean, code: CloseCodeValue, reason: RefusalCode): number {
    let closed = 0;
    for (const connection of this.members()) {
      if (predicate(connection)) {
        connection.close(code, reason);
        closed++;
      }
    }
    return closed;
  }

  /** Closes every connection with `code` (used at shutdown). */
  closeAll(code: CloseCodeValue, reason: RefusalCode): void {
    for (const connection of this.members()) connection.close(code, reason);
  }

  /**
   * Releases an erased board at once, writing nothing more: no compaction, no reveal finishing, no counts. The
   * caller closes the connections; writes already handed to the store are the eraser's to wait for.
   */
  discard(): void {
    this.discarded = true;
    this.dropQueued();
    this.clock.stop();
    this.counts.stop();
    this.presence.destroy();
    this.board.discard();
    this.privates.discard();
  }

  /** Compacts what is worth it and releases every document. Call only once no connection is left. */
  async unload(): Promise<void> {
    this.dropQueued();
    this.clock.stop();
    this.counts.stop();
    this.presence.destroy();
    await Promise.all([this.board.unload(), this.privates.unload()]);
  }
}

function docOptions(options: RoomOptions): SyncedDocOptions {
  return {
    store: options.store,
    logger: options.logger,
    compactAfterEntries: options.compactAfterEntries,
    ...(options.compactWhenQuietMs !== undefined ? { compactWhenQuietMs: options.compactWhenQuietMs } : {}),
    maxDocBytes: options.maxDocBytes,
    ...(options.onRelayed ? { onRelayed: options.onRelayed } : {}),
  };
}
