import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import {
  castVote,
  createNote,
  metaMap,
  peopleMap,
  readMeta,
  readNote,
  readSession,
  readSettings,
  setBoardLanguage,
  setPerson,
  updateSession,
  voterVotes,
  votesMap,
  type Role,
} from '@notevote/board';
import { createMemoryStore } from '../src/storage/memory-store';
import { CloseCode } from '../src/sync/close-codes';
import { encodeUpdate } from '../src/sync/protocol';
import {
  boardUrl,
  closed,
  connectClient,
  rawSocket,
  startRelay,
  synced,
  waitFor,
  type TestRelay,
  deferCleanups,
  userIdOn,
  userOf,
} from './helpers';

const cleanups = deferCleanups();

const BOARD = 'hostile';

interface Scene {
  relay: TestRelay;
  honest: WebsocketProvider;
  honestId: string;
  victimId: string;
  noteId: string;
  serverDoc: () => Y.Doc;
}

/**
 * A board with a facilitator's settings (budget 2, no stacking), one note, a vote and a name by a victim, and an
 * honest participant connected with the stock client.
 */
/** Lets the test read refusals from the detailed /healthz. */
const METRICS_TOKEN = 'hostile-test-metrics-token';

async function scene(): Promise<Scene> {
  const relay = await startRelay(createMemoryStore(), { metricsToken: METRICS_TOKEN });
  cleanups.push(() => relay.close());
  const facilitatorAccess = await relay.access(BOARD, 'facilitator');
  const facilitator = connectClient(relay.wsUrl, BOARD, facilitatorAccess);
  cleanups.push(() => facilitator.destroy());
  await synced(facilitator);
  updateSession(facilitator.doc, { votesPerPerson: 2, allowStacking: false });
  const victimAccess = await relay.access(BOARD, 'participant');
  const victim = connectClient(relay.wsUrl, BOARD, victimAccess);
  cleanups.push(() => victim.destroy());
  await synced(victim);
  const victimId = userIdOn(BOARD, victimAccess['key']!);
  const noteId = createNote(victim.doc, { x: 0, y: 0, text: 'victim’s idea' }, { authorId: victimId });
  castVote(victim.doc, victimId, { noteId, x: 1, y: 1 });
  setPerson(victim.doc, victimId, { name: 'Victim', color: '#ff0000' });
  const honestAccess = await relay.access(BOARD, 'participant');
  const honest = connectClient(relay.wsUrl, BOARD, honestAccess);
  cleanups.push(() => honest.destroy());
  await synced(honest);
  const serverDoc = () => relay.app.rooms.peek(BOARD)!.doc;
  await waitFor(
    () => (voterVotes(serverDoc(), victimId)?.size ?? 0) === 1 && readSession(serverDoc()).votesPerPerson === 2,
    'the setup to reach the relay',
  );
  return { relay, honest, honestId: userIdOn(BOARD, honestAccess['key']!), victimId, noteId, serverDoc };
}

/** Sends, from a raw socket in `role`, the update that `attack` makes on a replica of the relay's board. */
async function attack(s: Scene, role: Role, change: (replica: Y.Doc, attackerId: string) => void) {
  const access = await s.relay.access(BOARD, role);
  const attackerId = access['key'] ? userIdOn(BOARD, access['key']) : 'projector';
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(s.serverDoc()));
  const before = Y.encodeStateVector(replica);
  change(replica, attackerId);
  const update = Y.encodeStateAsUpdate(replica, before);
  const socket = await rawSocket(boardUrl(s.relay.wsUrl, BOARD, access));
  const closing = closed(socket);
  socket.send(encodeUpdate(update));
  return closing;
}

/** The honest participant is undisturbed: still connected, and its next edit goes through. */
async function expectHonestUndisturbed(s: Scene) {
  expect(s.honest.wsconnected).toBe(true);
  const id = createNote(s.honest.doc, { x: 500, y: 500, text: 'honest work continues' }, { authorId: s.honestId });
  await waitFor(() => readNote(s.serverDoc(), id) !== null, 'the honest edit to reach the relay');
  expect(castVote(s.honest.doc, s.honestId, { noteId: id, x: 3, y: 3 }).ok).toBe(true);
  await waitFor(() => (voterVotes(s.serverDoc(), s.honestId)?.size ?? 0) === 1, 'the honest vote to reach the relay');
}

