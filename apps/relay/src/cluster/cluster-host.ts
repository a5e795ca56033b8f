import type { FastifyBaseLogger } from 'fastify';
import { isBoardLanguage, type RefusalCode } from '@notevote/board';
import * as Y from 'yjs';
import type { Role } from '../auth/capabilities';
import type { AttachRequest, BoardHost, BoardInitArgs } from '../rooms/board-host';
import { readBoardStatus, type BoardStatus } from '../rooms/board-status';
import type { Connection } from '../rooms/connection';
import { joinRoom, type MemberInlet } from '../rooms/join-room';
import { LocalHost } from '../rooms/local-host';
import type { RoomRegistry } from '../rooms/room-registry';
import type { DocStore } from '../storage/types';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';
import type { BoardLeases, ClusterBus } from './bus';
import { DeferredInlet } from '../rooms/deferred-inlet';
import type { BusMessage, JoinMessage, RequestMethod } from './messages';
import { Outbox, RemoteMember } from './remote-member';

export interface ClusterHostOptions {
  registry: RoomRegistry;
  store: DocStore;
  bus: ClusterBus;
  leases: BoardLeases;
  log: FastifyBaseLogger;
  limits: { maxConnectionsPerBoard: number };
  /** How long a lease lasts without renewal: how soon another instance takes the boards of one that died. */
  leaseMs: number;
  /** How often this instance's forwarded client sockets are pinged and kept fed (as the registry does for its own). */
  heartbeatMs: number;
  keepaliveMs: number;
  /** How long a request to the instance holding a board may take. */
  requestTimeoutMs?: number;
}

/** A client on this instance whose board another instance holds: its frames go there, and come back. */
interface ForwardedLink {
  connection: Connection;
  board: string;
  /** The instance holding the board when the client joined. */
  owner: string;
}

/** A client of another instance in a room of this one. */
interface RemoteSeat {
  member: RemoteMember;
  inlet: DeferredInlet;
}

class NotHolderError extends Error {
  override readonly name = 'NotHolderError';
}

/**
 * Boards held by one instance of a cluster at a time (ClusterBus + BoardLeases: Redis in production).
 *
 * Whichever instance a client reaches (its gateway), the board's one room is on the instance holding the board's
 * lease (its owner): the gateway forwards the client's frames there and the owner's frames back. So one room judges,
 * orders and stores every update of a board (budgets, phases and secrecy hold across instances exactly as on one),
 * one runs its reveal and its timer, and no document is ever relayed between replicas, so nothing can echo. The
 * first instance a client of an unheld board reaches takes the lease; it keeps it while the room is loaded, renewing
 * it every third of `leaseMs`, and lets it go when the room unloads. An instance that dies stops renewing; its boards
 * go to whichever instance their clients reach next.
 */
export class ClusterHost implements BoardHost {
  private readonly local: LocalHost;
  /** Boards whose lease this instance holds, with when it took each. */
  private readonly held = new Map<string, number>();
  /** Lease operations per board, one at a time, so a release never overtakes a later acquire. */
  private readonly leaseQueue = new Map<string, Promise<unknown>>();
  private readonly links = new Map<string, ForwardedLink>();
  private readonly seats = new Map<string, RemoteSeat>();
  /** Clients of other instances told to reconnect because their seat here was gone, with when. */
  private readonly toldToReconnect = new Map<string, number>();
  private readonly toGateways: Outbox;
  private readonly toOwners: Outbox;
  private readonly replies = new Map<string, (message: Extract<BusMessage, { kind: 'reply' }>) => void>();
  private nextRequest = 1;
  /** When the last lease renewal that succeeded was sent: leases run out `leaseMs` after it, at the earliest. */
  private renewedAt = Date.now();
  private readonly ticker: NodeJS.Timeout;
  private readonly heart: NodeJS.Timeout;
  private ticking: Promise<void> | null = null;
  private closing = false;
  /**
   * Until then, Redis has just restarted and lost every lease: their holders take them back on their next renewal,
   * so nobody takes a free-looking board (that would make two rooms of one), and nobody is judged gone for not
   * having announced itself yet.
   */
  private reclaimUntil = 0;
  private steppedDown = 0;

