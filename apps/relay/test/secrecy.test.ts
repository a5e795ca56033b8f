import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import {
  allVotes,
  castVoteIn,
  createNote,
  createNoteIn,
  editNoteText,
  privateDocName,
  readNotes,
  readSecrecySummary,
  updateSession,
  type SecrecySummary,
  type BoardIdentity,
} from '@notevote/board';
import { CloseCode } from '../src/sync/close-codes';
import { encodeUpdate, encodeAwareness } from '../src/sync/protocol';
import { encodeAwarenessEntries } from '../src/sync/awareness-codec';
import { record } from './recorder';
import {
  boardUrl,
  closed,
  connectClient,
  deviceKey,
  rawSocket,
  spawnRelay,
  synced,
  tempDir,
  waitFor,
  type Access,
  type AccessIssuer,
  deferCleanups,
  startRelayClosedAfter,
  joinWithPrivateDoc,
} from './helpers';

const cleanups = deferCleanups();

const relay = () => startRelayClosedAfter(cleanups);

interface Endpoint {
  wsUrl: string;
  access: AccessIssuer;
}

/** Someone on the board: their board client and, unless a projector, the client of their private document. */
interface Person {
  userId: string;
  identity: BoardIdentity;
  access: Access;
  board: WebsocketProvider;
  own: WebsocketProvider | null;
}

async function join(endpoint: Endpoint, boardId: string, role: 'facilitator' | 'participant'): Promise<Person> {
  return joinWithPrivateDoc(endpoint.wsUrl, boardId, await endpoint.access(boardId, role, deviceKey()), cleanups);
}

const space = (person: Person) => ({ board: person.board.doc, own: person.own?.doc ?? null });

