import type { FastifyBaseLogger } from 'fastify';
import type { DocStore } from '../storage/types';
import type { RefusalCode } from '@notevote/board';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';
import type { RoomMember } from './member';
import { forEachInSlices } from './in-slices';
import { Room } from './room';
import type { RelayTiming } from './synced-doc';

export interface RoomRegistryOptions {
  store: DocStore;
  logger: FastifyBaseLogger;
  /** How long an empty room stays in memory, so a quick reload or flaky Wi-Fi does not reload it from disk. */
  unloadDelayMs: number;
  compactAfterEntries: number;
  compactWhenQuietMs: number;
  maxDocBytes: number;
  maxAwarenessBytes: number;
  /** How often heartbeats run; a connection silent for `keepaliveMs` gets a no-op frame. */
  heartbeatMs: number;
  keepaliveMs: number;
  /** Whether the board still exists (its directory entry): a room is never loaded for an erased board. */
  exists?: (name: string) => Promise<boolean>;
  /** Records that a board is in use: called when its room loads and unloads, and every `touchIntervalMs` while loaded. */
  touch?: (name: string) => void;
  /** Default one hour. */
  touchIntervalMs?: number;
  /** Called once a board's room unloaded (a clustered host lets the board go). */
  onUnloaded?: (name: string) => void;
  /** Told how long each relayed message of clients' updates was held and took to send (the relay's metrics). */
  onRelayed?: (timing: RelayTiming) => void;
}

/** Thrown by `open` for a board that is being erased or was erased. */
export class BoardErasedError extends Error {
  override readonly name = 'BoardErasedError';
  constructor(readonly board: string) {
    super(`board ${board} was erased`);
  }
}

const HOUR_MS = 3_600_000;
/** Connections pinged per event-loop turn by a heartbeat (about 2–3 ms of socket writes on a small machine). */
const HEARTBEAT_SLICE = 250;

