/**
 * The null relay: the harness's own floor on this machine. Per URL path (one document), every binary frame a client
 * sends goes to every other socket of that path: no Yjs, no validation, no storage. It answers a client's sync step 1
 * with an empty sync step 2 (which is all a LeanClient waits for to count as synced) and forwards no sync step 1 or 2
 * frames, so only updates and presence travel. Whatever latency it shows is the generator's, the kernel's and Node's,
 * which no real relay can beat. (It batches nothing either: where a relay coalesces or drops presence, as notevote
 * does in (d), forwarding every frame costs the null relay more than the relay.)
 */
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { EMPTY_UPDATE, MessageType, SyncType, syncFrame } from './wire';

const SYNCED = syncFrame(SyncType.step2, EMPTY_UPDATE);
const documents = new Map<string, Set<WebSocket>>();

/** RFC 6455 §5.2: FIN set, opcode 2 (binary); a server's frames are not masked. */
const FIN_BINARY = 0x82;

/** A binary frame as a server sends it, header and payload in one buffer, built once for every receiver. */
function wireFrame(payload: Buffer): Buffer {
  const length = payload.length;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = FIN_BINARY;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  payload.copy(frame, headerLength);
  return frame;
}

/**
 * The TCP socket ws keeps under a WebSocket. A floor must be at least as cheap as any relay's send path, and the
 * cheapest is one write of a prebuilt frame per receiver (ws' own `send` builds a header per socket and writes with a
 * corked writev; notevote writes prebuilt frames too). Safe here because ws queues nothing of its own without
 * compression, so frames written directly stay in order with the few ws sends (sync replies).
 */
const tcpOf = (socket: WebSocket) => (socket as unknown as { _socket?: Socket })._socket;

/**
 * A handshake frame: message type sync, sub-type step 1 or step 2. Both are varints below 128, so each is one byte
 * and the first two bytes say it without a decoder.
 */
function syncStepOf(frame: Buffer): number | null {
  if (frame[0] !== MessageType.sync) return null;
  const step = frame[1];
  return step === SyncType.step1 || step === SyncType.step2 ? step : null;
}

/**
 * With NULL_RELAY_LOG set, the durable null relay: every frame to pass on is first appended to that file, and a turn's
 * frames are forwarded only after one `fdatasync` has put all of them on disk. The cheapest "stored before relayed"
 * there is (no database, no thread hop: a write and an fdatasync on the main thread, once per event-loop turn, as
 * notevote's fast path commits), so its latency is the floor of any relay that keeps that promise on this disk.
 */
const logPath = process.env['NULL_RELAY_LOG'];
const log = logPath ? openSync(logPath, 'a') : null;
let held: { frame: Buffer; to: WebSocket[] }[] = [];

function forward(frame: Buffer, to: WebSocket[]): void {
  for (const other of to) if (other.readyState === WebSocket.OPEN) tcpOf(other)?.write(frame);
}

/** Stores the turn's frames with one fdatasync, then forwards them (see NULL_RELAY_LOG). */
function storeThenForward(): void {
  const turn = held;
  held = [];
  for (const { frame } of turn) writeSync(log!, frame);
  fdatasyncSync(log!);
  for (const { frame, to } of turn) forward(frame, to);
}

function join(socket: WebSocket, request: IncomingMessage): void {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  const sockets = documents.get(path) ?? new Set<WebSocket>();
  documents.set(path, sockets);
  sockets.add(socket);
  socket.on('close', () => {
    sockets.delete(socket);
    if (sockets.size === 0) documents.delete(path);
  });
  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (!isBinary || !Buffer.isBuffer(data)) return;
    const step = syncStepOf(data);
    if (step === SyncType.step1) socket.send(SYNCED);
    if (step !== null) return;
    const frame = wireFrame(data);
    if (log !== null) {
      if (held.length === 0) setImmediate(storeThenForward);
      held.push({ frame, to: [...sockets].filter((other) => other !== socket) });
      return;
    }
    for (const other of sockets) {
      if (other !== socket && other.readyState === WebSocket.OPEN) tcpOf(other)?.write(frame);
    }
  });
}

const server = new WebSocketServer({
  port: Number(process.env['PORT'] ?? 0),
  host: process.env['HOST'] ?? '127.0.0.1',
  perMessageDeflate: false,
});
server.on('connection', join);
server.on('listening', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => {
  if (log !== null) closeSync(log);
  process.exit(0);
});