  constructor(private readonly options: ClusterHostOptions) {
    const { registry, log, limits, bus } = options;
    this.local = new LocalHost(registry, log, limits, options.store);
    this.toGateways = new Outbox(bus, 'deliver');
    this.toOwners = new Outbox(bus, 'frames');
    bus.onMessage((message, from) => this.handle(message, from));
    bus.onGap(() => this.recoverFromGap());
    this.ticker = setInterval(() => void this.tick(), Math.max(50, Math.floor(options.leaseMs / 3)));
    this.ticker.unref();
    this.heart = setInterval(() => this.beat(), options.heartbeatMs);
    this.heart.unref();
    // Announced at once: the instances holding boards this one forwards to check that it is alive.
    void this.tick();
  }

  get instanceId(): string {
    return this.options.bus.instanceId;
  }

  get loadedBoards(): number {
    return this.options.registry.size;
  }

  /**
   * Boards this instance stopped serving because another instance held them by then (it paused longer than a lease,
   * or lost Redis): each is a moment when two rooms ran for one board (tests, metrics).
   */
  get stepDowns(): number {
    return this.steppedDown;
  }

  /** Clients on this instance whose frames go to another instance (tests, metrics). */
  get forwardedConnections(): number {
    return this.links.size;
  }

  localConnections(boardId: string): number {
    let forwarded = 0;
    for (const link of this.links.values()) if (link.board === boardId) forwarded++;
    return (this.options.registry.peek(boardId)?.connectionCount ?? 0) + forwarded;
  }

  /** Called by the registry once a board's room unloaded: the board is free for any instance to take. */
  boardUnloaded(board: string): void {
    void this.inLeaseQueue(board, async () => {
      if (this.options.registry.isActive(board) || !this.held.has(board)) return;
      this.held.delete(board);
      await this.options.leases.release(board);
    }).catch((error: unknown) =>
      this.options.log.warn(
        { board, err: error },
        'cluster: could not let go of a board; its lease runs out by itself',
      ),
    );
  }

  attach(connection: Connection, request: AttachRequest): MemberInlet {
    const inlet = new DeferredInlet(() => connection.close(CloseCode.tryAgainLater, 'too-many-connections'));
    this.whereIs(request.boardId).then(
      (owner) => {
        if (inlet.hasLeft || !connection.isOpen) return;
        inlet.resolve(
          owner === null
            ? joinRoom(
                this.options.registry,
                request.boardId,
                connection,
                request,
                this.options.log,
                this.options.limits,
              )
            : this.forward(connection, request, owner),
        );
      },
      (error: unknown) => {
        this.options.log.warn(
          { board: request.boardId, err: error },
          'cluster: could not find which instance holds the board (is Redis reachable?); the client retries',
        );
        connection.close(CloseCode.tryAgainLater, 'load-failed');
      },
    );
    return inlet;
  }

  async initBoard(boardId: string, init: BoardInitArgs): Promise<void> {
    await this.onOwner(boardId, 'init-board', { ...init });
  }

  async setAnonymity(boardId: string, anonymous: boolean): Promise<'unchanged' | 'changed' | 'has-content'> {
    return (await this.onOwner(boardId, 'set-anonymity', { anonymous })) as 'unchanged' | 'changed' | 'has-content';
  }

  async closeReplacedLinks(boardId: string, role: Role, current: number): Promise<number> {
    this.options.bus.broadcast({ kind: 'close-replaced', board: boardId, role, current });
    return this.closeReplacedHere(boardId, role, current);
  }

  async erase(boardId: string): Promise<number> {
    const closed = (await this.onOwner(boardId, 'erase', {})) as number;
    this.options.bus.broadcast({ kind: 'erased', board: boardId });
    return closed + this.closeErasedHere(boardId);
  }

  async readDoc(boardId: string): Promise<{ doc: Y.Doc; release(): void } | null> {
    if ((await this.whereIs(boardId)) === null) return this.local.readDoc(boardId);
    // Another instance holds it live: what it stored is everything it relayed (updates are stored before relaying).
    const stored = await this.options.store.load(boardId);
    const doc = new Y.Doc({ gc: true });
    if (stored) Y.applyUpdate(doc, stored.update);
    return { doc, release: () => doc.destroy() };
  }

