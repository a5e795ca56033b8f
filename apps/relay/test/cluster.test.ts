import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  allVotes,
  castVoteIn,
  createNoteIn,
  CURRENT_USER_ID_SCHEME,
  deriveBoardIdentity,
  readNotes,
  readSession,
  readSettings,
  updateSession,
} from '@notevote/board';
import type { ClusterHost } from '../src/cluster/cluster-host';
import { CloseCode } from '../src/sync/close-codes';
import { noteWriter, startCluster, type NoteWriter } from './cluster-helpers';
import { startFailoverProxy } from './failover-proxy';
import {
  type BoardPerson,
  connectClient,
  deferCleanups,
  deviceKey,
  joinWithPrivateDoc,
  synced,
  type TestRelay,
  tokenOf,
  waitFor,
} from './helpers';

const cleanups = deferCleanups();

/** Someone on `relay`: a board client and a client of their private document, both synced. */
async function join(relay: TestRelay, boardId: string, role: 'facilitator' | 'participant', key = deviceKey()) {
  return joinWithPrivateDoc(relay.wsUrl, boardId, await relay.access(boardId, role, key), cleanups);
}

const space = (person: BoardPerson) => ({ board: person.board.doc, own: person.own.doc });
const hostOf = (relay: TestRelay) => relay.app.host as ClusterHost;
const named = (provider: WebsocketProvider, name: string) =>
  [...provider.awareness.getStates().values()].filter((state) => (state['user'] as { name?: string })?.name === name);

