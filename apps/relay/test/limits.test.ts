import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { createNote } from '@notevote/board';
import type { RelayConfig } from '../src/config';
import { CloseCode } from '../src/sync/close-codes';
import type { Connection } from '../src/rooms/connection';
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from '../src/sync/protocol';
import { encodeAwarenessEntries } from '../src/sync/awareness-codec';
import {
  boardUrl,
  closed,
  connectClient,
  rawSocket,
  synced,
  waitFor,
  type TestRelay,
  deferCleanups,
  startRelayClosedAfter,
  userIdOn,
} from './helpers';

const cleanups = deferCleanups();

const relay = (overrides: Partial<RelayConfig>) => startRelayClosedAfter(cleanups, overrides);

async function socketTo(r: TestRelay, boardId: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  const url = boardUrl(r.wsUrl, boardId, await r.access(boardId));
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    cleanups.push(() => socket.terminate());
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('relay limits', () => {
  it('refuses growth beyond the maximum board size with 4413, keeping what is there', async () => {
    const r = await relay({ maxDocBytes: 4_000 });
    const access = await r.access('small', 'participant');
    const writer = connectClient(r.wsUrl, 'small', access);
    cleanups.push(() => writer.destroy());
    await synced(writer);
    const me = userIdOn('small', access['key']!);
    const closing = new Promise<{ code: number; reason: string }>((resolve) => writer.once('closed', resolve));
    for (let i = 0; i < 40; i++)
      createNote(writer.doc, { x: i * 10, y: 0, text: `note ${i} `.repeat(5) }, { authorId: me });
    const event = await closing;
    expect(event.code).toBe(CloseCode.tooLarge);
    expect(event.reason).toBe('board-full');
    const kept = r.app.rooms.peek('small')!.doc.getMap('notes').size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(40);
  });

  it('drops presence states larger than the limit but relays normal ones', async () => {
    const r = await relay({ maxAwarenessBytes: 512 });
    const key = 'k'.repeat(32);
    const access = await r.access('presence', 'participant', key);
    const watcher = connectClient(r.wsUrl, 'presence', await r.access('presence'));
    cleanups.push(() => watcher.destroy());
    await synced(watcher);
    const sender = await rawSocket(boardUrl(r.wsUrl, 'presence', access));
    cleanups.push(() => sender.terminate());
    const user = (name: string) => ({ id: userIdOn('presence', key), name });
    const names = () =>
      [...watcher.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name);
    sender.send(
      encodeAwareness(
        encodeAwarenessEntries([{ clientId: 7001, clock: 1, state: { user: user('Big'), blob: 'x'.repeat(2_000) } }]),
      ),
    );
    // Under the limit in characters, over it in UTF-8 bytes (each é is two bytes).
    sender.send(
      encodeAwareness(
        encodeAwarenessEntries([{ clientId: 7003, clock: 1, state: { user: user('Wide'), blob: 'é'.repeat(300) } }]),
      ),
    );
    sender.send(
      encodeAwareness(encodeAwarenessEntries([{ clientId: 7002, clock: 1, state: { user: user('Normal') } }])),
    );
    await waitFor(() => names().includes('Normal'), 'the normal presence');
    expect(names()).not.toContain('Big');
    expect(names()).not.toContain('Wide');
  });

  it('refuses browser origins other than its own unless allowed', async () => {
    const r = await relay({ allowedOrigins: ['https://projector.example.org'] });
    const foreign = await socketTo(r, 'origins', { origin: 'https://evil.example.com' });
    expect(await closed(foreign)).toMatchObject({ code: CloseCode.forbidden, reason: 'origin-not-allowed' });
    for (const origin of [`http://127.0.0.1:${r.port}`, 'https://projector.example.org']) {
      const socket = await socketTo(r, 'origins', { origin });
      socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      await new Promise<void>((resolve) => socket.once('message', () => resolve()));
      expect(socket.readyState, origin).toBe(WebSocket.OPEN);
    }
  });

  it('limits connections per address and per board, transiently (1013)', async () => {
    const perAddress = await relay({ maxConnectionsPerAddress: 2 });
    await socketTo(perAddress, 'a');
    await socketTo(perAddress, 'b');
    const third = await socketTo(perAddress, 'c');
    expect(await closed(third)).toMatchObject({
      code: CloseCode.tryAgainLater,
      reason: 'too-many-connections',
    });

    const perBoard = await relay({ maxConnectionsPerBoard: 2 });
    const first = await socketTo(perBoard, 'full');
    first.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await socketTo(perBoard, 'full');
    await waitFor(() => perBoard.app.rooms.peek('full')?.connectionCount === 2, 'two connections on the board');
    const overflow = await socketTo(perBoard, 'full');
    expect(await closed(overflow)).toMatchObject({
      code: CloseCode.tryAgainLater,
      reason: 'too-many-connections',
    });
  });

  it('closes connections that stay silent past the idle timeout', async () => {
    const r = await relay({ idleTimeoutMs: 1_000, heartbeatMs: 100 });
    const silent = await socketTo(r, 'idle');
    expect(await closed(silent, 5_000)).toMatchObject({
      code: CloseCode.goingAway,
      reason: 'idle',
    });
  });

  it("drops presence over its budget without slowing the same sender's edits", async () => {
    const r = await relay({ messagesPerSecond: 200, messageBurst: 20, presencePerSecond: 10, presenceBurst: 20 });
    const access = await r.access('chatty', 'participant');
    const me = userIdOn('chatty', access['key']!);
    const watcher = connectClient(r.wsUrl, 'chatty', await r.access('chatty'));
    cleanups.push(() => watcher.destroy());
    await synced(watcher);
    const socket = await rawSocket(boardUrl(r.wsUrl, 'chatty', access));
    cleanups.push(() => socket.terminate());
    // A thousand cursor moves (as a stock client echoing a busy board would send), then one note.
    for (let clock = 1; clock <= 1_000; clock++) {
      const state = { user: { id: me, name: 'Chatty' }, cursor: { x: clock, y: 0 } };
      socket.send(encodeAwareness(encodeAwarenessEntries([{ clientId: 9001, clock, state }])));
    }
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => socket.send(encodeUpdate(update)));
    createNote(doc, { x: 0, y: 0, text: 'after the chatter' }, { authorId: me });
    await waitFor(() => watcher.doc.getMap('notes').size === 1, 'the note');
    const connection = [...r.app.rooms.peek('chatty')!.members()].find((c) => c.userId === me) as Connection;
    expect(connection.pauses).toBe(0);
    // Some presence got through (the burst), the rest was dropped unread.
    const chatty = [...watcher.awareness.getStates().values()].find(
      (state) => (state as { user?: { name?: string } }).user?.name === 'Chatty',
    ) as { cursor: { x: number } } | undefined;
    const cursor = chatty?.cursor.x;
    expect(cursor).toBeGreaterThan(0);
    expect(cursor).toBeLessThan(1_000);
  });

  it('slows a flooding sender with backpressure instead of dropping its messages', async () => {
    const r = await relay({ messagesPerSecond: 200, messageBurst: 20 });
    const access = await r.access('flood', 'participant');
    const socket = await rawSocket(boardUrl(r.wsUrl, 'flood', access));
    cleanups.push(() => socket.terminate());
    const doc = new Y.Doc();
    const me = userIdOn('flood', access['key']!);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 150; i++) createNote(doc, { x: i, y: 0, text: `n${i}` }, { authorId: me });
    for (const update of updates) socket.send(encodeUpdate(update));
    await waitFor(() => r.app.rooms.peek('flood')?.doc.getMap('notes').size === 150, 'every note to arrive', 10_000);
    const connection = [...r.app.rooms.peek('flood')!.members()][0] as Connection;
    expect(connection.pauses).toBeGreaterThan(0);
    expect(socket.readyState).toBe(WebSocket.OPEN);
  });
});