/** Loads rooms on first connection, keeps them while anyone is connected, and unloads them a while after. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Unloads in progress by board: an erase waits for their compaction before erasing. */
  private readonly unloading = new Map<string, Promise<void>>();
  /** Boards whose erase is in progress: nothing may load them meanwhile. */
  private readonly erasing = new Set<string>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly toucher: NodeJS.Timeout;
  /** Refused updates since start, by refusal code (see REFUSALS in @notevote/board). */
  readonly refusals = new Map<string, number>();

  constructor(private readonly options: RoomRegistryOptions) {
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs);
    this.heartbeat.unref();
    this.toucher = setInterval(() => {
      for (const name of this.rooms.keys()) this.options.touch?.(name);
    }, options.touchIntervalMs ?? HOUR_MS);
    this.toucher.unref();
  }

  /** Number of boards in memory. */
  get size(): number {
    return this.rooms.size;
  }

  /** The live room for `name`, loading it from the store if needed. Concurrent callers share one load. */
  async open(name: string): Promise<Room> {
    if (this.erasing.has(name)) throw new BoardErasedError(name);
    this.cancelUnload(name);
    const live = this.rooms.get(name);
    if (live) return live;
    let pending = this.loading.get(name);
    if (!pending) {
      pending = this.load(name).finally(() => this.loading.delete(name));
      this.loading.set(name, pending);
    }
    return pending;
  }

  private async load(name: string): Promise<Room> {
    if (this.options.exists && !(await this.options.exists(name))) throw new BoardErasedError(name);
    const room = await Room.load(name, {
      store: this.options.store,
      logger: this.options.logger,
      compactAfterEntries: this.options.compactAfterEntries,
      compactWhenQuietMs: this.options.compactWhenQuietMs,
      maxDocBytes: this.options.maxDocBytes,
      maxAwarenessBytes: this.options.maxAwarenessBytes,
      onEmpty: (room) => this.scheduleUnload(room),
      onRefusal: (rule) => this.refusals.set(rule, (this.refusals.get(rule) ?? 0) + 1),
      ...(this.options.onRelayed ? { onRelayed: this.options.onRelayed } : {}),
    });
    // Erased while it loaded: whatever the load wrote (a reveal it finished) was handed to the store before this
    // point, so the erase, which waits for this load, removes it; from here on the room writes nothing.
    if (this.erasing.has(name)) {
      room.discard();
      throw new BoardErasedError(name);
    }
    this.rooms.set(name, room);
    this.options.touch?.(name);
    this.options.logger.info({ board: name }, 'board loaded');
    return room;
  }

  /** The boards in memory or loading. */
  names(): string[] {
    return [...new Set([...this.rooms.keys(), ...this.loading.keys()])];
  }

  /** Whether the board is in memory or loading (retention never erases such a board). */
  isActive(name: string): boolean {
    return this.rooms.has(name) || this.loading.has(name);
  }

  /**
   * Erases a board. At once (synchronously): no room of it can load any more, its room leaves the registry, its
   * connections are closed with 4404 `board-erased`, and the room is discarded without compaction or any further
   * write. Then, once every write already handed to the store is issued (a load or an unload in progress), the
   * store erases the board and its private documents. Remove its directory entry first, so nobody is admitted
   * meanwhile. Resolves with the number of connections closed.
   */
  async erase(name: string): Promise<number> {
    this.erasing.add(name);
    this.cancelUnload(name);
    let closed = 0;
    const room = this.rooms.get(name);
    if (room) {
      this.rooms.delete(name);
      closed = room.closeWhere(() => true, CloseCode.invalidBoardId, 'board-erased');
      room.discard();
    }
    try {
      await Promise.allSettled([this.loading.get(name), this.unloading.get(name)]);
      await this.options.store.erase(name);
    } finally {
      this.erasing.delete(name);
    }
    return closed;
  }

  /**
   * Lets go of a board at once, writing nothing more, because another instance of a cluster holds it now: its
   * connections are closed with `code` (they reconnect and reach the new holder) and the room is discarded, not
   * compacted, since its snapshot could miss what the new holder stored meanwhile. Resolves with connections closed.
   */
  evict(name: string, code: CloseCodeValue, reason: RefusalCode): number {
    this.cancelUnload(name);
    const room = this.rooms.get(name);
    if (!room) return 0;
    this.rooms.delete(name);
    const closed = room.closeWhere(() => true, code, reason);
    room.discard();
    this.options.logger.info({ board: name }, 'board handed over to another instance');
    return closed;
  }

  /** The room for `name` if it is in memory. */
  peek(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  /** Schedules an unload if nobody joined after all (e.g. the socket closed while its room was loading). */
  releaseIfEmpty(room: Room): void {
    if (room.connectionCount === 0) this.scheduleUnload(room);
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room.name);
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.name);
      if (room.connectionCount > 0 || this.rooms.get(room.name) !== room) return;
      // Removed from the map first: a client arriving during the unload loads a fresh room, and the store's
      // contract (loads include every append) guarantees it sees everything this one saved.
      this.rooms.delete(room.name);
      const unloaded = room.unload().then(() => {
        this.options.touch?.(room.name);
        this.options.logger.info({ board: room.name }, 'board unloaded');
        this.options.onUnloaded?.(room.name);
      });
      // Chained to an earlier unload of the same board that may still be writing, so an erase waits for both.
      const done: Promise<void> = Promise.allSettled([this.unloading.get(room.name), unloaded]).then(() => {
        if (this.unloading.get(room.name) === done) this.unloading.delete(room.name);
      });
      this.unloading.set(room.name, done);
    }, this.options.unloadDelayMs);
    timer.unref();
    this.unloadTimers.set(room.name, timer);
  }

  private cancelUnload(name: string): void {
    const timer = this.unloadTimers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(name);
    }
  }

  /**
   * Pings every connection (and feeds idle ones a keepalive), HEARTBEAT_SLICE of them per event-loop turn: each is a
   * socket write, and a plenary's thousands at once would hold up the edits being relayed meanwhile by as many writes.
   */
  private beat(): void {
    const now = Date.now();
    const everyone: RoomMember[] = [];
    for (const room of this.rooms.values()) for (const connection of room.members()) everyone.push(connection);
    void forEachInSlices(everyone, HEARTBEAT_SLICE, (connection) =>
      connection.heartbeat(now, this.options.keepaliveMs),
    );
  }

  /**
   * Shutdown: wait until every update is on disk, then tell clients the server is going away (they reconnect to the
   * next instance), then compact and release every room.
   */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    clearInterval(this.toucher);
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await Promise.allSettled(this.loading.values());
    await this.options.store.flush();
    for (const room of this.rooms.values()) room.closeAll(CloseCode.goingAway, 'server-restarting');
    await Promise.allSettled([...this.rooms.values()].map((room) => room.unload()));
    await Promise.allSettled(this.unloading.values());
    this.rooms.clear();
  }
}