describe('two relay instances over Redis', () => {
  it('clients of one board split across the instances converge, through the one instance that holds it', async () => {
    const { relays } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const boardId = 'split-board';
    const amina = await join(one, boardId, 'participant');
    const bruno = await join(two, boardId, 'participant');

    createNoteIn(space(amina), { x: 0, y: 0, text: 'from instance one' }, { author: amina.identity });
    createNoteIn(space(bruno), { x: 300, y: 0, text: 'from instance two' }, { author: bruno.identity });
    for (const person of [amina, bruno]) {
      await waitFor(() => readNotes(person.board.doc).length === 2, 'both notes on both instances');
    }
    expect(
      readNotes(amina.board.doc)
        .map((note) => note.text)
        .sort(),
    ).toEqual(
      readNotes(bruno.board.doc)
        .map((note) => note.text)
        .sort(),
    );
    // One room for the board, on the instance a client reached first; the other forwards its clients there.
    expect(hostOf(one).loadedBoards).toBe(1);
    expect(hostOf(two).loadedBoards).toBe(0);
    expect(hostOf(two).forwardedConnections).toBe(2);

    // A reader that arrives later on the other instance gets everything.
    const late = connectClient(two.wsUrl, boardId, await two.access(boardId, 'projector'));
    cleanups.push(() => late.destroy());
    await synced(late);
    expect(readNotes(late.doc)).toHaveLength(2);
  });

  it('presence crosses instances, and goes when its client leaves', async () => {
    const { relays } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const boardId = 'presence-across';
    const amina = await join(one, boardId, 'participant');
    const bruno = await join(two, boardId, 'participant');
    bruno.board.awareness.setLocalState({ user: { name: 'Bruno' }, cursor: { x: 5, y: 6 } });
    amina.board.awareness.setLocalState({ user: { name: 'Amina' }, cursor: { x: 1, y: 2 } });
    await waitFor(() => named(amina.board, 'Bruno').length === 1, 'Amina to see Bruno, whose instance forwards him');
    await waitFor(() => named(bruno.board, 'Amina').length === 1, 'Bruno to see Amina');
    bruno.board.disconnect();
    await waitFor(() => named(amina.board, 'Bruno').length === 0, 'Bruno’s presence to go');
  });

  it('a participant link replaced on one instance closes its holders on the other', async () => {
    const { relays } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const created = await two.app.inject({ method: 'POST', url: '/api/boards', payload: { title: 'Rotation' } });
    expect(created.statusCode).toBe(201);
    const { boardId, links } = created.json<{ boardId: string; links: Record<string, string> }>();
    // Participants on both instances; the board's room is on `two` (it wrote the board's first state).
    const onOne = connectClient(one.wsUrl, boardId, { token: tokenOf(links['participant']!), key: deviceKey() });
    const onTwo = connectClient(two.wsUrl, boardId, { token: tokenOf(links['participant']!), key: deviceKey() });
    const facilitator = connectClient(one.wsUrl, boardId, { token: tokenOf(links['facilitator']!), key: deviceKey() });
    cleanups.push(
      () => onOne.destroy(),
      () => onTwo.destroy(),
      () => facilitator.destroy(),
    );
    await Promise.all([synced(onOne), synced(onTwo), synced(facilitator)]);
    const closes: string[] = [];
    for (const [who, provider] of [
      ['one', onOne],
      ['two', onTwo],
      ['facilitator', facilitator],
    ] as const) {
      provider.on('connection-close', (event: { code: number; reason: string } | null) =>
        closes.push(`${who} ${event?.code} ${event?.reason}`),
      );
    }

    // Replaced through the instance that does not hold the board.
    const replaced = await one.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/links/participant`,
      headers: { authorization: `Bearer ${tokenOf(links['facilitator']!)}` },
    });
    expect(replaced.statusCode).toBe(200);
    await waitFor(() => closes.length >= 2, 'both participants to be closed');
    expect(closes.sort()).toEqual([
      `one ${CloseCode.unauthorized} link-replaced`,
      `two ${CloseCode.unauthorized} link-replaced`,
    ]);
    expect(facilitator.wsconnected).toBe(true);
  });

  it('a reveal started from one instance publishes every private note on both, exactly once', async () => {
    const { relays } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const boardId = 'reveal-across';
    const facilitator = await join(one, boardId, 'facilitator');
    updateSession(facilitator.board.doc, { silentWriting: true });
    const writers = [
      await join(one, boardId, 'participant'),
      await join(two, boardId, 'participant'),
      await join(two, boardId, 'participant'),
    ];
    for (const person of writers) {
      await waitFor(() => readSession(person.board.doc).silentWriting, 'silent writing to reach everyone');
    }
    writers.forEach((person, i) => {
      for (let n = 0; n < 3; n++) {
        createNoteIn(space(person), { x: 200 * n, y: 200 * i, text: `private ${i}-${n}` }, { author: person.identity });
      }
    });
    // Everything private is stored by the instance holding the board before the reveal is asked for.
    await waitFor(
      () => writers.every((person) => readNotes(person.own.doc).length === 3),
      'private notes in their own documents',
    );
    const watcherOnTwo = connectClient(two.wsUrl, boardId, await two.access(boardId, 'projector'));
    cleanups.push(() => watcherOnTwo.destroy());
    await synced(watcherOnTwo);
    expect(readNotes(watcherOnTwo.doc)).toEqual([]);

    updateSession(facilitator.board.doc, { silentWriting: false });
    const texts = (provider: WebsocketProvider) =>
      readNotes(provider.doc)
        .map((note) => note.text)
        .sort();
    const expected = writers.flatMap((_, i) => [0, 1, 2].map((n) => `private ${i}-${n}`)).sort();
    for (const provider of [facilitator.board, watcherOnTwo, ...writers.map((person) => person.board)]) {
      await waitFor(() => readNotes(provider.doc).length >= expected.length, 'the reveal on every instance');
    }
    // Give a second, duplicate reveal (were one to run) the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const provider of [facilitator.board, watcherOnTwo, ...writers.map((person) => person.board)]) {
      expect(texts(provider)).toEqual(expected);
    }
  });

  it('one person voting from two devices on two instances cannot spend more than the budget', async () => {
    const { relays, store } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const boardId = 'budget-across';
    const facilitator = await join(one, boardId, 'facilitator');
    updateSession(facilitator.board.doc, { votesPerPerson: 3, allowStacking: true });
    const key = deviceKey();
    const laptop = await join(one, boardId, 'participant', key);
    const phone = await join(two, boardId, 'participant', key);
    for (const device of [laptop, phone]) {
      await waitFor(() => readSession(device.board.doc).votesPerPerson === 3, 'the budget to reach both devices');
    }
    // A first dot from the laptop reaches the phone (so both devices write into the one ballot); then both spend
    // what is left at once, before either hears of the other's dots: five dots tried, three allowed.
    expect(castVoteIn(space(laptop), laptop.identity.userId, { noteId: null, x: 0, y: 50 }).ok).toBe(true);
    const mineIn = (doc: Y.Doc) => [...allVotes(doc)].filter((vote) => vote.voterId === laptop.identity.userId);
    await waitFor(() => mineIn(phone.board.doc).length === 1, 'the first dot to reach the phone');
    for (const device of [laptop, phone]) {
      for (let i = 0; i < 2; i++) {
        expect(castVoteIn(space(device), device.identity.userId, { noteId: null, x: 10 * i, y: 0 }).ok).toBe(true);
      }
    }
    // What the board holds, as a fresh reader on either instance gets it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const relay of [one, two]) {
      const reader = connectClient(relay.wsUrl, boardId, await relay.access(boardId, 'projector'));
      cleanups.push(() => reader.destroy());
      await synced(reader);
      expect(mineIn(reader.doc).length).toBe(3);
    }
    // And what is stored (what any instance would load): had each instance judged on its own, five dots.
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await store.load(boardId))!.update);
    expect(mineIn(stored)).toHaveLength(3);
  });

  it('a board no instance holds any more goes to the next instance a client reaches', async () => {
    const { relays } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const boardId = 'moves-on';
    const first = await join(one, boardId, 'participant');
    createNoteIn(space(first), { x: 0, y: 0, text: 'written while one held it' }, { author: first.identity });
    await waitFor(() => hostOf(one).loadedBoards === 1, 'instance one to hold the board');
    first.board.destroy();
    first.own.destroy();
    // Unloaded (UNLOAD_DELAY_MS 200 here) and let go: the next client, on two, makes two hold it.
    await waitFor(() => hostOf(one).loadedBoards === 0, 'instance one to unload the board');
    for (let tries = 0; await one.app.host.isActive(boardId); tries++) {
      if (tries > 100) throw new Error('instance one did not let the board go');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const next = await join(two, boardId, 'participant');
    expect(readNotes(next.board.doc).map((note) => note.text)).toEqual(['written while one held it']);
    await waitFor(() => hostOf(two).loadedBoards === 1, 'instance two to hold it now');
    expect(hostOf(two).forwardedConnections).toBe(0);
  });

  it('an instance that drains (SIGTERM) hands its clients and its boards to the other, losing nothing', async () => {
    const { relays } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const proxy = await startFailoverProxy([one.port, two.port]);
    cleanups.push(() => proxy.close());
    const boardId = 'drained';
    const writers: NoteWriter[] = [];
    for (let i = 0; i < 6; i++) {
      const wsUrl = `ws://127.0.0.1:${proxy.port}/ws`;
      writers.push(await noteWriter(wsUrl, boardId, (key) => one.access(boardId, 'participant', key), cleanups));
    }
    const written: string[] = [];
    const writeRound = (round: number) =>
      writers.forEach((writer, i) => {
        writer.write(`note ${round}-${i}`);
        written.push(`note ${round}-${i}`);
      });
    for (let round = 0; round < 5; round++) writeRound(round);
    const holder = hostOf(one).loadedBoards === 1 ? one : two;
    const other = holder === one ? two : one;
    await holder.close();
    for (let round = 5; round < 10; round++) {
      writeRound(round);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const { provider } of writers) {
      await waitFor(() => readNotes(provider.doc).length === written.length, 'every note on every client', 10_000);
    }
    await waitFor(() => hostOf(other).loadedBoards === 1, 'the other instance to hold the board');
    expect(hostOf(other).forwardedConnections).toBe(0);
  });

  it('a board erased through the instance that does not hold it is closed and gone on both', async () => {
    const { relays, store } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const created = await one.app.inject({ method: 'POST', url: '/api/boards', payload: { title: 'To erase' } });
    const { boardId, links } = created.json<{ boardId: string; links: Record<string, string> }>();
    const people = [one, two].map((relay) =>
      connectClient(relay.wsUrl, boardId, { token: tokenOf(links['participant']!), key: deviceKey() }),
    );
    const closes: string[] = [];
    for (const provider of people) {
      cleanups.push(() => provider.destroy());
      provider.on('connection-close', (event: { code: number; reason: string } | null) =>
        closes.push(`${event?.code} ${event?.reason}`),
      );
    }
    await Promise.all(people.map((provider) => synced(provider)));
    expect(hostOf(one).loadedBoards).toBe(1);

    const erased = await two.app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}`,
      headers: { authorization: `Bearer ${tokenOf(links['facilitator']!)}` },
    });
    expect(erased.statusCode).toBe(204);
    await waitFor(() => closes.length >= 2, 'both clients to be closed');
    expect(closes).toEqual([`${CloseCode.invalidBoardId} board-erased`, `${CloseCode.invalidBoardId} board-erased`]);
    expect(await store.load(boardId)).toBeNull();
    expect(await store.listDocs(`${boardId}/`)).toEqual([]);
    expect(hostOf(one).loadedBoards).toBe(0);
    expect(await one.app.host.isActive(boardId)).toBe(false);
  });

  it('sends each update across once: nothing echoes between instances', async () => {
    const { relays } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const boardId = 'no-echo';
    const amina = await join(one, boardId, 'participant');
    const bruno = await join(two, boardId, 'participant');
    const busMessages = async () => {
      let total = 0;
      for (const relay of [one, two]) {
        for (const { value } of (await relay.app.metrics.busMessages.get()).values) total += value;
      }
      return total;
    };
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = await busMessages();
    createNoteIn(space(bruno), { x: 0, y: 0, text: 'once' }, { author: bruno.identity });
    await waitFor(() => readNotes(amina.board.doc).length === 1, 'the note on the other instance');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const afterOne = await busMessages();
    // Bruno's update travels to the holder in one message (its instance's batch for that turn), and the holder has
    // no one else on Bruno's instance to send it back to.
    expect(afterOne - before).toBeLessThanOrEqual(2);
    // And then the bus falls silent (a lease renewal and two lease periods pass): no instance sends it on again.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await busMessages()).toBe(afterOne);
  });

  it('a new board’s language reaches the instance that holds it, and its report is written in it', async () => {
    const { relays } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const created = await one.app.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: 'Langues', language: 'fr' },
    });
    expect(created.statusCode).toBe(201);
    const { boardId, links } = created.json<{ boardId: string; links: Record<string, string> }>();
    const reader = connectClient(two.wsUrl, boardId, { token: tokenOf(links['projector']!) });
    cleanups.push(() => reader.destroy());
    await synced(reader);
    expect(readSettings(reader.doc).language).toBe('fr');
    expect(hostOf(one).loadedBoards).toBe(1);
    // Writing a first state through the instance that does not hold the board: the holder writes it, language too.
    await hostOf(two).initBoard(boardId, { title: 'Idiomas', anonymous: false, language: 'es' });
    await waitFor(() => readSettings(reader.doc).language === 'es', 'the language written by the holder', 10_000);
    const report = await two.app.inject({
      method: 'GET',
      url: `/api/boards/${boardId}/report.md`,
      headers: { authorization: `Bearer ${tokenOf(links['projector']!)}` },
    });
    expect(report.body).toContain('# Idiomas: informe de resultados');
  });

  it('the report asked of the instance that does not hold the board has everything its clients were sent', async () => {
    const { relays } = await startCluster(cleanups);
    const [one, two] = relays as [TestRelay, TestRelay];
    const created = await one.app.inject({ method: 'POST', url: '/api/boards', payload: { title: 'Report across' } });
    const { boardId, links } = created.json<{ boardId: string; links: Record<string, string> }>();
    const key = deviceKey();
    const writer = connectClient(one.wsUrl, boardId, { token: tokenOf(links['participant']!), key });
    const reader = connectClient(two.wsUrl, boardId, { token: tokenOf(links['projector']!) });
    cleanups.push(
      () => writer.destroy(),
      () => reader.destroy(),
    );
    await Promise.all([synced(writer), synced(reader)]);
    const author = deriveBoardIdentity(key, boardId, CURRENT_USER_ID_SCHEME);
    createNoteIn({ board: writer.doc, own: null }, { x: 0, y: 0, text: 'Mutual legal assistance' }, { author });
    await waitFor(() => readNotes(reader.doc).length === 1, 'the note to reach the other instance');
    expect(hostOf(one).loadedBoards).toBe(1);

    const report = await two.app.inject({
      method: 'GET',
      url: `/api/boards/${boardId}/report.md`,
      headers: { authorization: `Bearer ${tokenOf(links['projector']!)}` },
    });
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('Report across');
    expect(report.body).toContain('- 1 note on the board');
    // Read from storage: the instance that does not hold the board loaded no room for it.
    expect(hostOf(two).loadedBoards).toBe(0);
  });
});
