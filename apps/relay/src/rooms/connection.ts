import type { WebSocket } from 'ws';
import type { BoardIdentity, RefusalCode } from '@notevote/board';
import type { Role } from '../auth/capabilities';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';
import { KEEPALIVE_FRAME, MessageType } from '../sync/protocol';
import { binaryFrame, sharedBinaryFrame } from '../sync/wire-frame';
import type { Channel, RoomMember } from './member';
import { TokenBucket } from './rate-limit';

let nextConnectionNumber = 1;

/** The parts of ws' internals the direct write relies on (ws 8; no permessage-deflate, which the relay never offers). */
interface WsInternals {
  _socket?: { write(data: Buffer): boolean; pause(): void; resume(): void; destroyed: boolean };
  _sender?: { _state: number; _queue: unknown[] };
}

export type { Channel } from './member';

/** Per-connection limits (see config.ts). */
export interface ConnectionLimits {
  maxBufferedBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  presencePerSecond: number;
  presenceBurst: number;
  idleTimeoutMs: number;
}

/**
 * One client's WebSocket. Tracks what the room needs to know about it (the awareness client ids it controls) and
 * protects the server from it: outgoing frames are dropped and the socket closed when the client cannot keep up,
 * so a slow phone on conference Wi-Fi cannot grow server memory without bound.
 */
export class Connection implements RoomMember {
  /** Short id for logs; never derived from anything the user typed. */
  readonly id = `c${nextConnectionNumber++}`;
  private lastSentAt = Date.now();
  private alive = true;
  private closed = false;

  private readonly bucket: TokenBucket;
  private readonly presenceBucket: TokenBucket;
  private tcp: { pause(): void; resume(): void } | null = null;
  private lastReceivedAt = Date.now();
  private paused = false;
  /** How often the rate limit paused this connection (for tests and diagnostics). */
  pauses = 0;
  /** Called with every frame sent to the client (the metrics count messages and bytes out). */
  onSent: ((frame: Uint8Array) => void) | null = null;

  /** Who this connection acts as on its board (set once its board is loaded); null for a projector. */
  private boardIdentity: BoardIdentity | null = null;

  constructor(
    private readonly socket: WebSocket,
    private readonly limits: ConnectionLimits,
    /** What this connection's link allows. */
    readonly role: Role,
    /** The link generation it was admitted with, so replacing the link can close it. */
    readonly epoch = 0,
    /** Whether it syncs the board or its user's private document (silent writing, secret voting). */
    readonly channel: Channel = 'board',
  ) {
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.presenceBucket = new TokenBucket(limits.presencePerSecond, limits.presenceBurst);
    socket.on('pong', () => {
      this.alive = true;
    });
  }

  /**
   * Binds the connection to the identity its device key proves on this board (user ids depend on the board, so this
   * happens once the board is loaded, before any frame of it is handled).
   */
  identify(identity: BoardIdentity | null): void {
    this.boardIdentity = identity;
  }

  /** Who this connection acts as on its board; null for a projector. */
  get identity(): BoardIdentity | null {
    return this.boardIdentity;
  }

  /** The user this connection acts as; null for a projector. */
  get userId(): string | null {
    return this.boardIdentity?.userId ?? null;
  }

  /**
   * Call for every frame received; false means drop it unread. Document messages over the rate limit stop the
   * connection's TCP socket from being read for a while: the sender's kernel buffers fill and its writes slow down
   * (backpressure), instead of the relay dropping edits or queueing them without bound. Presence is best-effort
   * and has its own budget: over it, frames are dropped, never slowing the sender's edits. (The stock y-websocket
   * client sends every presence change it hears back to the server, so a busy board makes honest clients chatty.)
   */
  received(frame: Uint8Array): boolean {
    this.lastReceivedAt = Date.now();
    if (frame[0] === MessageType.awareness) return this.presenceBucket.tryTake(this.lastReceivedAt);
    const wait = this.bucket.take(this.lastReceivedAt);
    if (wait === 0 || this.paused) return true;
    const tcp = (this.socket as unknown as WsInternals)._socket;
    if (!tcp) return true;
    this.paused = true;
    this.tcp = tcp;
    this.pauses++;
    tcp.pause();
    setTimeout(() => this.resume(), wait).unref();
    return true;
  }

  private resume(): void {
    if (!this.paused) return;
    this.paused = false;
    // Also after close: the close handshake needs the socket read, or shutdown waits for ws' 30 s timeout.
    this.tcp?.resume();
  }

  get isOpen(): boolean {
    return !this.closed && this.socket.readyState === this.socket.OPEN;
  }

  /** Sends one frame, or closes the connection when too much is already waiting to be sent to this client. */
  send(frame: Uint8Array, options?: { once?: boolean }): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CloseCode.tryAgainLater, 'too-slow');
      return;
    }
    this.lastSentAt = Date.now();
    const tcp = this.idleTcp();
    if (tcp) tcp.write(options?.once ? binaryFrame(frame) : sharedBinaryFrame(frame));
    else this.socket.send(frame, { binary: true });
    this.onSent?.(frame);
  }

  /**
   * The TCP socket under the WebSocket when ws has nothing of its own queued, so a frame written to it directly lands
   * in order. A broadcast then writes one prebuilt buffer per socket (see `sharedBinaryFrame`): on a plenary that is
   * a thousand sends per update, and ws' per-send header, cork and writev were most of the relay's own time in it.
   * ws queues only while compressing or reading a Blob, neither of which the relay does; null falls back to ws.
   */
  private idleTcp(): WsInternals['_socket'] | null {
    const { _socket: tcp, _sender: sender } = this.socket as unknown as WsInternals;
    if (!tcp || tcp.destroyed || !sender || sender._state !== 0 || sender._queue.length > 0) return null;
    return tcp;
  }

  /** Closes with a code and a reason: a refusal code (see REFUSALS in @notevote/board), which clients translate. */
  close(code: CloseCodeValue, reason: RefusalCode): void {
    if (this.closed) return;
    this.closed = true;
    this.resume();
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
  }

  /**
   * Called periodically. Keeps the stock client's 30 s silence watchdog fed (it only counts messages, not pings),
   * and drops connections that stopped answering pings (half-open TCP after a phone lost Wi-Fi).
   */
  heartbeat(now: number, keepaliveMs: number): void {
    if (!this.isOpen) return;
    if (now - this.lastReceivedAt > this.limits.idleTimeoutMs) {
      this.close(CloseCode.goingAway, 'idle');
      return;
    }
    if (!this.alive) {
      this.closed = true;
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
    if (now - this.lastSentAt >= keepaliveMs) this.send(KEEPALIVE_FRAME);
  }
}
