import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import {
  allVotes,
  authorIdFor,
  castVoteIn,
  createNote,
  createNoteIn,
  deriveBoardIdentity,
  peopleMap,
  readMeta,
  readNotes,
  updateSession,
  votesMap,
  type BoardIdentity,
} from '@notevote/board';
import { encodeUpdate } from '../src/sync/protocol';
import { CloseCode } from '../src/sync/close-codes';
import { record } from './recorder';
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
  type TestRelay,
  joinWithPrivateDoc,
} from './helpers';

/*
 * On an anonymous board no raw client with any link can tell which person wrote a note or placed a dot. People here
 * do everything that could give them away — they publish their names in presence, write a note in the open, write
 * private notes and secret dots that are revealed — while a raw participant and a raw projector record every byte the
 * relay sends them. Nothing they received may link a note or a dot to a person.
 */

const cleanups = deferCleanups();

async function createAnonymousBoard(relay: TestRelay) {
  const response = await relay.app.inject({
    method: 'POST',
    url: '/api/boards',
    payload: { title: 'Wildlife trafficking: anonymous round', anonymous: true },
  });
  expect(response.statusCode).toBe(201);
  const { boardId, links } = response.json() as { boardId: string; links: Record<string, string> };
  const token = (role: string) => /#k=(.+)$/.exec(links[role]!)![1]!;
  return { boardId, token };
}

interface Person {
  name: string;
  identity: BoardIdentity;
  board: WebsocketProvider;
  own: WebsocketProvider;
}

async function person(relay: TestRelay, boardId: string, token: string, name: string): Promise<Person> {
  const { identity, board, own } = await joinWithPrivateDoc(
    relay.wsUrl,
    boardId,
    { token, key: deviceKey() },
    cleanups,
  );
  // A careless client: it announces who it is in its presence, as on a named board.
  board.awareness.setLocalState({ user: { id: identity.userId, name, color: '#e5484d' }, cursor: { x: 1, y: 1 } });
  return { name, identity, board, own };
}