describe('hostile clients', () => {
  const cases: Array<{
    name: string;
    role: Role;
    change: (replica: Y.Doc, attackerId: string, s: Scene) => void;
    /** The refusal code the attacker's connection is closed with. */
    refusal: string;
    intact: (s: Scene) => void;
  }> = [
    {
      name: 'a projector writing a note',
      refusal: 'read-only',
      role: 'projector',
      change: (r) => createNote(r, { x: 0, y: 0, text: 'graffiti' }, { authorId: 'x' }),
      intact: (s) => expect([...s.serverDoc().getMap('notes').keys()]).toHaveLength(1),
    },
    {
      name: 'a participant changing the budget',
      refusal: 'facilitator-only',
      role: 'participant',
      change: (r) => updateSession(r, { votesPerPerson: 50 }),
      intact: (s) => expect(readSession(s.serverDoc()).votesPerPerson).toBe(2),
    },
    {
      name: 'a participant renaming the board',
      refusal: 'facilitator-only',
      role: 'participant',
      change: (r) => metaMap(r).set('title', 'hijacked'),
      intact: (s) => expect(readMeta(s.serverDoc())?.title ?? '').not.toBe('hijacked'),
    },
    {
      name: 'a participant changing the language of the reports',
      refusal: 'facilitator-only',
      role: 'participant',
      change: (r) => setBoardLanguage(r, 'ar'),
      intact: (s) => expect(readSettings(s.serverDoc()).language).toBe('en'),
    },
    {
      name: 'a participant deleting another voter’s votes',
      refusal: 'not-your-vote',
      role: 'participant',
      change: (r, _a, s) => votesMap(r).delete(s.victimId),
      intact: (s) => expect(voterVotes(s.serverDoc(), s.victimId)?.size).toBe(1),
    },
    {
      name: 'a participant voting in another voter’s name',
      refusal: 'not-your-vote',
      role: 'participant',
      change: (r, _a, s) => voterVotes(r, s.victimId)?.set('forged', { noteId: null, x: 9, y: 9, at: 1 }),
      intact: (s) => expect(voterVotes(s.serverDoc(), s.victimId)?.has('forged')).toBe(false),
    },
    {
      name: 'a participant renaming another person',
      refusal: 'not-your-name',
      role: 'participant',
      change: (r, _a, s) => peopleMap(r).set(s.victimId, { name: 'Impostor', color: '#000000' }),
      intact: (s) => expect(peopleMap(s.serverDoc()).get(s.victimId)?.name).toBe('Victim'),
    },
    {
      name: 'a participant exceeding the budget',
      refusal: 'budget-exhausted',
      role: 'participant',
      change: (r, attacker, s) => {
        const mine = new Y.Map();
        votesMap(r).set(attacker, mine as never);
        for (let i = 0; i < 3; i++) mine.set(`v${i}`, { noteId: i === 0 ? s.noteId : null, x: i, y: i, at: 1 });
      },
      intact: (s) => expect([...votesMap(s.serverDoc()).keys()]).toHaveLength(1),
    },
    {
      name: 'a participant stacking dots on one note',
      refusal: 'stacking-not-allowed',
      role: 'participant',
      change: (r, attacker, s) => {
        const mine = new Y.Map();
        votesMap(r).set(attacker, mine as never);
        mine.set('a', { noteId: s.noteId, x: 1, y: 1, at: 1 });
        mine.set('b', { noteId: s.noteId, x: 2, y: 2, at: 1 });
      },
      intact: (s) => expect([...votesMap(s.serverDoc()).keys()]).toHaveLength(1),
    },
    {
      name: 'anyone writing outside the schema',
      refusal: 'outside-schema',
      role: 'facilitator',
      change: (r) => r.getMap('backdoor').set('payload', 'x'),
      intact: (s) => expect(s.serverDoc().share.has('backdoor')).toBe(false),
    },
  ];

  for (const { name, role, change, refusal, intact } of cases) {
    it(`refuses ${name}, and the honest participant is undisturbed`, async () => {
      const s = await scene();
      const { code, reason } = await attack(s, role, (r, a) => change(r, a, s));
      expect(code).toBe(CloseCode.forbidden);
      expect(reason).toBe(refusal);
      intact(s);
      await expectHonestUndisturbed(s);
      const health = (
        await s.relay.app.inject({ url: '/healthz', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      ).json() as { refusedUpdates: Record<string, number> };
      expect(Object.values(health.refusedUpdates).reduce((a, b) => a + b, 0)).toBe(1);
    });
  }

  it('refuses participants’ changes on a locked board, but not the facilitator’s', async () => {
    const s = await scene();
    const facilitator = connectClient(s.relay.wsUrl, BOARD, await s.relay.access(BOARD, 'facilitator'));
    cleanups.push(() => facilitator.destroy());
    await synced(facilitator);
    updateSession(facilitator.doc, { locked: true });
    await waitFor(() => readSession(s.serverDoc()).locked, 'the lock to reach the relay');
    const { code, reason } = await attack(s, 'participant', (r, a) =>
      createNote(r, { x: 0, y: 0, text: 'while locked' }, { authorId: a }),
    );
    expect(code).toBe(CloseCode.forbidden);
    expect(reason).toBe('board-locked');
    const fac = createNote(
      facilitator.doc,
      { x: 0, y: 900, text: 'facilitator may' },
      { authorId: userOf(facilitator) },
    );
    await waitFor(() => readNote(s.serverDoc(), fac) !== null, 'the facilitator’s edit to reach the relay');
  });
});