  /**
   * Asks the instance holding the board, whose room counts everyone on it (its gateways' clients too); a board nobody
   * holds is read from the store. Takes no lease: an organiser watching an event must not pull boards to itself.
   */
  async boardStatus(boardId: string): Promise<BoardStatus> {
    if (this.options.registry.peek(boardId)) return this.local.boardStatus(boardId);
    const [holder] = await this.options.leases.holders([boardId]);
    if (holder && holder !== this.instanceId) {
      const status = readBoardStatus(await this.request(holder, boardId, 'board-status', {}));
      if (!status) throw new Error(`the instance holding board ${boardId} sent a status this instance cannot read`);
      return status;
    }
    return this.local.boardStatus(boardId);
  }

  async isActive(boardId: string): Promise<boolean> {
    if (this.options.registry.isActive(boardId)) return true;
    const [holder] = await this.options.leases.holders([boardId]);
    return holder !== null && holder !== undefined;
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.ticker);
    clearInterval(this.heart);
    await this.ticking;
    // Clients held here (also those of other instances) get 1001 and reconnect; then the boards are free.
    await this.local.close();
    this.toGateways.flush();
    // Forwarded clients leave their seats elsewhere now (their sockets' own close events would come after the bus
    // is gone), then reconnect, through the load balancer, to another instance.
    this.toOwners.flush();
    for (const [conn, link] of [...this.links]) {
      this.links.delete(conn);
      this.options.bus.send(link.owner, { kind: 'leave', conn });
      link.connection.close(CloseCode.goingAway, 'server-restarting');
    }
    await Promise.allSettled([...this.held.keys()].map((board) => this.options.leases.release(board)));
    this.held.clear();
    await this.options.leases.close();
    await this.options.bus.close();
  }

  /** Null when this instance holds the board (taking it if nobody does), else the instance that holds it. */
  private async whereIs(board: string): Promise<string | null> {
    if (this.closing) throw new Error('this instance is shutting down');
    if (this.held.has(board)) return null;
    const result = await this.inLeaseQueue(board, () => this.takeOrFind(board));
    if (!result.held) return result.holder;
    if (!this.held.has(board)) this.held.set(board, Date.now());
    return null;
  }

  private async takeOrFind(board: string): Promise<{ held: true } | { held: false; holder: string }> {
    const { leases } = this.options;
    while (Date.now() < this.reclaimUntil) {
      const [holder] = await leases.holders([board]);
      if (holder === this.instanceId) return { held: true };
      if (holder) return { held: false, holder };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return leases.acquire(board);
  }

  private inLeaseQueue<T>(board: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.leaseQueue.get(board) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(operation);
    const settled = next.catch(() => undefined);
    this.leaseQueue.set(board, settled);
    void settled.then(() => {
      if (this.leaseQueue.get(board) === settled) this.leaseQueue.delete(board);
    });
    return next;
  }

  /** Does it on this instance if it holds (or can take) the board, else asks the instance that holds it. */
  private async onOwner(board: string, method: RequestMethod, args: Record<string, unknown>): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const owner = await this.whereIs(board);
      if (owner === null) return this.doHere(board, method, args);
      try {
        return await this.request(owner, board, method, args);
      } catch (error) {
        // It let the board go just then: ask again who holds it.
        if (!(error instanceof NotHolderError) || attempt >= 2) throw error;
      }
    }
  }

  /** What the instance holding a board does for a request, whether it came from here or from another instance. */
  private async doHere(board: string, method: RequestMethod, args: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'init-board':
        // From another instance over the bus: read as the route would have checked it.
        return this.local.initBoard(board, {
          title: typeof args['title'] === 'string' ? args['title'] : '',
          anonymous: args['anonymous'] === true,
          ...(isBoardLanguage(args['language']) ? { language: args['language'] } : {}),
        });
      case 'set-anonymity':
        return this.local.setAnonymity(board, args['anonymous'] === true);
      case 'erase': {
        const closed = await this.local.erase(board);
        this.held.delete(board);
        await this.options.leases.release(board).catch(() => undefined);
        return closed;
      }
      case 'board-status':
        return this.local.boardStatus(board);
    }
  }

  private request(
    owner: string,
    board: string,
    method: RequestMethod,
    args: Record<string, unknown>,
  ): Promise<unknown> {
    const id = `${this.instanceId}/${this.nextRequest++}`;
    const timeoutMs = this.options.requestTimeoutMs ?? 5_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.replies.delete(id);
        reject(new Error(`the instance holding board ${board} did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.replies.set(id, (reply) => {
        clearTimeout(timer);
        this.replies.delete(id);
        if (reply.ok) resolve(reply.result);
        else if (reply.error === 'not-holder') reject(new NotHolderError(board));
        else
          reject(new Error(`the instance holding board ${board} could not do it: ${reply.error ?? 'unknown error'}`));
      });
      this.options.bus.send(owner, { kind: 'request', id, board, method, args });
    });
  }

  private async answer(message: Extract<BusMessage, { kind: 'request' }>, from: string): Promise<void> {
    const { id, board, method, args } = message;
    try {
      // A status is read wherever it is asked (from the room here, else from the store): taking the board's lease
      // for it would hold a board nobody has open.
      if (method !== 'board-status' && (await this.whereIs(board)) !== null) throw new NotHolderError(board);
      const result = await this.doHere(board, method, args);
      this.options.bus.send(from, { kind: 'reply', id, ok: true, result });
    } catch (error) {
      const reason = error instanceof NotHolderError ? 'not-holder' : error instanceof Error ? error.message : 'failed';
      if (!(error instanceof NotHolderError))
        this.options.log.warn({ board, err: error, method }, 'cluster: request failed');
      this.options.bus.send(from, { kind: 'reply', id, ok: false, error: reason });
    }
  }

  /** A client here, a board held elsewhere: its frames go to the owner, batched per turn; the owner answers back. */
  private forward(connection: Connection, request: AttachRequest, owner: string): MemberInlet {
    const conn = `${this.instanceId}/${connection.id}`;
    const board = request.boardId;
    this.links.set(conn, { connection, board, owner });
    const join: JoinMessage = {
      kind: 'join',
      board,
      conn,
      role: connection.role,
      epoch: connection.epoch,
      channel: connection.channel,
      deviceKey: request.deviceKey,
      owner: request.owner,
    };
    this.options.bus.send(owner, join);
    return {
      deliver: (frame) => {
        if (this.links.has(conn)) this.toOwners.push(owner, conn, frame);
      },
      leave: () => {
        if (!this.links.delete(conn)) return;
        this.toOwners.flush(owner);
        this.options.bus.send(owner, { kind: 'leave', conn });
      },
    };
  }

  /** A client of another instance joins a board this instance holds (or takes now). */
  private seat(message: JoinMessage, gateway: string): void {
    const { board, conn } = message;
    const member = new RemoteMember(
      conn,
      gateway,
      message.role,
      message.epoch,
      message.channel,
      this.toGateways,
      this.options.bus,
      // Closed from here (a refusal, a replaced link): out of its room, as a closing socket would be.
      () => queueMicrotask(() => this.unseat(conn)),
    );
    if (this.closing) {
      member.close(CloseCode.goingAway, 'server-restarting');
      return;
    }
    const inlet = new DeferredInlet(() => member.close(CloseCode.tryAgainLater, 'too-many-connections'));
    this.seats.get(conn)?.inlet.leave();
    this.seats.set(conn, { member, inlet });
    this.whereIs(board).then(
      (owner) => {
        if (inlet.hasLeft || !member.isOpen) return;
        // The gateway's idea of who holds the board is out of date: the client reconnects and asks again.
        if (owner !== null) {
          member.close(CloseCode.serviceRestart, 'server-restarting');
          return;
        }
        const request = { deviceKey: message.deviceKey, owner: message.owner };
        inlet.resolve(joinRoom(this.options.registry, board, member, request, this.options.log, this.options.limits));
      },
      () => member.close(CloseCode.tryAgainLater, 'load-failed'),
    );
  }

  /**
   * Frames for a client this instance has no seat for (dropped when its instance seemed gone, say): the client is told
   * to reconnect, once, so it resyncs instead of writing into the void.
   */
  private unknownSeat(conn: string, gateway: string): void {
    const now = Date.now();
    // Told again after a while, in case the first word was lost on the way (Redis restarting, say).
    if (now - (this.toldToReconnect.get(conn) ?? -Infinity) < this.options.leaseMs) return;
    if (this.toldToReconnect.size > 10_000) this.toldToReconnect.clear();
    this.toldToReconnect.set(conn, now);
    this.options.bus.send(gateway, {
      kind: 'close',
      conn,
      code: CloseCode.serviceRestart,
      reason: 'server-restarting',
    });
  }

  private unseat(conn: string): void {
    const seat = this.seats.get(conn);
    if (!seat) return;
    this.seats.delete(conn);
    seat.member.drop();
    seat.inlet.leave();
  }

  private handle(message: BusMessage, from: string): void {
    switch (message.kind) {
      case 'join':
        this.seat(message, from);
        return;
      case 'frames':
        for (let i = 0; i < message.conns.length; i++) {
          const conn = message.conns[i]!;
          const seat = this.seats.get(conn);
          if (seat?.member.isOpen) seat.inlet.deliver(message.frames[i]!);
          else this.unknownSeat(conn, from);
        }
        return;
      case 'leave':
        this.unseat(message.conn);
        return;
      case 'deliver':
        for (let i = 0; i < message.conns.length; i++) {
          this.links.get(message.conns[i]!)?.connection.send(message.frames[i]!);
        }
        return;
      case 'close':
        this.links.get(message.conn)?.connection.close(message.code as CloseCodeValue, message.reason);
        return;
      case 'close-replaced':
        void this.closeReplacedHere(message.board, message.role, message.current);
        return;
      case 'erased':
        if (this.options.registry.isActive(message.board)) void this.local.erase(message.board).catch(() => undefined);
        this.closeErasedHere(message.board);
        return;
      case 'hand-over':
        void this.absorb(message.board, message.frames[0], from);
        return;
      case 'request':
        void this.answer(message, from);
        return;
      case 'reply':
        this.replies.get(message.id)?.(message);
        return;
    }
  }

  private async closeReplacedHere(board: string, role: Role, current: number): Promise<number> {
    const inRoom = await this.local.closeReplacedLinks(board, role, current);
    const replaced = ({ connection }: ForwardedLink) => connection.role === role && connection.epoch !== current;
    return (
      inRoom +
      this.closeLinks((link) => link.board === board && replaced(link), CloseCode.unauthorized, 'link-replaced')
    );
  }

  private closeErasedHere(board: string): number {
    return this.closeLinks((link) => link.board === board, CloseCode.invalidBoardId, 'board-erased');
  }

  /** Closes the forwarded clients `which` selects; their sockets' close events then leave their seats elsewhere. */
  private closeLinks(which: (link: ForwardedLink) => boolean, code: CloseCodeValue, reason: RefusalCode): number {
    let closed = 0;
    for (const link of this.links.values()) {
      if (!which(link)) continue;
      link.connection.close(code, reason);
      closed++;
    }
    return closed;
  }

  /** Keeps forwarded sockets alive and fed, as the registry does for the sockets of its rooms. */
  private beat(): void {
    const now = Date.now();
    for (const link of this.links.values()) link.connection.heartbeat(now, this.options.keepaliveMs);
  }

  /** Once a third of a lease: renew leases, announce this instance, and notice instances that are gone. */
  private tick(): Promise<void> {
    this.ticking ??= this.renewAndCheck()
      .catch((error: unknown) => this.options.log.warn({ err: error }, 'cluster: periodic check failed'))
      .finally(() => {
        this.ticking = null;
      });
    return this.ticking;
  }

  private async renewAndCheck(): Promise<void> {
    const { registry, leases, leaseMs } = this.options;
    const boards = [...new Set([...this.held.keys(), ...registry.names()])];
    const sentAt = Date.now();
    try {
      const lost = await leases.renew(boards);
      this.renewedAt = sentAt;
      for (const { board, holder } of lost) this.stepDown(board, 'another instance holds it now', holder);
      const lostNow = new Set(lost.map(({ board }) => board));
      for (const board of boards) if (!lostNow.has(board) && !this.held.has(board)) this.held.set(board, sentAt);
      await leases.announce();
    } catch (error) {
      // Past the last renewal's lease, another instance may hold these boards: stop serving them rather than risk two
      // rooms judging one board. Clients reconnect and are served once Redis answers again.
      if (Date.now() - this.renewedAt >= leaseMs && this.held.size > 0) {
        this.options.log.error(
          { err: error, boards: this.held.size },
          'cluster: could not renew board leases (is Redis reachable?); letting the boards go so no two instances serve one',
        );
        for (const board of [...this.held.keys()]) this.stepDown(board, 'its lease could not be renewed');
      }
      return;
    }
    // A lease taken for a request or a join that never loaded the room: let it go once it is clearly unused.
    for (const [board, since] of this.held) {
      if (!registry.isActive(board) && sentAt - since > leaseMs) this.boardUnloaded(board);
    }
    if (Date.now() < this.reclaimUntil) return;
    await this.checkOwners();
    await this.checkGateways();
  }

  /**
   * Lets go of a board another instance holds now: its clients reconnect and reach that instance. If it is known, that
   * instance gets the board as this room had it first (before any of the clients rejoin through here): what two rooms
   * accepted while both thought they held the board ends up in one, and no client carries content the new room lacks
   * (which it would refuse, since it cannot tell whose it is).
   */
  private stepDown(board: string, why: string, successor?: string): void {
    this.held.delete(board);
    this.steppedDown++;
    const room = this.options.registry.peek(board);
    if (room && successor && successor !== this.instanceId) {
      this.options.bus.send(successor, { kind: 'hand-over', board, frames: [Y.encodeStateAsUpdate(room.doc)] });
    }
    const closed = this.options.registry.evict(board, CloseCode.serviceRestart, 'server-restarting');
    this.options.log.warn({ board, closed }, `cluster: stopped serving a board: ${why}`);
  }

  /** Takes in the board as the instance that served it until now had it (see stepDown). */
  private async absorb(board: string, state: Uint8Array, from: string): Promise<void> {
    try {
      if ((await this.whereIs(board)) !== null) {
        this.options.log.warn(
          { board, instance: from },
          'cluster: a board was handed over to this instance, which does not hold it; it stays in storage',
        );
        return;
      }
      await this.local.absorb(board, state);
    } catch (error) {
      this.options.log.error(
        { board, err: error, instance: from },
        'cluster: could not take in a board handed over by another instance; what it stored is still in storage',
      );
    }
  }

  /** Forwarded clients whose board's owner is gone or changed reconnect, so they reach whoever holds it now. */
  private async checkOwners(): Promise<void> {
    const boards = [...new Set([...this.links.values()].map((link) => link.board))];
    if (boards.length === 0) return;
    const holders = await this.options.leases.holders(boards);
    const holderOf = new Map(boards.map((board, i) => [board, holders[i] ?? null]));
    this.closeLinks((link) => holderOf.get(link.board) !== link.owner, CloseCode.serviceRestart, 'server-restarting');
  }

  /** Seats of clients whose instance died are emptied (their presence goes), and what was waiting for it is dropped. */
  private async checkGateways(): Promise<void> {
    const gateways = [...new Set([...this.seats.values()].map((seat) => seat.member.gateway))];
    if (gateways.length === 0) return;
    const alive = await this.options.leases.alive(gateways);
    const dead = new Set(gateways.filter((_, i) => !alive[i]));
    if (dead.size === 0) return;
    for (const gateway of dead) {
      this.options.log.warn(
        { instance: gateway },
        'cluster: an instance stopped answering; its clients left its boards',
      );
      await this.options.bus.dropInbox(gateway).catch(() => undefined);
    }
    // Told to reconnect, in case the instance was only slow: its clients must not stay connected to a seat that is gone.
    for (const seat of [...this.seats.values()]) {
      if (dead.has(seat.member.gateway)) seat.member.close(CloseCode.serviceRestart, 'server-restarting');
    }
  }

  /**
   * Redis lost what was in flight between instances (it restarted). Clients on the way between instances
   * reconnect: the y-websocket handshake compares state vectors and resends whatever either side is missing.
   */
  private recoverFromGap(): void {
    this.reclaimUntil = Date.now() + this.options.leaseMs;
    this.closeLinks(() => true, CloseCode.serviceRestart, 'server-restarting');
    // Their gateways are told too: a client that rejoined before this instance noticed the restart must not be left
    // connected to a seat that is gone.
    for (const seat of [...this.seats.values()]) seat.member.close(CloseCode.serviceRestart, 'server-restarting');
    void this.tick();
  }
}
