import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { castVote, createNote, readMeta, readNote, readNotes, voterVotes } from '@notevote/board';
import { CloseCode } from '../src/sync/close-codes';
import { encodeAwareness, encodeUpdate } from '../src/sync/protocol';
import { encodeAwarenessEntries } from '../src/sync/awareness-codec';
import {
  boardUrl,
  closed,
  connectClient,
  deviceKey,
  rawSocket,
  synced,
  waitFor,
  type Access,
  type TestRelay,
  deferCleanups,
  startRelayClosedAfter,
  userIdOn,
  userOf,
} from './helpers';

const cleanups = deferCleanups();

const relay = () => startRelayClosedAfter(cleanups);

/** Access parameters from a link path such as `/b/<id>#k=<token>`. */
function accessFromLink(link: string, key: string | null = deviceKey()): { boardId: string; access: Access } {
  const match = /^\/b\/([A-Za-z0-9_-]+)#k=(.+)$/.exec(link);
  if (!match?.[1] || !match[2]) throw new Error(`not a board link: ${link}`);
  return { boardId: match[1], access: key ? { token: match[2], key } : { token: match[2] } };
}

function client(r: TestRelay, boardId: string, access: Access): WebsocketProvider {
  const provider = connectClient(r.wsUrl, boardId, access);
  cleanups.push(() => provider.destroy());
  return provider;
}

async function createBoard(r: TestRelay, title: string) {
  const response = await r.app.inject({ method: 'POST', url: '/api/boards', payload: { title } });
  expect(response.statusCode).toBe(201);
  return response.json() as { boardId: string; links: { facilitator: string; participant: string; projector: string } };
}

