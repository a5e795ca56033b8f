import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  CURRENT_USER_ID_SCHEME,
  createNote,
  createNoteIn,
  deriveBoardIdentity,
  moveNote,
  privateDocName,
  readMeta,
  updateSession,
} from '@notevote/board';
import { BoardErasedError } from '../src/rooms/room-registry';
import { openSqliteThreadStore } from '../src/storage/sqlite-thread-store';
import { filesContaining } from '../src/storage/sqlite-test-support';
import { CloseCode } from '../src/sync/close-codes';
import { encodeSyncStep1, encodeUpdate } from '../src/sync/protocol';
import {
  type Access,
  boardUrl,
  closed,
  connectClient,
  deferCleanups,
  deviceKey,
  rawSocket,
  spawnRelay,
  startRelayClosedAfter,
  synced,
  tempDir,
  tokenOf,
  userIdOn,
  waitFor,
} from './helpers';

const cleanups = deferCleanups();

/** Text nobody else would write: finding it in a file can only mean this test's board. */
const unique = (label: string) => `${label} ${randomBytes(12).toString('hex')}`;

interface Links {
  facilitator: string;
  participant: string;
  projector: string;
}

async function createBoard(httpUrl: string, title: string): Promise<{ boardId: string; links: Links }> {
  const response = await fetch(`${httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { boardId: string; links: Links };
}

function eraseBoard(httpUrl: string, boardId: string, token: string): Promise<Response> {
  return fetch(`${httpUrl}/api/boards/${boardId}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
}

/** A stock client that the test destroys afterwards. */
function client(wsUrl: string, name: string, access: Access): WebsocketProvider {
  const provider = connectClient(wsUrl, name, access);
  cleanups.push(() => provider.destroy());
  return provider;
}

/** Resolves with the close code and reason once the relay closes the provider for good (44xx). */
const closedFor = (provider: WebsocketProvider) =>
  new Promise<{ code: number; reason: string }>((resolve) =>
    provider.once('connection-close', (event: { code: number; reason: string } | null) =>
      resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' }),
    ),
  );

describe('erasing a board', () => {
  it('leaves none of its text in any file of DATA_DIR: board, private document, title, compacted versions', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    // Compaction after a handful of updates, so earlier versions of the text sit in pages that compaction freed.
    const relay = await spawnRelay(dir, 0, { COMPACT_AFTER_UPDATES: '4', COMPACT_WHEN_QUIET_MS: '0' });
    cleanups.push(
      () => relay.child.kill('SIGKILL'),
      () => relay.closeDirectory(),
    );
    const title = unique('title');
    const boardText = unique('board note');
    const privateText = unique('private note');
    const { boardId, links } = await createBoard(relay.httpUrl, title);

    const facilitatorKey = deviceKey();
    const facilitator = client(relay.wsUrl, boardId, { token: tokenOf(links.facilitator), key: facilitatorKey });
    await synced(facilitator);
    // Updates each client made itself (not those it received), to tell whether the relay compacted them.
    const written = new Map<Y.Doc, number>();
    const countWrites = (provider: WebsocketProvider) =>
      provider.doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin !== provider) written.set(provider.doc, (written.get(provider.doc) ?? 0) + 1);
      });
    countWrites(facilitator);
    const noteId = createNote(
      facilitator.doc,
      { x: 0, y: 0, text: boardText },
      { authorId: userIdOn(boardId, facilitatorKey) },
    );
    for (let i = 1; i <= 6; i++) moveNote(facilitator.doc, noteId, i * 10, 0);
    updateSession(facilitator.doc, { silentWriting: true });

    const participantKey = deviceKey();
    const participantId = userIdOn(boardId, participantKey);
    const participantAccess = { token: tokenOf(links.participant), key: participantKey };
    const board = client(relay.wsUrl, boardId, participantAccess);
    const own = client(relay.wsUrl, privateDocName(boardId, participantId), participantAccess);
    await Promise.all([synced(board), synced(own)]);
    countWrites(own);
    await waitFor(() => board.doc.getMap('session').get('silentWriting') === true, 'silent writing to reach her');
    const privateNote = createNoteIn(
      { board: board.doc, own: own.doc },
      { x: 0, y: 0, text: privateText },
      { author: deriveBoardIdentity(participantKey, boardId, CURRENT_USER_ID_SCHEME) },
    );
    for (let i = 1; i <= 6; i++) moveNote(own.doc, privateNote, i * 10, 0);

    // Everything is stored once other clients have it (the relay relays only what is on disk): her board client for
    // the board, a second device of hers for the private document.
    const phone = client(relay.wsUrl, privateDocName(boardId, participantId), participantAccess);
    const xOf = (doc: Y.Doc, id: string) => (doc.getMap('notes').get(id) as Y.Map<unknown> | undefined)?.get('x');
    await waitFor(() => xOf(board.doc, noteId) === 60, 'the board note to be stored');
    await waitFor(() => xOf(phone.doc, privateNote) === 60, 'the private note to be stored');
    phone.destroy();

    // Positive control: the text is on disk, so the search below can find it; and both logs were compacted (fewer
    // rows than updates written: the relay's own first update of the board plus every update the clients made).
    expect(filesContaining(dir, boardText)).not.toEqual([]);
    expect(filesContaining(dir, privateText)).not.toEqual([]);
    const db = new Database(path.join(dir, 'notevote.db'), { readonly: true });
    cleanups.push(() => db.close());
    const rows = (doc: string) =>
      (db.prepare('SELECT count(*) AS n FROM updates WHERE doc = ?').get(doc) as { n: number }).n;
    await waitFor(
      () =>
        rows(boardId) < 1 + written.get(facilitator.doc)! &&
        rows(privateDocName(boardId, participantId)) < written.get(own.doc)!,
      'both documents to be compacted',
    );
    db.close();

    const everyoneClosed = Promise.all([closedFor(facilitator), closedFor(board), closedFor(own)]);
    const response = await eraseBoard(relay.httpUrl, boardId, tokenOf(links.facilitator));
    expect(response.status).toBe(204);
    for (const { code, reason } of await everyoneClosed)
      expect({ code, reason }).toEqual({ code: 4404, reason: 'board-erased' });

    for (const text of [title, boardText, privateText]) expect(filesContaining(dir, text), text).toEqual([]);

    // And it stays so once the relay has shut down (its last connection checkpoints the log into the database).
    relay.child.kill('SIGTERM');
    expect(await relay.stopped).toBe(0);
    await relay.closeDirectory();
    for (const text of [title, boardText, privateText]) expect(filesContaining(dir, text), text).toEqual([]);
  });

  it('refuses every later connection with 4404 and answers 404 for its links', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { boardId, links } = await createBoard(r.httpUrl, 'Short-lived');
    const token = tokenOf(links.facilitator);
    expect((await eraseBoard(r.httpUrl, boardId, token)).status).toBe(204);

    for (const access of [
      { token, key: deviceKey() },
      { token: tokenOf(links.participant), key: deviceKey() },
      { token: tokenOf(links.projector) },
    ]) {
      const socket = await rawSocket(boardUrl(r.wsUrl, boardId, access));
      expect((await closed(socket)).code).toBe(CloseCode.invalidBoardId);
    }
    // A connection admitted a moment before the erase finds no board to load either.
    await expect(r.app.rooms.open(boardId)).rejects.toBeInstanceOf(BoardErasedError);
    const listed = await fetch(`${r.httpUrl}/api/boards/${boardId}/links`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(listed.status).toBe(404);
    expect((await eraseBoard(r.httpUrl, boardId, token)).status).toBe(404);
  });

  it('is for the facilitator only', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { boardId, links } = await createBoard(r.httpUrl, 'Kept');
    for (const token of [tokenOf(links.participant), tokenOf(links.projector), 'f0.AAAAAAAAAAAAAAAAAAAAAA', '']) {
      const response = await eraseBoard(r.httpUrl, boardId, token);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { message: string }).message).toMatch(/facilitator/);
    }
    expect((await eraseBoard(r.httpUrl, 'no-such-board', tokenOf(links.facilitator))).status).toBe(404);
    const p = client(r.wsUrl, boardId, { token: tokenOf(links.participant), key: deviceKey() });
    await synced(p);
    expect(readMeta(p.doc)?.title).toBe('Kept');
  });

  it('is not undone by updates, joins and unloads arriving while it runs', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const store = openSqliteThreadStore({ path: path.join(dir, 'notevote.db') });
    cleanups.push(() => store.close());
    // Unloads as soon as the last client leaves, and compacts often: both would write after a careless erase.
    const r = await startRelayClosedAfter(
      cleanups,
      { unloadDelayMs: 0, compactAfterEntries: 3, compactWhenQuietMs: 0 },
      store,
    );
    const { boardId, links } = await createBoard(r.httpUrl, 'Busy');
    // One person's devices: each holds (and sends) what the writer wrote, as its author.
    const key = deviceKey();
    const access = () => ({ token: tokenOf(links.participant), key });

    // A writer that keeps sending notes, and people who keep joining and leaving (loading and unloading the room),
    // each holding the whole board as a device that was offline would, and sending all of it as it joins: if any of
    // them were let in after the erase, the board would be written back.
    let erased = false;
    const writer = client(r.wsUrl, boardId, access());
    await synced(writer);
    const writing = (async () => {
      for (let i = 0; !erased || i % 50 !== 0; i++) {
        createNote(writer.doc, { x: i, y: 0, text: `note ${i}` }, { authorId: userIdOn(boardId, key) });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const churning = Array.from({ length: 3 }, async () => {
      for (;;) {
        const socket = await rawSocket(boardUrl(r.wsUrl, boardId, access()));
        const end = closed(socket, 10_000);
        socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
        socket.send(encodeUpdate(Y.encodeStateAsUpdate(writer.doc)));
        const first = await Promise.race([new Promise((resolve) => socket.once('message', resolve)), end]);
        if (first && typeof first === 'object' && 'code' in first) {
          expect(first.code).toBe(CloseCode.invalidBoardId);
          return;
        }
        socket.close();
        await end;
      }
    });
    await waitFor(() => writer.doc.getMap('notes').size > 30, 'the writer to be busy');

    expect((await eraseBoard(r.httpUrl, boardId, tokenOf(links.facilitator))).status).toBe(204);
    erased = true;
    await Promise.all([writing, ...churning]);
    // Closing the relay finishes every load, unload and compaction still under way: none may write the board back.
    await r.close();
    expect(await store.listDocs(boardId)).toEqual([]);
    expect(await store.load(boardId)).toBeNull();
  });

  it('stops a reveal in flight from writing: its private copies are not dropped into a fresh document', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const store = openSqliteThreadStore({ path: path.join(dir, 'notevote.db') });
    cleanups.push(() => store.close());
    const r = await startRelayClosedAfter(cleanups, {}, store);
    const { boardId, links } = await createBoard(r.httpUrl, 'Reveal');
    const facilitatorAccess = { token: tokenOf(links.facilitator), key: deviceKey() };
    const facilitator = client(r.wsUrl, boardId, facilitatorAccess);
    await synced(facilitator);
    updateSession(facilitator.doc, { silentWriting: true });
    const key = deviceKey();
    const userId = userIdOn(boardId, key);
    const participant = { token: tokenOf(links.participant), key };
    const board = client(r.wsUrl, boardId, participant);
    const own = client(r.wsUrl, privateDocName(boardId, userId), participant);
    await Promise.all([synced(board), synced(own)]);
    await waitFor(() => board.doc.getMap('session').get('silentWriting') === true, 'silent writing');
    createNoteIn(
      { board: board.doc, own: own.doc },
      { x: 0, y: 0, text: 'private' },
      { author: deriveBoardIdentity(key, boardId, CURRENT_USER_ID_SCHEME) },
    );
    // Her second device receives the note once the relay has stored it.
    const phone = client(r.wsUrl, privateDocName(boardId, userId), participant);
    await waitFor(() => phone.doc.getMap('notes').size === 1, 'the private note to be stored');
    expect(await store.listDocs(`${boardId}/`)).toEqual([privateDocName(boardId, userId)]);
    const room = r.app.rooms.peek(boardId)!;

    // The reveal copies the note into the board as the relay's own change; the moment that copy is handed to the
    // store (before it is stored and the private copy dropped), the board is erased.
    let erasing: Promise<number> | null = null;
    room.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (typeof origin !== 'symbol' || erasing) return;
      queueMicrotask(() => {
        void r.directory.remove(boardId);
        erasing = r.app.rooms.erase(boardId);
      });
    });
    updateSession(facilitator.doc, { silentWriting: false });
    await waitFor(() => erasing !== null, 'the reveal to start');
    expect(await erasing!).toBe(4);
    await r.close();
    expect(await store.listDocs(boardId)).toEqual([]);
  });
});
