import type { FastifyBaseLogger } from 'fastify';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import {
  copyRevealed,
  dropRevealed,
  parsePrivateDocName,
  pendingIn,
  privateDocName,
  readSession,
  relayPresence,
  summarizePending,
  type PendingContent,
  type Revealed,
  type UserId,
} from '@notevote/board';
import type { DocStore } from '../storage/types';
import { CloseCode } from '../sync/close-codes';
import { ProtocolError, checkStateVector, decodeClientMessage, encodeAwareness } from '../sync/protocol';
import type { Connection } from './connection';
import { PermissionError } from './permission-error';
import { PresenceBatch } from './presence-batch';
import { SyncedDoc, type SyncedDocOptions } from './synced-doc';
import { checkPermissions, type PermissionRule } from '../validation/permissions';
import { scopeOfUpdate, UpdateDecodeError } from '../validation';
import { decodeAwareness, encodeAwarenessEntries, filterAwareness } from '../sync/awareness-filter';

export interface RoomOptions {
  store: DocStore;
  logger: FastifyBaseLogger;
  /** Compact a stored update log into one snapshot once it has this many entries. */
  compactAfterEntries: number;
  /** Each document refuses updates that would grow its stored size past this. */
  maxDocBytes: number;
  /** Presence states larger than this (JSON bytes) are dropped. */
  maxAwarenessBytes: number;
  /** How long the relay waits to publish a changed secrecy summary, so a burst of joins or notes sends one. */
  summaryDelayMs?: number;
  /** Called when the last connection leaves, so the registry can unload the room later. */
  onEmpty: (room: Room) => void;
  /** Called for every refused update, to count refusals by rule. */
  onRefusal?: (rule: PermissionRule) => void;
}

const NOTHING_PENDING: PendingContent = Object.freeze({ notes: 0, dots: 0 });

/**
 * One live board: its document, everyone's presence, and the private documents of silent writing and secret
 * voting (`<boardId>/<userId>`), each synced only with its owner's connections. The room decides, update by update,
 * whether the sender may make that change, and reveals private content when the facilitator turns a mode off.
 */
