import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { createNote, readNote, readNotes } from '@notevote/board';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { CloseCode } from '../src/sync/close-codes';
import { encodeSyncStep1, encodeUpdate, KEEPALIVE_FRAME } from '../src/sync/protocol';
import {
  closed,
  connectClient,
  rawSocket,
  spawnRelay,
  synced,
  tempDir,
  waitFor,
  boardUrl,
  type AccessIssuer,
  deferCleanups,
  startRelayClosedAfter,
  userOf,
  userIdOn,
} from './helpers';

const cleanups = deferCleanups();

const relay = (overrides = {}) => startRelayClosedAfter(cleanups, overrides);

async function client(endpoint: { wsUrl: string; access: AccessIssuer }, boardId: string): Promise<WebsocketProvider> {
  const provider = connectClient(endpoint.wsUrl, boardId, await endpoint.access(boardId));
  cleanups.push(() => provider.destroy());
  return provider;
}

const frame = (...parts: Array<(e: encoding.Encoder) => void>) => {
  const e = encoding.createEncoder();
  for (const part of parts) part(e);
  return encoding.toUint8Array(e);
};

/** Frames an honest client never sends; each must close only the sender. */
const MALFORMED: Record<string, Uint8Array> = {
  'empty frame': new Uint8Array(0),
  'unterminated varint': new Uint8Array([0x80, 0x80, 0x80]),
  'unknown message type': frame((e) => encoding.writeVarUint(e, 42)),
  'unknown sync type': frame(
    (e) => encoding.writeVarUint(e, 0),
    (e) => encoding.writeVarUint(e, 9),
  ),
  'length prefix beyond the frame': frame(
    (e) => encoding.writeVarUint(e, 0),
    (e) => encoding.writeVarUint(e, 2),
    (e) => encoding.writeVarUint(e, 1000),
  ),
  'garbage update': frame(
    (e) => encoding.writeVarUint(e, 0),
    (e) => encoding.writeVarUint(e, 2),
    (e) => encoding.writeVarUint8Array(e, new Uint8Array([1, 200, 7, 7, 255, 255, 3])),
  ),
  'garbage state vector': frame(
    (e) => encoding.writeVarUint(e, 0),
    (e) => encoding.writeVarUint(e, 0),
    (e) => encoding.writeVarUint8Array(e, new Uint8Array([5, 0x80])),
  ),
  'garbage awareness': frame(
    (e) => encoding.writeVarUint(e, 1),
    (e) => encoding.writeVarUint8Array(e, new Uint8Array([3, 1, 1, 200])),
  ),
  'trailing bytes': frame(
    (e) => encoding.writeVarUint(e, 3),
    (e) => encoding.writeVarUint(e, 3),
  ),
};

