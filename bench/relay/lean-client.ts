import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import type { Framing } from './plan';
import {
  EMPTY_STATE_VECTOR,
  EMPTY_UPDATE,
  FrameCodec,
  MessageType,
  SyncType,
  hocuspocusAuthFrame,
  syncFrame,
} from './wire';
import type { WriterDoc } from './writer-doc';

/**
 * Why the server ended a connection: its WebSocket close code, or the HTTP status that refused the upgrade before any
 * WebSocket existed (e.g. `HTTP 429` from a connection-rate limit).
 */
export type CloseCause = number | `HTTP ${number}`;

/** What a client reports to whoever runs the load; each call must stay tiny (hundreds of thousands per second). */
export interface ClientEvents {
  onSynced(client: LeanClient, stateBytes: number): void;
  onUpdate(client: LeanClient, update: Uint8Array): void;
  onClosed(client: LeanClient, cause: CloseCause): void;
}

/** Hocuspocus' SyncReply: a sync message that does not ask for another step 1. */
const SYNC_REPLY = 4;

/**
 * A y-websocket client without a board document: it does the handshake, answers the server's sync step 1 with its
 * own changes (if it writes), and hands received updates over undecoded. Nothing it hears is applied, so a
 * thousand of them fit in one process.
 */
export class LeanClient {
  synced = false;
  private socket: WebSocket | null = null;
  private readonly codec: FrameCodec;
  private closing = false;
  /** The HTTP status of a refused upgrade, reported instead of ws' generic 1006 close that follows it. */
  private refusedWith: number | null = null;

  constructor(
    readonly clientId: number,
    private readonly url: string,
    private readonly framing: Framing,
    docName: string,
    private readonly events: ClientEvents,
    readonly writer: WriterDoc | null = null,
  ) {
    this.codec = new FrameCodec(framing, docName);
  }

  connect(): void {
    const socket = new WebSocket(this.url, { perMessageDeflate: false });
    this.socket = socket;
    socket.binaryType = 'nodebuffer';
    socket.on('open', () => {
      if (this.framing === 'hocuspocus') this.send(hocuspocusAuthFrame());
      this.send(syncFrame(SyncType.step1, EMPTY_STATE_VECTOR));
    });
    socket.on('message', (data: Buffer) => this.receive(data));
    socket.on('unexpected-response', (request, response) => {
      this.refusedWith = response.statusCode ?? 0;
      // Handling this event makes ending the request ours; with an error, ws reports the close as for a failed one.
      request.destroy(new Error(`the server refused the upgrade with HTTP ${this.refusedWith}`));
    });
    socket.on('close', (code: number) => {
      const cause: CloseCause = this.refusedWith === null ? code : `HTTP ${this.refusedWith}`;
      this.refusedWith = null;
      if (!this.closing) this.events.onClosed(this, cause);
    });
    // A refused or reset connection also closes; the close code is what gets reported.
    socket.on('error', () => undefined);
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  send(frame: Uint8Array): void {
    if (this.isOpen) this.socket?.send(this.codec.wrap(frame));
  }

  close(): void {
    this.closing = true;
    this.socket?.terminate();
  }

  private receive(data: Buffer): void {
    const decoder = this.codec.open(data);
    const type = decoding.readVarUint(decoder);
    if (type !== MessageType.sync && type !== SYNC_REPLY) return;
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === SyncType.update) {
      this.events.onUpdate(this, payload);
    } else if (syncType === SyncType.step1) {
      this.send(syncFrame(SyncType.step2, this.writer?.diffFor(payload) ?? EMPTY_UPDATE));
    } else if (syncType === SyncType.step2 && !this.synced) {
      this.synced = true;
      this.events.onSynced(this, payload.length);
    } else if (syncType === SyncType.step2) {
      // A later step 2 (e.g. the answer to a resync) carries updates like any other.
      this.events.onUpdate(this, payload);
    }
  }
}