describe('silent writing and secret voting', () => {
  it('delivers nobody else a byte of private notes or dots before the reveal, and all of them after', async () => {
    const r = await relay();
    const boardId = 'silent-round';
    const facilitator = await join(r, boardId, 'facilitator');
    updateSession(facilitator.board.doc, { silentWriting: true, secretVoting: true, votesPerPerson: 3 });
    const amina = await join(r, boardId, 'participant');
    const bruno = await join(r, boardId, 'participant');
    await waitFor(() => amina.board.doc.getMap('session').get('secretVoting') === true, 'the session to reach Amina');
    await waitFor(() => bruno.board.doc.getMap('session').get('secretVoting') === true, 'the session to reach Bruno');

    // Listeners in every other role, raw, recording everything: another participant, the facilitator, the projector.
    const recorders = [
      await record(r.wsUrl, boardId, await r.access(boardId, 'participant'), cleanups),
      await record(r.wsUrl, boardId, await r.access(boardId, 'facilitator'), cleanups),
      await record(r.wsUrl, boardId, await r.access(boardId, 'projector'), cleanups),
    ];

    const aminaNote = createNoteIn(
      space(amina),
      { x: 0, y: 0, text: 'PRIVATE-amina-evidence-sharing' },
      { author: amina.identity },
    );
    editNoteText(amina.own!.doc, aminaNote, 'PRIVATE-amina-evidence-sharing, with a typo fixed');
    const brunoNote = createNoteIn(
      space(bruno),
      { x: 300, y: 0, text: 'PRIVATE-bruno-mutual-legal-aid' },
      { author: bruno.identity },
    );
    expect(castVoteIn(space(amina), amina.userId, { noteId: null, x: 11, y: 22 }).ok).toBe(true);
    expect(castVoteIn(space(bruno), bruno.userId, { noteId: brunoNote, x: 5, y: 5 }).ok).toBe(true);
    expect(castVoteIn(space(bruno), bruno.userId, { noteId: null, x: 33, y: 44 }).ok).toBe(true);

    // Everyone sees the counts, and only the counts: 2 notes from 2 people, 2 of 3 participants have voted.
    const expected: SecrecySummary = { notes: 2, writers: 2, dots: 3, voters: 2, participants: 3 };
    for (const recorder of recorders) {
      await waitFor(() => JSON.stringify(recorder.latestSummary()) === JSON.stringify(expected), 'the summary');
    }
    // A second device of Amina's sees her private note; it is hers.
    const aminaPhone = connectClient(r.wsUrl, privateDocName(boardId, amina.userId), amina.access);
    cleanups.push(() => aminaPhone.destroy());
    await synced(aminaPhone);
    await waitFor(() => readNotes(aminaPhone.doc)[0]?.text.endsWith('typo fixed') === true, "Amina's second device");

    for (const recorder of recorders) {
      for (const secret of ['PRIVATE-amina', 'PRIVATE-bruno', 'typo fixed'])
        expect(recorder.received(secret)).toBe(false);
      expect(readNotes(recorder.shadow)).toEqual([]);
      expect([...allVotes(recorder.shadow)]).toEqual([]);
    }
    expect(readNotes(amina.board.doc)).toEqual([]);
    expect(readNotes(facilitator.board.doc)).toEqual([]);

    updateSession(facilitator.board.doc, { silentWriting: false, secretVoting: false });

    for (const recorder of recorders) {
      await waitFor(
        () => readNotes(recorder.shadow).length === 2 && [...allVotes(recorder.shadow)].length === 3,
        'the reveal',
      );
      const notes = new Map(readNotes(recorder.shadow).map((note) => [note.id, note]));
      expect(notes.get(aminaNote)).toMatchObject({
        text: 'PRIVATE-amina-evidence-sharing, with a typo fixed',
        authorId: amina.userId,
      });
      expect(notes.get(brunoNote)).toMatchObject({ text: 'PRIVATE-bruno-mutual-legal-aid', authorId: bruno.userId });
      const votes = [...allVotes(recorder.shadow)];
      expect(
        votes
          .filter((v) => v.voterId === bruno.userId)
          .map((v) => v.vote.noteId)
          .sort(),
      ).toEqual([brunoNote, null].sort());
      expect(votes.filter((v) => v.voterId === amina.userId).map((v) => v.vote)).toMatchObject([
        { noteId: null, x: 11, y: 22 },
      ]);
      // Nothing private is left to count, and the relay stops publishing its summary.
      await waitFor(() => recorder.presence.at(-1)?.state === null, 'the summary to be withdrawn');
    }
    // The private copies are gone, so the authors see each note once, now in the board.
    await waitFor(
      () => readNotes(amina.own!.doc).length === 0 && [...allVotes(amina.own!.doc)].length === 0,
      'the private copy to go',
    );
    await waitFor(() => readNotes(amina.board.doc).length === 2, 'Amina to see both notes in the board');
  });

  it('reveals notes and dots separately, each when its own mode is turned off', async () => {
    const r = await relay();
    const boardId = 'two-steps';
    const facilitator = await join(r, boardId, 'facilitator');
    updateSession(facilitator.board.doc, { silentWriting: true, secretVoting: true });
    const amina = await join(r, boardId, 'participant');
    // Counts are published only with three or more people taking part.
    await join(r, boardId, 'participant');
    await join(r, boardId, 'participant');
    await waitFor(() => amina.board.doc.getMap('session').get('secretVoting') === true, 'the session to reach Amina');
    const note = createNoteIn(space(amina), { x: 0, y: 0, text: 'first idea' }, { author: amina.identity });
    castVoteIn(space(amina), amina.userId, { noteId: note, x: 1, y: 1 });
    await waitFor(
      () => (readSecrecySummary(facilitator.board.awareness.getStates().values()) as SecrecySummary | null)?.dots === 1,
      'the count',
    );

    updateSession(facilitator.board.doc, { silentWriting: false });
    await waitFor(() => readNotes(facilitator.board.doc).length === 1, 'the note to be revealed');
    // The dot on it stays secret.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([...allVotes(facilitator.board.doc)]).toEqual([]);
    expect(readSecrecySummary(facilitator.board.awareness.getStates().values())).toMatchObject({ notes: 0, dots: 1 });

    updateSession(facilitator.board.doc, { secretVoting: false });
    await waitFor(() => [...allVotes(facilitator.board.doc)].length === 1, 'the dot to be revealed');
  });

  it('counts secret and public dots against one budget', async () => {
    const r = await relay();
    const boardId = 'one-budget';
    const facilitator = await join(r, boardId, 'facilitator');
    updateSession(facilitator.board.doc, { votesPerPerson: 2 });
    const amina = await join(r, boardId, 'participant');
    await waitFor(() => amina.board.doc.getMap('session').get('votesPerPerson') === 2, 'the budget');
    expect(castVoteIn(space(amina), amina.userId, { noteId: null, x: 0, y: 0 }).ok).toBe(true);
    updateSession(facilitator.board.doc, { secretVoting: true });
    await waitFor(() => amina.board.doc.getMap('session').get('secretVoting') === true, 'secret voting');
    expect(castVoteIn(space(amina), amina.userId, { noteId: null, x: 1, y: 1 }).ok).toBe(true);
    expect(castVoteIn(space(amina), amina.userId, { noteId: null, x: 2, y: 2 })).toMatchObject({
      ok: false,
      reason: 'budget-exhausted',
    });

    // A client that skips the check and writes a third secret dot anyway is refused by the relay.
    const cheat = new Y.Doc();
    const socket = await rawSocket(boardUrl(r.wsUrl, privateDocName(boardId, amina.userId), amina.access));
    const closing = closed(socket);
    Y.applyUpdate(cheat, Y.encodeStateAsUpdate(amina.own!.doc));
    const before = Y.encodeStateVector(cheat);
    const secretDots = cheat.getMap('votes').get(amina.userId);
    expect(secretDots).toBeInstanceOf(Y.Map);
    (secretDots as Y.Map<unknown>).set('third', { noteId: null, x: 3, y: 3, at: 1 });
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(cheat, before)));
    expect(await closing).toMatchObject({
      code: CloseCode.forbidden,
      reason: 'budget-exhausted',
    });
  });
});