export class Room {
  readonly board: SyncedDoc;
  readonly awareness: awarenessProtocol.Awareness;
  private readonly privateDocs = new Map<UserId, SyncedDoc>();
  /** What each person's private document holds, for the public summary and to know when a reveal is due. */
  private readonly pending = new Map<UserId, PendingContent>();
  /** Owners whose reveal is being stored: neither revealed again nor counted as pending meanwhile. */
  private readonly revealing = new Set<UserId>();
  /** Participant connections on the board per user id: the "of 12" in "9 of 12 have voted". */
  private readonly participantsOnline = new Map<UserId, number>();
  /** Which connection controls each awareness client id, so no one else can overwrite or remove it. */
  private readonly awarenessOwners = new Map<number, Connection>();
  /** Presence changes relayed once per turn. */
  private readonly presence = new PresenceBatch((clients, except) =>
    this.board.broadcast(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)), except),
  );
  private summaryTimer: NodeJS.Timeout | null = null;
  private publishedSummary = 'null';
  /** Set when the board was erased: connections closing afterwards change nothing (see `discard`). */
  private discarded = false;
  private readonly log: FastifyBaseLogger;

  /** Loads a board and every private document of it from the store, then reveals what is due. */
  static async load(boardId: string, options: RoomOptions): Promise<Room> {
    const board = await SyncedDoc.load(boardId, docOptions(options));
    const room = new Room(boardId, options, board);
    const names = await options.store.listDocs(`${boardId}/`);
    for (const name of names) {
      const owner = parsePrivateDocName(name)?.userId;
      if (owner === undefined) continue;
      room.adoptPrivateDoc(owner, await SyncedDoc.load(name, room.privateDocOptions(owner)));
    }
    // A relay that stopped between storing a reveal and clearing the private copies finishes the job now.
    room.revealDue();
    room.publishSummarySoon();
    return room;
  }

  private constructor(
    readonly name: string,
    private readonly options: RoomOptions,
    board: SyncedDoc,
  ) {
    this.board = board;
    this.log = options.logger.child({ board: name });
    this.awareness = new awarenessProtocol.Awareness(board.doc);
    // The relay publishes presence only for the secrecy summary (see publishSummary).
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** The board document. */
  get doc(): Y.Doc {
    return this.board.doc;
  }

  get connectionCount(): number {
    let count = this.board.connections.size;
    for (const own of this.privateDocs.values()) count += own.connections.size;
    return count;
  }

  /** Everyone currently connected, to the board or to a private document (for heartbeats and shutdown). */
  *members(): IterableIterator<Connection> {
    yield* this.board.connections;
    for (const own of this.privateDocs.values()) yield* own.connections;
  }

  /** Adds a connection: to the board (sync plus everyone's presence), or to its owner's private document. */
  join(connection: Connection): void {
    if (connection.channel === 'private') {
      this.privateDocOf(connection).join(connection);
      return;
    }
    this.board.join(connection);
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) {
      connection.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, present)));
    }
    if (connection.role === 'participant' && connection.userId !== null) {
      this.participantsOnline.set(connection.userId, (this.participantsOnline.get(connection.userId) ?? 0) + 1);
      this.publishSummarySoon();
    }
  }

  /** Removes a connection and the presence it announced. */
  leave(connection: Connection): void {
    if (this.discarded) return;
    if (connection.channel === 'private') {
      if (!this.privateDocOf(connection).leave(connection)) return;
    } else {
      if (!this.board.leave(connection)) return;
      if (connection.awarenessClients.size > 0) {
        awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], null);
      }
      if (connection.role === 'participant' && connection.userId !== null) {
        const left = (this.participantsOnline.get(connection.userId) ?? 1) - 1;
        if (left > 0) this.participantsOnline.set(connection.userId, left);
        else this.participantsOnline.delete(connection.userId);
        this.publishSummarySoon();
      }
    }
    if (this.connectionCount === 0) this.options.onEmpty(this);
  }

  /** Handles one frame from a connection. A frame that cannot be decoded closes that connection only. */
  receive(connection: Connection, frame: Uint8Array): void {
    try {
      this.dispatch(connection, frame);
    } catch (error) {
      if (error instanceof PermissionError) {
        this.options.onRefusal?.(error.rule);
        this.log.warn(
          {
            conn: connection.id,
            role: connection.role,
            user: connection.userId,
            channel: connection.channel,
            rule: error.rule,
            reason: error.message,
          },
          'refused an update',
        );
        connection.close(
          error.rule === 'board-full' ? CloseCode.tooLarge : CloseCode.forbidden,
          `refused: ${error.message}`,
        );
        return;
      }
      const reason = error instanceof ProtocolError ? error.message : 'message could not be applied';
      this.log.warn({ conn: connection.id, reason }, 'closing connection after a malformed message');
      connection.close(CloseCode.malformedMessage, `malformed message: ${reason}`);
    }
  }

  private dispatch(connection: Connection, frame: Uint8Array): void {
    const message = decodeClientMessage(frame);
    const target = connection.channel === 'private' ? this.privateDocOf(connection) : this.board;
    switch (message.type) {
      case 'sync-step-1':
        checkStateVector(message.stateVector);
        target.answerSyncStep1(connection, message.stateVector);
        return;
      case 'sync-step-2':
      case 'update': {
        // Worked out before applying: which parts of the schema this update would touch.
        const scope = scopeOf(target.doc, message.update);
        // An update that touches no schema part passes (e.g. the empty SyncStep2 every client sends, or GC structs
        // of content created and deleted offline); it is still applied, or later updates would miss those clocks.
        if (target.hasClockGap(message.update)) {
          // Yjs would park it until the missing updates arrive, and they may never come: nothing is kept pending.
          throw new PermissionError(
            'the update depends on changes the relay has not received; reload the board',
            'unresolved',
          );
        }
        const own = connection.userId === null ? undefined : this.privateDocs.get(connection.userId);
        const verdict = checkPermissions(scope, {
          role: connection.role,
          userId: connection.userId,
          channel: connection.channel,
          doc: target.doc,
          board: this.board.doc,
          // The sender's dots in their other document spend the same budget.
          others: connection.channel === 'private' ? [this.board.doc] : own ? [own.doc] : [],
        });
        if (!verdict.ok) throw new PermissionError(verdict.message, verdict.rule);
        target.apply(connection, message.update, scope.touched.length > 0);
        // A reveal can only become due when the session changes (a facilitator turned a mode off) or private
        // content arrives (after its mode was turned off): not on every note drag.
        const touchesSession = scope.touched.some(({ path }) => path.root === 'session');
        if (touchesSession || (connection.channel === 'private' && scope.touched.length > 0)) this.revealDue();
        if (touchesSession) this.publishSummarySoon();
        return;
      }
      case 'awareness': {
        // Presence belongs to the board; a private document has none (the stock client sends it anyway).
        if (connection.channel === 'private') return;
        const allowed = filterAwareness(decodeAwareness(message.update, this.options.maxAwarenessBytes), {
          userId: connection.userId,
          owned: connection.awarenessClients,
          ownedByOther: (clientId) =>
            clientId === this.awareness.clientID ||
            (this.awarenessOwners.get(clientId) !== undefined && this.awarenessOwners.get(clientId) !== connection),
        });
        if (allowed.length === 0) return;
        try {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(allowed), connection);
        } catch {
          throw new ProtocolError('awareness update is malformed');
        }
        return;
      }
      case 'query-awareness': {
        if (connection.channel === 'private') return;
        const present = [...this.awareness.getStates().keys()];
        connection.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, present)));
        return;
      }
    }
  }

  /** The private document a private connection syncs: its owner's, created empty on first use. */
  private privateDocOf(connection: Connection): SyncedDoc {
    const owner = connection.userId;
    if (owner === null) throw new Error('a connection without a user id has no private document');
    const existing = this.privateDocs.get(owner);
    if (existing) return existing;
    const created = SyncedDoc.empty(privateDocName(this.name, owner), this.privateDocOptions(owner));
    this.adoptPrivateDoc(owner, created);
    return created;
  }

  private privateDocOptions(owner: UserId): SyncedDocOptions {
    return { ...docOptions(this.options), onChange: () => this.onPrivateChange(owner) };
  }

  private adoptPrivateDoc(owner: UserId, own: SyncedDoc): void {
    this.privateDocs.set(owner, own);
    this.pending.set(owner, pendingIn(own.doc, owner));
  }

  private onPrivateChange(owner: UserId): void {
    const own = this.privateDocs.get(owner);
    if (!own) return;
    const before = this.pending.get(owner) ?? NOTHING_PENDING;
    const now = pendingIn(own.doc, owner);
    this.pending.set(owner, now);
    if (now.notes !== before.notes || now.dots !== before.dots) this.publishSummarySoon();
  }

  /**
   * Keeps the secrecy invariant: private content exists only for a mode that is on. Whatever a mode that is off
   * still holds (just turned off, or written offline before it was) is copied into the board in one transaction,
   * and removed from the private documents once that copy is stored. Copies keep their ids, so repeating a reveal
   * (after a crash between the two steps) adds nothing twice.
   */
  private revealDue(): void {
    const session = readSession(this.board.doc);
    const kinds = { notes: !session.silentWriting, votes: !session.secretVoting };
    if (!kinds.notes && !kinds.votes) return;
    const due = [...this.pending].filter(
      ([owner, p]) => !this.revealing.has(owner) && ((kinds.notes && p.notes > 0) || (kinds.votes && p.dots > 0)),
    );
    if (due.length === 0) return;
    const revealed = new Map<UserId, Revealed>();
    const stored = this.board.transactAsRelay(() => {
      for (const [owner] of due) {
        const own = this.privateDocs.get(owner);
        if (own) revealed.set(owner, copyRevealed(this.board.doc, own.doc, owner, kinds));
      }
    });
    for (const [owner] of due) this.revealing.add(owner);
    this.publishSummarySoon();
    this.log.info(
      { people: due.length, notes: kinds.notes, votes: kinds.votes },
      'revealed private notes and dots into the board',
    );
    stored.then(
      () => {
        for (const [owner, what] of revealed) {
          const own = this.privateDocs.get(owner);
          // Dropping the copies updates `pending` (onPrivateChange) before the owner is released.
          if (own) void own.transactAsRelay(() => dropRevealed(own.doc, owner, what)).catch(() => undefined);
          this.revealing.delete(owner);
        }
        this.publishSummarySoon();
      },
      (error: unknown) => {
        // The private copies stay, so nothing is lost: released, they are revealed again by the next change.
        for (const [owner] of due) this.revealing.delete(owner);
        this.publishSummarySoon();
        this.log.error({ err: error }, 'could not store a reveal; the private copies are kept');
      },
    );
  }

  /** Publishes the secrecy summary after a short delay, so a burst of changes costs one presence update. */
  private publishSummarySoon(): void {
    if (this.summaryTimer || this.discarded) return;
    this.summaryTimer = setTimeout(() => {
      this.summaryTimer = null;
      this.publishSummary();
    }, this.options.summaryDelayMs ?? 100);
    this.summaryTimer.unref();
  }

  /** The relay's own presence: counts of private content, and nothing at all while there is no secrecy. */
  private publishSummary(): void {
    const session = readSession(this.board.doc);
    const stillPrivate = [...this.pending].filter(([owner]) => !this.revealing.has(owner)).map(([, p]) => p);
    const summary = summarizePending(stillPrivate, this.participantsOnline.size);
    const active = session.silentWriting || session.secretVoting || summary.notes > 0 || summary.dots > 0;
    const state = active ? relayPresence(summary) : null;
    const encoded = JSON.stringify(state);
    if (encoded === this.publishedSummary) return;
    this.publishedSummary = encoded;
    this.awareness.setLocalState(state);
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const sender =
      origin instanceof Object && this.board.connections.has(origin as Connection) ? (origin as Connection) : null;
    if (sender) {
      for (const id of added) {
        sender.awarenessClients.add(id);
        this.awarenessOwners.set(id, sender);
      }
      for (const id of removed) {
        sender.awarenessClients.delete(id);
        this.awarenessOwners.delete(id);
      }
    } else {
      for (const id of removed) this.awarenessOwners.get(id)?.awarenessClients.delete(id);
      for (const id of removed) this.awarenessOwners.delete(id);
    }
    this.presence.add([...added, ...updated, ...removed], sender);
  };

  /** Closes the connections matching `predicate` (e.g. those using a participant link that was rotated). */
  closeWhere(
    predicate: (connection: Connection) => boolean,
    code: (typeof CloseCode)[keyof typeof CloseCode],
    reason: string,
  ): number {
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
  closeAll(code: (typeof CloseCode)[keyof typeof CloseCode], reason: string): void {
    for (const connection of this.members()) connection.close(code, reason);
  }

  /**
   * Releases an erased board at once, writing nothing more: no compaction, no reveal finishing, no summary. The
   * caller closes the connections; writes already handed to the store are the eraser's to wait for.
   */
  discard(): void {
    this.discarded = true;
    if (this.summaryTimer) clearTimeout(this.summaryTimer);
    this.summaryTimer = null;
    this.presence.cancel();
    this.awareness.destroy();
    this.board.discard();
    for (const own of this.privateDocs.values()) own.discard();
  }

  /** Compacts what is worth it and releases every document. Call only once no connection is left. */
  async unload(): Promise<void> {
    if (this.summaryTimer) clearTimeout(this.summaryTimer);
    this.presence.cancel();
    this.awareness.destroy();
    await Promise.all([this.board.unload(), ...[...this.privateDocs.values()].map((own) => own.unload())]);
  }
}

function docOptions(options: RoomOptions): SyncedDocOptions {
  return {
    store: options.store,
    logger: options.logger,
    compactAfterEntries: options.compactAfterEntries,
    maxDocBytes: options.maxDocBytes,
  };
}

/** The update's scope; bytes that do not decode are a protocol error like any other malformed frame. */
function scopeOf(doc: Y.Doc, update: Uint8Array) {
  try {
    return scopeOfUpdate(doc, update);
  } catch (error) {
    if (error instanceof UpdateDecodeError) throw new ProtocolError('document update is malformed');
    throw error;
  }
}
