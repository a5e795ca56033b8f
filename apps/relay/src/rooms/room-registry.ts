import type { FastifyBaseLogger } from 'fastify';
import type { DocStore } from '../storage/types';
import { CloseCode } from '../sync/close-codes';
import { Room } from './room';

export interface RoomRegistryOptions {
  store: DocStore;
  logger: FastifyBaseLogger;
  /** How long an empty room stays in memory, so a quick reload or flaky Wi-Fi does not reload it from disk. */
  unloadDelayMs: number;
  compactAfterEntries: number;
  maxDocBytes: number;
  maxAwarenessBytes: number;
  /** How often heartbeats run; a connection silent for `keepaliveMs` gets a no-op frame. */
  heartbeatMs: number;
  keepaliveMs: number;
}

/** Loads rooms on first connection, keeps them while anyone is connected, and unloads them a while after. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly unloading = new Set<Promise<void>>();
  private readonly heartbeat: NodeJS.Timeout;
  /** Refused updates since start, by refusal code (see REFUSALS in @notevote/board). */
  readonly refusals = new Map<string, number>();

  constructor(private readonly options: RoomRegistryOptions) {
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Number of boards in memory. */
  get size(): number {
    return this.rooms.size;
  }

  /** The live room for `name`, loading it from the store if needed. Concurrent callers share one load. */
  async open(name: string): Promise<Room> {
    this.cancelUnload(name);
    const live = this.rooms.get(name);
    if (live) return live;
    let pending = this.loading.get(name);
    if (!pending) {
      pending = Room.load(name, {
        store: this.options.store,
        logger: this.options.logger,
        compactAfterEntries: this.options.compactAfterEntries,
        maxDocBytes: this.options.maxDocBytes,
        maxAwarenessBytes: this.options.maxAwarenessBytes,
        onEmpty: (room) => this.scheduleUnload(room),
        onRefusal: (rule) => this.refusals.set(rule, (this.refusals.get(rule) ?? 0) + 1),
      }).finally(() => this.loading.delete(name));
      this.loading.set(name, pending);
      const room = await pending;
      this.rooms.set(name, room);
      this.options.logger.info({ board: name }, 'board loaded');
      return room;
    }
    return pending;
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
      const done = room
        .unload()
        .then(() => this.options.logger.info({ board: room.name }, 'board unloaded'))
        .finally(() => this.unloading.delete(done));
      this.unloading.add(done);
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

  private beat(): void {
    const now = Date.now();
    for (const room of this.rooms.values()) {
      for (const connection of room.members()) connection.heartbeat(now, this.options.keepaliveMs);
    }
  }

  /**
   * Shutdown: wait until every update is on disk, then tell clients the server is going away (they reconnect to the
   * next instance), then compact and release every room.
   */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await Promise.allSettled(this.loading.values());
    await this.options.store.flush();
    for (const room of this.rooms.values()) room.closeAll(CloseCode.goingAway, 'server-restarting');
    await Promise.allSettled([...this.rooms.values()].map((room) => room.unload()));
    await Promise.allSettled(this.unloading);
    this.rooms.clear();
  }
}
