import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { castVote, createNote, editNoteText, readMeta, readNote, readNotes, setTitle } from '@notevote/board';
import { createMemoryStore } from '../src/storage/memory-store';
import { openSqliteStore } from '../src/storage/sqlite-store';
import type { DocStore } from '../src/storage/types';
import { encodeUpdate } from '../src/sync/protocol';
import {
  boardUrl,
  closed,
  connectClient,
  rawSocket,
  startRelay,
  synced,
  tempDir,
  waitFor,
  type TestRelay,
  deferCleanups,
  startRelayClosedAfter,
  userIdOn,
  userOf,
} from './helpers';

const cleanups = deferCleanups();

const relayWith = (store?: DocStore, overrides = {}) => startRelayClosedAfter(cleanups, overrides, store);

/** A stock client on the board; `userId` is the id the relay derives from its device key. */
async function client(
  relay: TestRelay,
  boardId: string,
  role: 'participant' | 'facilitator' = 'participant',
): Promise<WebsocketProvider & { userId: string }> {
  const access = await relay.access(boardId, role);
  const provider = connectClient(relay.wsUrl, boardId, access) as WebsocketProvider & { userId: string };
  provider.userId = userIdOn(boardId, access['key'] ?? '');
  cleanups.push(() => provider.destroy());
  return provider;
}

/** Presence states another client receives with this name. */
const named = (provider: WebsocketProvider, name: string) =>
  [...provider.awareness.getStates().values()].filter(
    (state) => (state as { user?: { name?: unknown } }).user?.name === name,
  );

