import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { castVote, createNote, privateDocName, readNotes, voterVotes } from '@notevote/board';
import { CloseCode } from '../src/sync/close-codes';
import { encodeSyncStep1 } from '../src/sync/protocol';
import {
  boardUrl,
  closed,
  connectClient,
  deferCleanups,
  deviceKey,
  protocolsFor,
  rawSocket,
  startRelayClosedAfter,
  synced,
  waitFor,
  type Access,
  type TestRelay,
  userIdOn,
} from './helpers';

/**
 * Credentials in the Sec-WebSocket-Protocol header instead of the URL (reverse proxies log URLs): the stock client
 * sends them with its `protocols` option, the relay reads them there, answers `notevote`, and still accepts the
 * older query form. Everything here runs against the real relay on a real socket.
 */

const cleanups = deferCleanups();

function client(r: TestRelay, room: string, access: Access, via: 'query' | 'header'): WebsocketProvider {
  const provider = connectClient(r.wsUrl, room, access, new Y.Doc(), via);
  cleanups.push(() => provider.destroy());
  return provider;
}

/** A URL with no query string at all: the credentials travel only in the header. */
const bareUrl = (r: TestRelay, room: string) => `${r.wsUrl}/${room}`;

/** Opens a raw socket presenting `protocols`, and resolves with how the relay closed it. */
async function refusal(url: string, protocols: string[] = []): Promise<{ code: number; reason: string }> {
  const socket = await rawSocket(url, protocols);
  return closed(socket);
}

describe('credentials in the Sec-WebSocket-Protocol header', () => {
  it('lets the stock client sync and write as a participant with `protocols` and no query string', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const key = deviceKey();
    const me = userIdOn('header-board', key);
    const participant = await r.access('header-board', 'participant', key);
    const writer = client(r, 'header-board', participant, 'header');
    expect(writer.url).toBe(bareUrl(r, 'header-board'));
    await synced(writer);
    let closedWith: number | null = null;
    writer.on('connection-close', (event) => (closedWith = event?.code ?? -1));

    const noteId = createNote(writer.doc, { x: 0, y: 0, text: 'sent without a query string' }, { authorId: me });
    expect(castVote(writer.doc, me, { noteId, x: 5, y: 5 }).ok).toBe(true);

    const reader = client(r, 'header-board', await r.access('header-board', 'projector'), 'header');
    await synced(reader);
    await waitFor(
      () => readNotes(reader.doc).length === 1 && (voterVotes(reader.doc, me)?.size ?? 0) === 1,
      'the note and the vote to reach another client',
    );
    expect(readNotes(reader.doc)[0]?.text).toBe('sent without a query string');
    expect(closedWith).toBeNull();
    expect(writer.wsconnected).toBe(true);
  });

  it('admits a raw client and answers `notevote`, never an entry carrying a credential', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const access = await r.access('raw-board', 'facilitator');
    // Credentials first: `ws` would by default answer with the first entry offered, echoing the token back.
    const [board, ...credentials] = protocolsFor(access);
    for (const order of [
      [board!, ...credentials],
      [...credentials, board!],
    ]) {
      const socket = await rawSocket(bareUrl(r, 'raw-board'), order);
      cleanups.push(() => socket.terminate());
      expect(socket.protocol).toBe('notevote');
      // Admitted: the relay answers a sync request instead of closing.
      socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      await new Promise<void>((resolve, reject) => {
        socket.once('message', () => resolve());
        socket.once('close', (code) => reject(new Error(`closed with ${code}`)));
      });
      expect(socket.readyState).toBe(socket.OPEN);
    }
  });

  it('refuses a wrong token or a missing key in the header with the same close as in the query', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const good = await r.access('checked', 'participant');
    const other = await r.access('another-board', 'participant');
    const cases: Array<[string, Access, number, RegExp]> = [
      [
        'a forged token',
        { token: 'p0.AAAAAAAAAAAAAAAAAAAAAA', key: deviceKey() },
        CloseCode.unauthorized,
        /^link-invalid$/,
      ],
      ["another board's token", other, CloseCode.unauthorized, /^link-invalid$/],
      ['a participant without a device key', { token: good['token']! }, CloseCode.unauthorized, /^device-key-missing$/],
      ['no token at all', { key: deviceKey() }, CloseCode.unauthorized, /^link-missing$/],
    ];
    for (const [what, access, code, reason] of cases) {
      const inHeader = await refusal(bareUrl(r, 'checked'), protocolsFor(access));
      const inQuery = await refusal(boardUrl(r.wsUrl, 'checked', access));
      expect(inHeader, what).toEqual(inQuery);
      expect(inHeader.code, what).toBe(code);
      expect(inHeader.reason, what).toMatch(reason);
    }
  });

  it('still accepts the query form for third-party clients', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const key = deviceKey();
    const writer = client(r, 'query-board', await r.access('query-board', 'participant', key), 'query');
    expect(writer.url).toContain('?');
    await synced(writer);
    createNote(writer.doc, { x: 0, y: 0, text: 'via the query' }, { authorId: userIdOn('query-board', key) });
    const reader = client(r, 'query-board', await r.access('query-board', 'projector'), 'header');
    await synced(reader);
    await waitFor(() => readNotes(reader.doc).length === 1, 'the note written by a query-form client');
  });

  it('refuses credentials given both in the URL and in the header, even when they agree', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const access = await r.access('both', 'participant');
    const split = await refusal(
      boardUrl(r.wsUrl, 'both', { key: access['key']! }),
      protocolsFor({ token: access['token']! }),
    );
    const same = await refusal(boardUrl(r.wsUrl, 'both', access), protocolsFor(access));
    for (const result of [split, same]) {
      expect(result.code).toBe(CloseCode.unauthorized);
      expect(result.reason).toBe('credentials-ambiguous');
    }
  });

  it('refuses a token or key offered twice', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const access = await r.access('twice', 'participant');
    const result = await refusal(bareUrl(r, 'twice'), [...protocolsFor(access), `notevote-key.${deviceKey()}`]);
    expect(result.code).toBe(CloseCode.unauthorized);
    expect(result.reason).toBe('credentials-ambiguous');
  });

  it('fails the handshake of a client that offers credentials without `notevote` (nothing is echoed)', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const [, ...credentials] = protocolsFor(await r.access('no-notevote', 'participant'));
    await expect(rawSocket(bareUrl(r, 'no-notevote'), credentials)).rejects.toThrow(/no subprotocol/);
  });

  it("opens a private document with the header, and only on its owner's device", async () => {
    const r = await startRelayClosedAfter(cleanups);
    const key = deviceKey();
    const room = privateDocName('private-board', userIdOn('private-board', key));
    const own = client(r, room, await r.access('private-board', 'participant', key), 'header');
    await synced(own);
    const stranger = await refusal(bareUrl(r, room), protocolsFor(await r.access('private-board', 'participant')));
    expect(stranger.code).toBe(CloseCode.forbidden);
    expect(stranger.reason).toBe('private-not-yours');
  });
});
