import { describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import { createNoteIn, CURRENT_USER_ID_SCHEME, deriveBoardIdentity, editNoteText, readNotes } from '@notevote/board';
import { CloseCode } from '../src/sync/close-codes';
import { decodeClientMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../src/sync/protocol';
import {
  boardUrl,
  closed,
  connectClient,
  deferCleanups,
  deviceKey,
  rawSocket,
  startRelayClosedAfter,
  synced,
  waitFor,
} from './helpers';

const cleanups = deferCleanups();

/** Every decoded frame the relay sends `socket`. */
function frames(socket: WebSocket): Array<ReturnType<typeof decodeClientMessage>> {
  const received: Array<ReturnType<typeof decodeClientMessage>> = [];
  socket.on('message', (data: Buffer) => received.push(decodeClientMessage(new Uint8Array(data))));
  return received;
}

describe('an update built on changes the relay never received', () => {
  it('is dropped, and the relay asks the client for what it misses; the answer brings both in', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const boardId = 'resync';
    const key = deviceKey();
    const author = deriveBoardIdentity(key, boardId, CURRENT_USER_ID_SCHEME);
    const socket = await rawSocket(boardUrl(relay.wsUrl, boardId, await relay.access(boardId, 'participant', key)));
    cleanups.push(() => socket.close());
    const received = frames(socket);
    socket.send(encodeSyncStep1(new Uint8Array([0])));
    await waitFor(() => received.some((message) => message.type === 'sync-step-2'), 'the first sync');
    const local = new Y.Doc();
    for (const message of received) if (message.type === 'sync-step-2') Y.applyUpdate(local, message.update);

    // Written while the link was broken: the note's creation never reached the relay, only its later edit does.
    let lost: Uint8Array | null = null;
    local.once('update', (update: Uint8Array) => (lost = update));
    const noteId = createNoteIn({ board: local, own: null }, { x: 0, y: 0, text: 'first words' }, { author });
    const later: Uint8Array[] = [];
    local.on('update', (update: Uint8Array) => later.push(update));
    editNoteText(local, noteId, 'first words, and more');
    expect(lost).not.toBeNull();
    const asksBefore = received.filter((message) => message.type === 'sync-step-1').length;
    for (const update of later) socket.send(encodeUpdate(update));

    await waitFor(
      () => received.filter((message) => message.type === 'sync-step-1').length > asksBefore,
      'the relay to ask for what it misses',
    );
    expect(socket.readyState).toBe(socket.OPEN);
    // The client answers the relay's state vector, as the stock client does.
    const asked = received.filter((message) => message.type === 'sync-step-1').at(-1)!;
    socket.send(
      encodeSyncStep2(Y.encodeStateAsUpdate(local, asked.type === 'sync-step-1' ? asked.stateVector : undefined)),
    );

    const reader = connectClient(relay.wsUrl, boardId, await relay.access(boardId, 'projector'));
    cleanups.push(() => reader.destroy());
    await synced(reader);
    await waitFor(() => readNotes(reader.doc)[0]?.text === 'first words, and more', 'the note and its edit');
  });

  it('from a client that never sends what it builds on, is refused after fifty asks', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const boardId = 'resync-hostile';
    const key = deviceKey();
    const author = deriveBoardIdentity(key, boardId, CURRENT_USER_ID_SCHEME);
    const socket = await rawSocket(boardUrl(relay.wsUrl, boardId, await relay.access(boardId, 'participant', key)));
    const local = new Y.Doc();
    const noteId = createNoteIn({ board: local, own: null }, { x: 0, y: 0, text: 'never sent' }, { author });
    const orphans: Uint8Array[] = [];
    local.on('update', (update: Uint8Array) => orphans.push(update));
    for (let i = 0; i < 51; i++) editNoteText(local, noteId, `edit ${i}`);
    const closing = closed(socket);
    for (const update of orphans) socket.send(encodeUpdate(update));
    expect(await closing).toEqual({ code: CloseCode.forbidden, reason: 'unresolved' });
  });
});