describe('boards API and capability links', () => {
  it('creates a board with three different links and its title already set', async () => {
    const r = await relay();
    const { boardId, links } = await createBoard(r, 'Cybercrime sprint');
    expect(new Set(Object.values(links)).size).toBe(3);
    for (const link of Object.values(links)) expect(link).toMatch(new RegExp(`^/b/${boardId}#k=`));
    const { access } = accessFromLink(links.participant);
    const p = client(r, boardId, access);
    await synced(p);
    expect(readMeta(p.doc)?.title).toBe('Cybercrime sprint');
  });

  it('validates the request body', async () => {
    const r = await relay();
    const response = await r.app.inject({ method: 'POST', url: '/api/boards', payload: { title: 'x'.repeat(500) } });
    expect(response.statusCode).toBe(400);
  });

  it('refuses connections without a valid link, permanently, with a reason', async () => {
    const r = await relay();
    const { boardId, links } = await createBoard(r, 't');
    const other = await createBoard(r, 'other');
    const cases: Array<[string, number, RegExp]> = [
      [boardUrl(r.wsUrl, boardId, {}), CloseCode.unauthorized, /^link-missing$/],
      [
        boardUrl(r.wsUrl, boardId, { token: 'p0.AAAAAAAAAAAAAAAAAAAAAA', key: deviceKey() }),
        CloseCode.unauthorized,
        /^link-invalid$/,
      ],
      [
        boardUrl(r.wsUrl, boardId, accessFromLink(other.links.participant).access),
        CloseCode.unauthorized,
        /^link-invalid$/,
      ],
      [
        boardUrl(r.wsUrl, boardId, accessFromLink(links.participant, null).access),
        CloseCode.unauthorized,
        /^device-key-missing$/,
      ],
      [
        boardUrl(r.wsUrl, 'no-such-board', accessFromLink(links.participant).access),
        CloseCode.invalidBoardId,
        /^no-such-board$/,
      ],
    ];
    for (const [url, code, reason] of cases) {
      const socket = await rawSocket(url);
      const result = await closed(socket);
      expect(result.code, url).toBe(code);
      expect(result.reason, url).toMatch(reason);
    }
    const stock = client(r, boardId, {});
    const event = await new Promise<{ code: number }>((resolve) => stock.once('closed', resolve));
    expect(event.code).toBe(CloseCode.unauthorized);
    expect(stock.shouldConnect).toBe(false);
  });

  it('lets a projector read the board but not change it', async () => {
    const r = await relay();
    const { boardId, links } = await createBoard(r, 'Projected');
    const writer = client(r, boardId, accessFromLink(links.participant).access);
    await synced(writer);
    createNote(writer.doc, { x: 0, y: 0, text: 'visible on the big screen' }, { authorId: userOf(writer) });
    const projector = client(r, boardId, accessFromLink(links.projector, null).access);
    await synced(projector);
    await waitFor(() => readNotes(projector.doc).length === 1, 'the projector to receive the note');

    const refused = new Promise<{ code: number; reason: string }>((resolve) => projector.once('closed', resolve));
    createNote(projector.doc, { x: 300, y: 0, text: 'sneaky' }, { authorId: 'projector' });
    const event = await refused;
    expect(event.code).toBe(CloseCode.forbidden);
    expect(event.reason).toMatch(/read-only/);
    expect(readNotes(r.app.rooms.peek(boardId)!.doc).map((n) => n.text)).toEqual(['visible on the big screen']);
    // The writer is undisturbed.
    const second = createNote(writer.doc, { x: 0, y: 300, text: 'still writing' }, { authorId: userOf(writer) });
    await waitFor(() => readNote(r.app.rooms.peek(boardId)!.doc, second) !== null, 'the relay to accept the writer');
    expect(writer.wsconnected).toBe(true);
  });

  it('lets a participant with the stock client cast their own votes', async () => {
    const r = await relay();
    const { boardId, links } = await createBoard(r, 'Votes');
    const key = deviceKey();
    const me = userIdOn(boardId, key);
    const p = client(r, boardId, accessFromLink(links.participant, key).access);
    await synced(p);
    const noteId = createNote(p.doc, { x: 0, y: 0, text: 'idea' }, { authorId: me });
    expect(castVote(p.doc, me, { noteId, x: 5, y: 5 }).ok).toBe(true);
    await waitFor(
      () => (voterVotes(r.app.rooms.peek(boardId)!.doc, me)?.size ?? 0) === 1,
      'the vote to reach the relay',
    );
  });

  it('relays presence only under the sender’s own user id', async () => {
    const r = await relay();
    const { boardId, links } = await createBoard(r, 'Presence');
    const honestKey = deviceKey();
    const watcher = client(r, boardId, accessFromLink(links.participant, honestKey).access);
    await synced(watcher);
    watcher.awareness.setLocalStateField('user', { id: userIdOn(boardId, honestKey), name: 'Honest' });
    const attackerKey = deviceKey();
    const attacker = await rawSocket(boardUrl(r.wsUrl, boardId, accessFromLink(links.participant, attackerKey).access));
    cleanups.push(() => attacker.terminate());
    const victim = userIdOn(boardId, honestKey);
    const self = userIdOn(boardId, attackerKey);
    attacker.send(
      encodeAwareness(
        encodeAwarenessEntries([{ clientId: 4242, clock: 1, state: { user: { id: victim, name: 'Fake' } } }]),
      ),
    );
    attacker.send(
      encodeAwareness(
        encodeAwarenessEntries([{ clientId: 4343, clock: 1, state: { user: { id: self, name: 'Me' } } }]),
      ),
    );
    const relayed = () => r.app.rooms.peek(boardId)!.presence.awareness.getStates();
    const namesSeenBy = (states: Map<number, unknown>) =>
      [...states.values()].map((state) => (state as { user?: { name?: string } }).user?.name);
    await waitFor(() => namesSeenBy(watcher.awareness.getStates()).includes('Me'), 'the honest presence to arrive');
    expect(namesSeenBy(watcher.awareness.getStates())).not.toContain('Fake');
    // Nor may it remove someone else's presence: not under their client id, nor under the alias it is relayed as.
    await waitFor(() => namesSeenBy(relayed()).includes('Honest'), 'the relay to know the watcher');
    const alias = [...relayed()].find(
      ([, state]) => (state as { user?: { name?: string } }).user?.name === 'Honest',
    )![0];
    expect(alias).not.toBe(watcher.awareness.clientID);
    for (const clientId of [watcher.awareness.clientID, alias]) {
      attacker.send(encodeAwareness(encodeAwarenessEntries([{ clientId, clock: 999, state: null }])));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(namesSeenBy(relayed())).toContain('Honest');
  });

  it('rotates the participant link: old connections close, old links stop working, the new one works', async () => {
    const r = await relay();
    const { boardId, links } = await createBoard(r, 'Rotation');
    const old = client(r, boardId, accessFromLink(links.participant).access);
    await synced(old);
    const facilitatorToken = accessFromLink(links.facilitator).access['token'];

    const forbidden = await r.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/participant-link`,
      headers: { authorization: `Bearer ${accessFromLink(links.participant).access['token']}` },
    });
    expect(forbidden.statusCode).toBe(403);

    const closedOld = new Promise<{ code: number; reason: string }>((resolve) => old.once('closed', resolve));
    const rotated = await r.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/participant-link`,
      headers: { authorization: `Bearer ${facilitatorToken}` },
    });
    expect(rotated.statusCode).toBe(200);
    const body = rotated.json() as {
      links: { participant: string; facilitator: string };
      join: { code: string; url: string };
      closed: number;
    };
    expect(body.closed).toBe(1);
    expect(body.links.participant).not.toBe(links.participant);
    expect(body.links.facilitator).toBe(links.facilitator);
    expect((await closedOld).reason).toMatch(/replaced/);

    const again = await rawSocket(boardUrl(r.wsUrl, boardId, accessFromLink(links.participant).access));
    expect((await closed(again)).code).toBe(CloseCode.unauthorized);
    const fresh = client(r, boardId, accessFromLink(body.links.participant).access);
    await synced(fresh);

    const listed = await r.app.inject({
      method: 'GET',
      url: `/api/boards/${boardId}/links`,
      headers: { authorization: `Bearer ${facilitatorToken}` },
    });
    // The same links and join code as the replacement answered (and the origin to share them on).
    expect(listed.json()).toMatchObject({ links: body.links, join: body.join });
  });

  it('accepts a projector’s empty sync reply (it has nothing to add)', async () => {
    const r = await relay();
    const { boardId, links } = await createBoard(r, 'Empty');
    const socket = await rawSocket(boardUrl(r.wsUrl, boardId, accessFromLink(links.projector, null).access));
    cleanups.push(() => socket.terminate());
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(new Y.Doc())));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socket.readyState).toBe(socket.OPEN);
  });
});
