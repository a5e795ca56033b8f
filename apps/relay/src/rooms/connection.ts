import type { WebSocket } from 'ws';
import type { Role } from '../auth/capabilities';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';
import { KEEPALIVE_FRAME } from '../sync/protocol';
import { TokenBucket } from './rate-limit';

let nextConnectionNumber = 1;

/** Per-connection limits (see config.ts). */
export interface ConnectionLimits {
  maxBufferedBytes: number;
  messagesPerSecond: number;
  messageBurst: number;
  idleTimeoutMs: number;
}

/**
 * One client's WebSocket. Tracks what the room needs to know about it (the awareness client ids it controls) and
 * protects the server from it: outgoing frames are dropped and the socket closed when the client cannot keep up,
 * so a slow phone on conference Wi-Fi cannot grow server memory without bound.
 */
export class Connection {
  /** Short id for logs; never derived from anything the user typed. */
  readonly id = `c${nextConnectionNumber++}`;
  /** Awareness client ids this connection has announced; removed from the room when it closes. */
  readonly awarenessClients = new Set<number>();
  private lastSentAt = Date.now();
  private alive = true;
  private closed = false;

  private readonly bucket: TokenBucket;
  private lastReceivedAt = Date.now();
  private paused = false;
  /** How often the rate limit paused this connection (for tests and diagnostics). */
  pauses = 0;

  constructor(
    private readonly socket: WebSocket,
    private readonly limits: ConnectionLimits,
    /** What this connection's link allows. */
    readonly role: Role,
    /** The user this connection acts as (derived from the device key); null for a projector. */
    readonly userId: string | null,
    /** The participant-link generation it was admitted with, so rotating the link can close it. */
    readonly epoch = 0,
  ) {
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    socket.on('pong', () => {
      this.alive = true;
    });
  }

  /**
   * Call for every frame received. Over the rate limit, the connection's TCP socket stops being read for a while:
   * the sender's kernel buffers fill and its writes slow down (backpressure), instead of the relay dropping
   * messages or queueing them without bound.
   */
  received(): void {
    this.lastReceivedAt = Date.now();
    const wait = this.bucket.take();
    if (wait === 0 || this.paused) return;
    const tcp = (this.socket as unknown as { _socket?: { pause(): void; resume(): void } })._socket;
    if (!tcp) return;
    this.paused = true;
    this.pauses++;
    tcp.pause();
    setTimeout(() => {
      this.paused = false;
      if (this.isOpen) tcp.resume();
    }, wait).unref();
  }

  get isOpen(): boolean {
    return !this.closed && this.socket.readyState === this.socket.OPEN;
  }

  /** Sends one frame, or closes the connection when too much is already waiting to be sent to this client. */
  send(frame: Uint8Array): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CloseCode.tryAgainLater, 'connection too slow to keep up; reconnect to resync');
      return;
    }
    this.lastSentAt = Date.now();
    this.socket.send(frame, { binary: true });
  }

  /** Closes with a code and a reason the client can show (reasons are limited to 123 bytes by the protocol). */
  close(code: CloseCodeValue, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    const safeReason = Buffer.byteLength(reason) > 123 ? reason.slice(0, 100) : reason;
    try {
      this.socket.close(code, safeReason);
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
      this.close(CloseCode.goingAway, 'closed after a long silence; reconnect to continue');
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