describe('relay robustness', () => {
  for (const [name, bytes] of Object.entries(MALFORMED)) {
    it(`closes only the sender of a malformed message (${name}) and leaves the board intact`, async () => {
      const r = await relay();
      const honest = await client(r, 'shared');
      await synced(honest);
      const noteId = createNote(honest.doc, { x: 0, y: 0, text: 'before' }, { authorId: userOf(honest) });
      await waitFor(
        () => r.app.rooms.peek('shared')?.doc.getMap('notes').has(noteId) === true,
        'relay to apply the note',
      );

      const attacker = await rawSocket(boardUrl(r.wsUrl, 'shared', await r.access('shared')));
      const closing = closed(attacker);
      attacker.send(bytes);
      const { code, reason } = await closing;
      expect(code).toBe(CloseCode.malformedMessage);
      expect(reason).toBe('malformed-message');

      // The honest client keeps syncing through the same room, and a newcomer still gets the whole board.
      const second = createNote(honest.doc, { x: 300, y: 0, text: 'after' }, { authorId: userOf(honest) });
      const late = await client(r, 'shared');
      await synced(late);
      await waitFor(() => readNote(late.doc, second)?.text === 'after', 'a newcomer to get the later note');
      expect(
        readNotes(late.doc)
          .map((n) => n.text)
          .sort(),
      ).toEqual(['after', 'before']);
      expect(honest.wsconnected).toBe(true);
      expect((await r.app.inject('/healthz')).statusCode).toBe(200);
    });
  }

  it('refuses text frames', async () => {
    const r = await relay();
    const socket = await rawSocket(boardUrl(r.wsUrl, 'texty', await r.access('texty')));
    const closing = closed(socket);
    socket.send('hello');
    expect((await closing).code).toBe(CloseCode.malformedMessage);
  });

  it('closes messages over the size limit with 1009, and stays up', async () => {
    const r = await relay({ maxMessageBytes: 4096 });
    const socket = await rawSocket(boardUrl(r.wsUrl, 'big', await r.access('big')));
    const closing = closed(socket);
    socket.send(encodeUpdate(new Uint8Array(10_000)));
    expect((await closing).code).toBe(1009);
    expect((await r.app.inject('/healthz')).statusCode).toBe(200);
  });

  it('refuses bad board ids with a permanent close code', async () => {
    const r = await relay();
    for (const path of ['/ws/bad%20id', `/ws/${'x'.repeat(65)}`, '/ws/a/b', '/ws', '/ws/']) {
      const socket = await rawSocket(`ws://127.0.0.1:${r.port}${path}`);
      const { code, reason } = await closed(socket);
      expect(code, path).toBe(CloseCode.invalidBoardId);
      expect(reason, path).toBe('no-such-board');
    }
    expect(r.app.rooms.size).toBe(0);
  });

  it('makes the stock client stop reconnecting after a bad board id', async () => {
    const r = await relay();
    const provider = new WebsocketProvider(r.wsUrl, 'not a valid id!', new Y.Doc(), {
      WebSocketPolyfill: WebSocket as never,
      disableBc: true,
    });
    cleanups.push(() => provider.destroy());
    const event = await new Promise<{ code: number }>((resolve) => provider.once('closed', resolve));
    expect(event.code).toBe(CloseCode.invalidBoardId);
    expect(provider.shouldConnect).toBe(false);
  });

  it('feeds an idle client keepalive frames so the stock client’s watchdog never fires', async () => {
    const r = await relay({ heartbeatMs: 100, keepaliveMs: 150 });
    const socket = await rawSocket(boardUrl(r.wsUrl, 'idle', await r.access('idle')));
    cleanups.push(() => socket.terminate());
    const frames: Buffer[] = [];
    socket.on('message', (data: Buffer) => frames.push(data));
    socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await waitFor(() => frames.some((f) => Buffer.from(KEEPALIVE_FRAME).equals(f)), 'a keepalive frame', 3_000);
  });

  it('keeps an update a peer received across a SIGKILL of the relay', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const first = await spawnRelay(dir);
    cleanups.push(() => first.child.kill('SIGKILL'));
    cleanups.push(() => first.closeDirectory());
    const writer = await client(first, 'crash');
    const reader = await client(first, 'crash');
    await Promise.all([synced(writer), synced(reader)]);
    const noteId = createNote(writer.doc, { x: 0, y: 0, text: 'said before the crash' }, { authorId: userOf(writer) });
    await waitFor(() => readNote(reader.doc, noteId) !== null, 'the reader to receive the note');
    first.child.kill('SIGKILL');
    await first.stopped;
    writer.destroy();
    reader.destroy();

    const second = await spawnRelay(dir);
    cleanups.push(() => second.child.kill('SIGKILL'));
    cleanups.push(() => second.closeDirectory());
    const after = await client(second, 'crash');
    await synced(after);
    expect(readNote(after.doc, noteId)?.text).toBe('said before the crash');
  });

  it('saves and says "going away" when the relay process gets SIGTERM', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const first = await spawnRelay(dir);
    cleanups.push(() => first.child.kill('SIGKILL'));
    cleanups.push(() => first.closeDirectory());
    const access = await first.access('graceful');
    const socket = await rawSocket(boardUrl(first.wsUrl, 'graceful', access));
    const closing = closed(socket);
    const doc = new Y.Doc();
    const noteId = createNote(
      doc,
      { x: 0, y: 0, text: 'kept on SIGTERM' },
      { authorId: userIdOn('graceful', access['key']!) },
    );
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    // A round trip proves the relay has read the update before it is told to stop.
    socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await new Promise<void>((resolve) => socket.once('message', () => resolve()));
    first.child.kill('SIGTERM');
    expect((await closing).code).toBe(1001);
    expect(await first.stopped).toBe(0);

    const second = await spawnRelay(dir);
    cleanups.push(() => second.child.kill('SIGKILL'));
    cleanups.push(() => second.closeDirectory());
    const after = await client(second, 'graceful');
    await synced(after);
    expect(readNote(after.doc, noteId)?.text).toBe('kept on SIGTERM');
  });
});