describe('an anonymous board', () => {
  it('lets no raw participant or projector attribute any note or dot, after a reveal', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const { boardId, token } = await createAnonymousBoard(relay);
    const listeners = [
      await record(relay.wsUrl, boardId, { token: token('participant'), key: deviceKey() }, cleanups),
      await record(relay.wsUrl, boardId, { token: token('projector') }, cleanups),
    ];
    const facilitator = await person(relay, boardId, token('facilitator'), 'Fatima Facilitator');
    expect(readMeta(facilitator.board.doc)?.anonymous).toBe(true);
    const people = await Promise.all(
      ['Amina Okafor', 'Bruno Mendes', 'Chen Wei'].map((name) => person(relay, boardId, token('participant'), name)),
    );
    const [amina, bruno, chen] = people as [Person, Person, Person];

    // Chen writes one note in the open before the round starts: it carries the Yjs client id of Chen's document.
    createNoteIn(
      { board: chen.board.doc, own: chen.own.doc },
      { x: 0, y: 0, text: 'ANON-public-note' },
      { author: chen.identity },
    );
    updateSession(facilitator.board.doc, { silentWriting: true, secretVoting: true });
    for (const p of people) {
      await waitFor(() => p.board.doc.getMap('session').get('secretVoting') === true, `${p.name} to see the round`);
    }
    const written = new Map<Person, string[]>();
    for (const [index, p] of people.entries()) {
      const space = { board: p.board.doc, own: p.own.doc };
      const ids = [1, 2].map((i) =>
        createNoteIn(space, { x: i * 250, y: 300, text: `ANON-private-${index}-${i}` }, { author: p.identity }),
      );
      written.set(p, ids);
      expect(castVoteIn(space, p.identity.userId, { noteId: ids[0]!, x: 5, y: 5 }).ok).toBe(true);
      expect(castVoteIn(space, p.identity.userId, { noteId: null, x: 40, y: 40 }).ok).toBe(true);
    }
    await waitFor(
      () =>
        [amina, bruno, chen].every(
          (p) => relay.app.rooms.peek(boardId)!.privates.pendingOf(p.identity.userId).dots === 2,
        ),
      'every private note and dot to reach the relay',
    );

    updateSession(facilitator.board.doc, { silentWriting: false, secretVoting: false });
    for (const listener of listeners) {
      await waitFor(
        () => readNotes(listener.shadow).length === 7 && [...allVotes(listener.shadow)].length === 6,
        'the reveal to reach the listener',
      );
    }

    const clientIdsOfPeople = new Set(
      [facilitator, ...people].flatMap((p) => [p.board.doc.clientID, p.own.doc.clientID]),
    );
    const userIds = new Set([facilitator, ...people].map((p) => p.identity.userId));
    for (const listener of listeners) {
      // No name anywhere in what was received: not in the document, not in presence.
      for (const p of [facilitator, ...people]) {
        expect(listener.received(p.name.split(' ')[0]!), p.name).toBe(false);
      }
      expect(peopleMap(listener.shadow).size).toBe(0);

      // A note's author is an unlinkable tag: nobody's user id (what their dots are filed under), all different.
      const notes = readNotes(listener.shadow);
      const authors = notes.map((note) => note.authorId);
      expect(new Set(authors).size).toBe(notes.length);
      for (const author of authors) expect(userIds.has(author)).toBe(false);

      // Revealed notes and dots were written by the relay, in an order and at a time that say nothing of whose.
      const writers = listener.noteWriters();
      const revealedNotes = notes.filter((note) => note.text !== 'ANON-public-note');
      for (const note of revealedNotes) expect(clientIdsOfPeople.has(writers.get(note.id)!)).toBe(false);
      expect(new Set(revealedNotes.map((note) => note.createdAt)).size).toBe(1);
      for (const writer of listener.dotWriters()) expect(clientIdsOfPeople.has(writer)).toBe(false);

      // Presence names nobody and carries no Yjs client id of anyone's document, so a cursor cannot be matched to the
      // note written in the open (or to anything else) by its client id.
      for (const { clientId, state } of listener.presence) {
        expect(clientIdsOfPeople.has(clientId)).toBe(false);
        if (state === null || 'relay' in (state as object)) continue;
        expect(state).not.toHaveProperty('user.id');
        expect(state).not.toHaveProperty('user.name');
        expect(state).not.toHaveProperty('selection');
      }
      // Dots are filed under per-board pseudonyms that appear nowhere else.
      for (const voterId of votesMap(listener.shadow).keys()) {
        expect(authors).not.toContain(voterId);
        expect(JSON.stringify(listener.presence)).not.toContain(voterId);
      }
    }
    // Each person can still tell their own notes (their device computes the same tag), and the relay could check it.
    for (const [p, ids] of written) {
      for (const id of ids) {
        const note = readNotes(amina.board.doc).find((each) => each.id === id);
        expect(note?.authorId).toBe(authorIdFor(p.identity, id, true));
      }
    }
  });

  it('refuses a name written into it, and can be made anonymous only while it holds no note or dot', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const { boardId, token } = await createAnonymousBoard(relay);
    const key = deviceKey();
    const socket = await rawSocket(boardUrl(relay.wsUrl, boardId, { token: token('participant'), key }));
    const closing = closed(socket);
    const doc = new Y.Doc();
    (peopleMap(doc) as Y.Map<unknown>).set(deriveBoardIdentity(key, boardId, 2).userId, {
      name: 'Amina',
      color: '#e5484d',
    });
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    expect(await closing).toEqual({ code: CloseCode.forbidden, reason: 'anonymous-board' });

    const change = (anonymous: boolean) =>
      relay.app.inject({
        method: 'PUT',
        url: `/api/boards/${boardId}/anonymity`,
        headers: { authorization: `Bearer ${token('facilitator')}` },
        payload: { anonymous },
      });
    expect((await change(false)).statusCode).toBe(200);
    expect(readMeta(relay.app.rooms.peek(boardId)!.doc)?.anonymous).toBe(false);
    const writer = connectClient(relay.wsUrl, boardId, { token: token('participant'), key });
    cleanups.push(() => writer.destroy());
    await synced(writer);
    createNote(
      writer.doc,
      { x: 0, y: 0, text: 'a first note' },
      { authorId: deriveBoardIdentity(key, boardId, 2).userId },
    );
    await waitFor(() => readNotes(relay.app.rooms.peek(boardId)!.doc).length === 1, 'the note to reach the relay');
    const fixed = await change(true);
    expect(fixed.statusCode).toBe(409);
    expect(fixed.json()).toMatchObject({ error: 'anonymity-fixed' });
    const participant = await relay.app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/anonymity`,
      headers: { authorization: `Bearer ${token('participant')}` },
      payload: { anonymous: true },
    });
    expect(participant.statusCode).toBe(403);
  });
});