describe('who may open and write a private document', () => {
  it("refuses another participant's device and every projector", async () => {
    const r = await relay();
    const boardId = 'guarded';
    const amina = await join(r, boardId, 'participant');
    const intruder = await r.access(boardId, 'participant');
    const stolen = await rawSocket(boardUrl(r.wsUrl, privateDocName(boardId, amina.userId), intruder));
    expect(await closed(stolen)).toMatchObject({ code: CloseCode.forbidden, reason: 'private-not-yours' });
    const projector = await rawSocket(
      boardUrl(r.wsUrl, privateDocName(boardId, amina.userId), await r.access(boardId, 'projector')),
    );
    expect(await closed(projector)).toMatchObject({
      code: CloseCode.forbidden,
      reason: 'projector-has-no-private',
    });
  });

  it('lets the owner write only notes and their own votes there', async () => {
    const r = await relay();
    const boardId = 'scoped';
    const amina = await join(r, boardId, 'participant');
    for (const write of [
      (doc: Y.Doc) => doc.getMap('session').set('locked', false),
      (doc: Y.Doc) => doc.getMap('people').set(amina.userId, { name: 'A', color: '#000000' }),
      (doc: Y.Doc) => doc.getMap('votes').set('someone-else', new Y.Map()),
      (doc: Y.Doc) => doc.getMap('extra').set('x', 1),
    ]) {
      const socket = await rawSocket(boardUrl(r.wsUrl, privateDocName(boardId, amina.userId), amina.access));
      const closing = closed(socket);
      const doc = new Y.Doc();
      doc.on('update', (update: Uint8Array) => socket.send(encodeUpdate(update)));
      write(doc);
      expect((await closing).code).toBe(CloseCode.forbidden);
    }
    // The owner's notes go through; with silent writing off (as here) the relay reveals them at once.
    createNote(amina.own!.doc, { x: 0, y: 0, text: 'fine' }, { authorId: amina.userId });
    await waitFor(() => readNotes(amina.board.doc)[0]?.text === 'fine', 'the note to reach the board');
    await waitFor(() => readNotes(amina.own!.doc).length === 0, 'the private copy to go');
  });

  it("drops presence that claims the relay's summary, so nobody can fake the counts", async () => {
    const r = await relay();
    const boardId = 'fake-counts';
    const facilitator = await join(r, boardId, 'facilitator');
    const forger = await rawSocket(boardUrl(r.wsUrl, boardId, await r.access(boardId, 'participant')));
    cleanups.push(() => forger.close());
    await join(r, boardId, 'participant');
    await join(r, boardId, 'participant');
    const fake = { relay: { pending: { notes: 99, writers: 99, dots: 99, voters: 99, participants: 99 } } };
    forger.send(encodeAwareness(encodeAwarenessEntries([{ clientId: 4242, clock: 1, state: fake }])));
    updateSession(facilitator.board.doc, { secretVoting: true });
    await waitFor(() => readSecrecySummary(facilitator.board.awareness.getStates().values()) !== null, 'the summary');
    await waitFor(
      () =>
        (readSecrecySummary(facilitator.board.awareness.getStates().values()) as { participants?: number })
          ?.participants === 3,
      'all three participants to count',
    );
    expect(readSecrecySummary(facilitator.board.awareness.getStates().values())).toMatchObject({ dots: 0 });
    expect(JSON.stringify([...facilitator.board.awareness.getStates().values()])).not.toContain('99');
  });
});

describe('nothing private is lost', () => {
  it('keeps private notes across the author leaving and a relay crash, and reveals them after', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const first = await spawnRelay(dir);
    cleanups.push(
      () => first.child.kill('SIGKILL'),
      () => first.closeDirectory(),
    );
    const boardId = 'crash-before-reveal';
    const facilitator = await join(first, boardId, 'facilitator');
    updateSession(facilitator.board.doc, { silentWriting: true });
    const amina = await join(first, boardId, 'participant');
    await waitFor(() => amina.board.doc.getMap('session').get('silentWriting') === true, 'silent writing');
    createNoteIn(space(amina), { x: 0, y: 0, text: 'written just before the crash' }, { author: amina.identity });
    // Her second device receives the note only once the relay has stored it.
    const phone = connectClient(first.wsUrl, privateDocName(boardId, amina.userId), amina.access);
    cleanups.push(() => phone.destroy());
    await waitFor(() => phone.doc.getMap('notes').size === 1, 'the note to be stored');
    amina.board.destroy();
    amina.own!.destroy();
    phone.destroy();
    facilitator.board.destroy();
    facilitator.own!.destroy();
    first.child.kill('SIGKILL');
    await first.stopped;

    const second = await spawnRelay(dir);
    cleanups.push(
      () => second.child.kill('SIGKILL'),
      () => second.closeDirectory(),
    );
    const access = await second.access(boardId, 'facilitator');
    const back = connectClient(second.wsUrl, boardId, access);
    cleanups.push(() => back.destroy());
    await synced(back);
    expect(readNotes(back.doc)).toEqual([]);
    updateSession(back.doc, { silentWriting: false });
    await waitFor(() => readNotes(back.doc)[0]?.text === 'written just before the crash', 'the reveal after the crash');
  });
});
