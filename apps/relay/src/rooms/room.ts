import type { FastifyBaseLogger } from 'fastify';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DocStore } from '../storage/types';
import { CloseCode } from '../sync/close-codes';
import {
  ProtocolError,
  checkStateVector,
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../sync/protocol';
import type { Connection } from './connection';
import { PermissionError } from './permission-error';
import { checkPermissions, type PermissionRule } from '../validation/permissions';
import { scopeOfUpdate, UpdateDecodeError } from '../validation';
import { decodeAwareness, encodeAwarenessEntries, filterAwareness } from '../sync/awareness-filter';

export interface RoomOptions {
  store: DocStore;
  logger: FastifyBaseLogger;
  /** Compact the stored update log into one snapshot once it has this many entries. */
  compactAfterEntries: number;
  /** The board refuses updates that would grow its stored size past this. */
  maxDocBytes: number;
  /** Presence states larger than this (JSON bytes) are dropped. */
  maxAwarenessBytes: number;
  /** Called when the last connection leaves, so the registry can unload the room later. */
  onEmpty: (room: Room) => void;
  /** Called for every refused update, to count refusals by rule. */
  onRefusal?: (rule: PermissionRule) => void;
}

/** Origin of the transaction that loads stored state: not a client edit, so it is neither persisted nor relayed. */
const LOAD_ORIGIN = Symbol('load');

/** The state vector of an empty document: what a first-time joiner sends. */
const isEmptyStateVector = (sv: Uint8Array) => sv.length === 1 && sv[0] === 0;

/**
 * One live board: its Y.Doc, the awareness of everyone on it, and their connections. Every document update is
 * written to the store before it is relayed, so a client never sees an edit the relay could lose in a crash.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly connections = new Set<Connection>();
  /** Which connection controls each awareness client id, so no one else can overwrite or remove it. */
  private readonly awarenessOwners = new Map<number, Connection>();
  /** The whole document encoded once and reused until the next change, for bursts of first-time joiners. */
  private encodedState: Uint8Array | null = null;
  private storedEntries: number;
  /** Bytes of stored updates, approximately (exact after loading and compacting); bounds the board's size. */
  private storedBytes: number;
  private compaction: Promise<void> | null = null;
  private readonly log: FastifyBaseLogger;

  /** Loads a board from the store (an empty one when it was never stored). */
  static async load(name: string, options: RoomOptions): Promise<Room> {
    const stored = await options.store.load(name);
    return new Room(name, options, stored?.update ?? null, stored?.entries ?? 0, stored?.bytes ?? 0);
  }

  private constructor(
    readonly name: string,
    private readonly options: RoomOptions,
    initialState: Uint8Array | null,
    storedEntries: number,
    storedBytes: number,
  ) {
    this.storedBytes = storedBytes;
    this.log = options.logger.child({ board: name });
    this.storedEntries = storedEntries;
    // The relay is not a participant: it publishes no presence of its own.
    this.awareness.setLocalState(null);
    if (initialState) Y.applyUpdate(this.doc, initialState, LOAD_ORIGIN);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Everyone currently connected (for heartbeats and shutdown). */
  get members(): ReadonlySet<Connection> {
    return this.connections;
  }

  /** Adds a connection and starts the sync handshake: our SyncStep1, plus everyone's presence. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) {
      connection.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, present)));
    }
  }

  /** Removes a connection and the presence it announced. */
  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    if (connection.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], null);
    }
    if (this.connections.size === 0) this.options.onEmpty(this);
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
    switch (message.type) {
      case 'sync-step-1':
        checkStateVector(message.stateVector);
        connection.send(encodeSyncStep2(this.encodeStateFor(message.stateVector)));
        return;
      case 'sync-step-2':
      case 'update': {
        // Worked out before applying: which parts of the schema this update would touch.
        const scope = scopeOf(this.doc, message.update);
        // An update that touches no schema part passes (e.g. the empty SyncStep2 every client sends, or GC structs
        // of content created and deleted offline); it is still applied, or later updates would miss those clocks.
        if (hasClockGap(this.doc, message.update)) {
          // Yjs would park it until the missing updates arrive, and they may never come: nothing is kept pending.
          throw new PermissionError(
            'the update depends on changes the relay has not received; reload the board',
            'unresolved',
          );
        }
        const verdict = checkPermissions(scope, { role: connection.role, userId: connection.userId, doc: this.doc });
        if (!verdict.ok) throw new PermissionError(verdict.message, verdict.rule);
        if (scope.touched.length > 0 && this.storedBytes + message.update.length > this.options.maxDocBytes) {
          throw new PermissionError(
            'this board has reached its maximum size; ask the facilitator to start a new one',
            'board-full',
          );
        }
        // Apply exactly what was checked: structs the relay already has are left out, so a resent struct with a
        // forged missing reference cannot be parked in Yjs' pending queue.
        Y.applyUpdate(this.doc, Y.diffUpdate(message.update, Y.encodeStateVector(this.doc)), connection);
        return;
      }
      case 'awareness': {
        const allowed = filterAwareness(decodeAwareness(message.update, this.options.maxAwarenessBytes), {
          userId: connection.userId,
          owned: connection.awarenessClients,
          ownedByOther: (clientId) =>
            this.awarenessOwners.get(clientId) !== undefined && this.awarenessOwners.get(clientId) !== connection,
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
        const present = [...this.awareness.getStates().keys()];
        connection.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, present)));
        return;
      }
    }
  }

  private encodeStateFor(stateVector: Uint8Array): Uint8Array {
    if (!isEmptyStateVector(stateVector)) return Y.encodeStateAsUpdate(this.doc, stateVector);
    this.encodedState ??= Y.encodeStateAsUpdate(this.doc);
    return this.encodedState;
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.encodedState = null;
    if (origin === LOAD_ORIGIN) return;
    const sender =
      origin instanceof Object && this.connections.has(origin as Connection) ? (origin as Connection) : null;
    this.storedEntries++;
    this.storedBytes += update.length;
    this.options.store.append(this.name, update).then(
      () => this.broadcast(encodeUpdate(update), sender),
      (error: unknown) => {
        // The update is in memory but not on disk. The sender keeps it and resends it when it reconnects, so
        // closing it with a transient code gets the update another chance instead of relaying an unsaved edit.
        this.log.error({ err: error, conn: sender?.id }, 'could not store a board update; asking the client to retry');
        sender?.close(CloseCode.internalError, 'the server could not save your change; retrying');
      },
    );
    if (this.storedEntries >= this.options.compactAfterEntries) void this.compact();
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const sender =
      origin instanceof Object && this.connections.has(origin as Connection) ? (origin as Connection) : null;
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
    const changed = [...added, ...updated, ...removed];
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    this.broadcast(frame, sender);
  };

  private broadcast(frame: Uint8Array, except: Connection | null): void {
    for (const connection of this.connections) {
      if (connection !== except) connection.send(frame);
    }
  }

  /** Replaces the stored update log with one snapshot of the current state. */
  compact(): Promise<void> {
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
        (error: unknown) => this.log.error({ err: error }, 'could not compact the board; its update log keeps growing'),
      )
      .finally(() => {
        this.compaction = null;
      });
    return this.compaction;
  }

  /** Closes the connections matching `predicate` (e.g. those using a participant link that was rotated). */
  closeWhere(
    predicate: (connection: Connection) => boolean,
    code: (typeof CloseCode)[keyof typeof CloseCode],
    reason: string,
  ): number {
    let closed = 0;
    for (const connection of this.connections) {
      if (predicate(connection)) {
        connection.close(code, reason);
        closed++;
      }
    }
    return closed;
  }

  /** Closes every connection with `code` (used at shutdown). */
  closeAll(code: (typeof CloseCode)[keyof typeof CloseCode], reason: string): void {
    for (const connection of this.connections) connection.close(code, reason);
  }

  /** Compacts if worthwhile and releases the document. Call only once no connection is left. */
  async unload(): Promise<void> {
    if (this.storedEntries > 1) await this.compact();
    this.awareness.destroy();
    this.doc.destroy();
  }
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

/** True when the update starts after what the relay has from some client: its earlier updates never arrived. */
function hasClockGap(doc: Y.Doc, update: Uint8Array): boolean {
  const { from } = Y.parseUpdateMeta(update);
  for (const [client, clock] of from) {
    if (clock > Y.getState(doc.store, client)) return true;
  }
  return false;
}