describe('relay sync with the stock y-websocket client', () => {
  it('makes two clients converge', async () => {
    const relay = await relayWith();
    const a = await client(relay, 'board-1');
    const b = await client(relay, 'board-1');
    await Promise.all([synced(a), synced(b)]);

    const noteId = createNote(a.doc, { x: 10, y: 20, text: 'Protect whistle-blowers' }, { authorId: a.userId });
    await waitFor(() => readNote(b.doc, noteId)?.text === 'Protect whistle-blowers', 'B to receive the note');
    const vote = castVote(b.doc, b.userId, { noteId, x: 5, y: 5 });
    expect(vote.ok).toBe(true);
    editNoteText(a.doc, noteId, 'Protect whistle-blowers and journalists');
    await waitFor(
      () => readNote(b.doc, noteId)?.text === 'Protect whistle-blowers and journalists',
      'B to see the edit',
    );
    await waitFor(() => a.doc.getMap('votes').has(b.userId), 'A to see the vote');
    expect(Y.encodeStateAsUpdate(a.doc)).toEqual(Y.encodeStateAsUpdate(b.doc));
  });

  it('keeps boards apart', async () => {
    const relay = await relayWith();
    const a = await client(relay, 'board-a');
    const b = await client(relay, 'board-b');
    await Promise.all([synced(a), synced(b)]);
    createNote(a.doc, { x: 0, y: 0, text: 'only on A' }, { authorId: a.userId });
    const probe = await client(relay, 'board-a');
    await synced(probe);
    await waitFor(() => readNotes(probe.doc).length === 1, 'the probe on board A to see the note');
    expect(readNotes(b.doc)).toEqual([]);
  });

  it('gives a late joiner the full state', async () => {
    const relay = await relayWith();
    const a = await client(relay, 'late', 'facilitator');
    await synced(a);
    setTitle(a.doc, 'Wildlife trafficking sprint');
    for (let i = 0; i < 20; i++) createNote(a.doc, { x: i * 210, y: 0, text: `idea ${i}` }, { authorId: a.userId });
    await waitFor(() => relay.app.rooms.peek('late')?.doc.getMap('notes').size === 20, 'the relay to hold all notes');
    const late = await client(relay, 'late');
    await synced(late);
    expect(readMeta(late.doc)?.title).toBe('Wildlife trafficking sprint');
    expect(readNotes(late.doc)).toHaveLength(20);
  });

  it('relays awareness and removes a client’s presence when it disconnects', async () => {
    const relay = await relayWith();
    const a = await client(relay, 'presence');
    const b = await client(relay, 'presence');
    await Promise.all([synced(a), synced(b)]);
    a.awareness.setLocalState({ user: { name: 'Amina' }, cursor: { x: 1, y: 2 } });
    await waitFor(() => named(b, 'Amina').length === 1, 'B to see A’s presence');
    // Relayed under an alias: the client id A writes its edits with is nowhere in what B receives.
    expect(b.awareness.getStates().has(a.awareness.clientID)).toBe(false);
    a.disconnect();
    await waitFor(() => named(b, 'Amina').length === 0, 'A’s presence to disappear from B');
  });

  it('sends a joiner the presence of people already on the board', async () => {
    const relay = await relayWith();
    const a = await client(relay, 'presence-join');
    await synced(a);
    a.awareness.setLocalStateField('user', { name: 'Amina' });
    await waitFor(
      () => relay.app.rooms.peek('presence-join')?.presence.awareness.getStates().size === 1,
      'relay to know A',
    );
    const b = await client(relay, 'presence-join');
    await waitFor(() => named(b, 'Amina').length === 1, 'B to see A on joining');
  });

  it('writes an update to storage before relaying it to others', async () => {
    const inner = createMemoryStore();
    let release: () => void = () => undefined;
    let appendsStarted = 0;
    // Armed once both clients synced: the relay itself writes when it loads a board (its first state).
    let armed = false;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gatedStore: DocStore = {
      ...inner,
      load: (name) => inner.load(name),
      append: async (name, update) => {
        if (armed) {
          appendsStarted++;
          await gate;
        }
        return inner.append(name, update);
      },
      compact: (name, snapshot) => inner.compact(name, snapshot),
      flush: () => inner.flush(),
      close: () => inner.close(),
    };
    const relay = await relayWith(gatedStore);
    const a = await client(relay, 'durable-first');
    const b = await client(relay, 'durable-first');
    await Promise.all([synced(a), synced(b)]);
    armed = true;
    const noteId = createNote(a.doc, { x: 0, y: 0, text: 'held' }, { authorId: a.userId });
    await waitFor(() => appendsStarted > 0, 'the relay to start storing the update');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readNote(b.doc, noteId)).toBeNull();
    release();
    await waitFor(() => readNote(b.doc, noteId) !== null, 'B to receive the update once it is stored');
    expect(await inner.load('durable-first')).not.toBeNull();
  });

  it('keeps the board across a restart', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const dbPath = path.join(dir, 'notevote.db');
    const store1 = openSqliteStore({ path: dbPath });
    const relay1 = await startRelay(store1);
    const a = connectClient(relay1.wsUrl, 'restart', await relay1.access('restart'));
    await synced(a);
    const noteId = createNote(a.doc, { x: 1, y: 2, text: 'survives restarts' }, { authorId: userOf(a) });
    await waitFor(() => relay1.app.rooms.peek('restart')?.doc.getMap('notes').has(noteId) === true, 'relay to apply');
    a.destroy();
    await relay1.close();
    await store1.close();

    const store2 = openSqliteStore({ path: dbPath });
    cleanups.push(() => store2.close());
    const relay2 = await relayWith(store2);
    // A new in-process relay has its own (memory) directory and secret: register the board there too.
    const b = await client(relay2, 'restart');
    await synced(b);
    expect(readNote(b.doc, noteId)?.text).toBe('survives restarts');
  });

  it('unloads an empty board after the delay and reloads it with its content', async () => {
    const relay = await relayWith(createMemoryStore(), { unloadDelayMs: 50 });
    const a = await client(relay, 'unload');
    await synced(a);
    createNote(a.doc, { x: 0, y: 0, text: 'kept' }, { authorId: a.userId });
    await waitFor(() => relay.app.rooms.size === 1, 'board in memory');
    a.disconnect();
    await waitFor(() => relay.app.rooms.size === 0, 'the board to unload');
    const b = await client(relay, 'unload');
    await synced(b);
    expect(readNotes(b.doc).map((n) => n.text)).toEqual(['kept']);
  });

  it('tells clients it is going away on shutdown, after saving their updates', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const dbPath = path.join(dir, 'notevote.db');
    const store = openSqliteStore({ path: dbPath, groupCommitMs: 50 });
    const relay = await startRelay(store);
    const access = await relay.access('shutdown');
    const socket = await rawSocket(boardUrl(relay.wsUrl, 'shutdown', access));
    const doc = new Y.Doc();
    createNote(doc, { x: 0, y: 0, text: 'last words' }, { authorId: userIdOn('shutdown', access['key']!) });
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    const closing = closed(socket);
    await waitFor(() => relay.app.rooms.peek('shutdown')?.doc.getMap('notes').size === 1, 'relay to apply the update');
    await relay.close();
    expect((await closing).code).toBe(1001);
    await store.close();
    const reopened = openSqliteStore({ path: dbPath });
    cleanups.push(() => reopened.close());
    const stored = await reopened.load('shutdown');
    const check = new Y.Doc();
    Y.applyUpdate(check, stored?.update ?? new Uint8Array());
    expect(readNotes(check).map((n) => n.text)).toEqual(['last words']);
  });

  it('answers GET /healthz (its details are for the metrics token: see test/operations.test.ts)', async () => {
    const relay = await relayWith();
    const response = await relay.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });
});
