import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { CloseCode } from '../sync/close-codes';
import { Connection, type ConnectionLimits } from './connection';

const LIMITS: ConnectionLimits = {
  maxBufferedBytes: 8 * 1024 * 1024,
  messagesPerSecond: 100,
  messageBurst: 300,
  presencePerSecond: 60,
  presenceBurst: 120,
  idleTimeoutMs: 120_000,
};

let server: WebSocketServer | null = null;

afterEach(async () => {
  for (const client of server?.clients ?? []) client.terminate();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

/** A real ws server and a stock ws client on loopback; resolves with the server's side wrapped in a Connection. */
async function connected(): Promise<{ connection: Connection; serverSocket: WebSocket; client: WebSocket }> {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const accepted = once(server, 'connection') as Promise<[WebSocket]>;
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  const [serverSocket] = await accepted;
  await once(client, 'open');
  return { connection: new Connection(serverSocket, LIMITS, 'participant'), serverSocket, client };
}

const payloadOf = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i + seed) & 0xff);

describe('Connection.send', () => {
  it('delivers frames of every header size in order, each the bytes it was given', async () => {
    const { connection, client } = await connected();
    const frames = [0, 5, 125, 126, 65_535, 65_536, 300_000].map((length, i) => payloadOf(length, i));
    const received: Buffer[] = [];
    const all = new Promise<void>((resolve) =>
      client.on('message', (data: Buffer) => {
        received.push(data);
        if (received.length === frames.length * 2) resolve();
      }),
    );
    // Each payload twice: as a broadcast hands it to many sockets (its frame built once and kept), and as a message
    // for this socket alone (framed without being kept).
    for (const frame of frames) {
      connection.send(frame);
      connection.send(frame, { once: true });
    }
    await all;
    expect(received.map((data) => data.length)).toEqual(frames.flatMap((frame) => [frame.length, frame.length]));
    received.forEach((data, i) => expect(data.equals(frames[Math.floor(i / 2)]!)).toBe(true));
  });

  it("writes the prebuilt frame to the TCP socket itself, not through ws' send (ws' internals are as expected)", async () => {
    const { connection, serverSocket, client } = await connected();
    const viaWs = vi.spyOn(serverSocket, 'send');
    const message = once(client, 'message') as Promise<[Buffer]>;
    connection.send(payloadOf(10, 1));
    const [data] = await message;
    expect(data.equals(payloadOf(10, 1))).toBe(true);
    expect(viaWs).not.toHaveBeenCalled();
  });

  it('keeps frames in order with the close frame ws writes after them', async () => {
    const { connection, client } = await connected();
    const received: number[] = [];
    client.on('message', (data: Buffer) => received.push(data[0]!));
    const closed = once(client, 'close') as Promise<[number, Buffer]>;
    for (let i = 0; i < 50; i++) connection.send(Uint8Array.of(i, 0, 0));
    connection.close(CloseCode.goingAway, 'idle');
    const [code, reason] = await closed;
    expect(received).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(code).toBe(CloseCode.goingAway);
    expect(reason.toString()).toBe('idle');
    // Sends after closing are dropped, not written to a closing socket.
    connection.send(Uint8Array.of(99));
    expect(connection.isOpen).toBe(false);
  });
});
