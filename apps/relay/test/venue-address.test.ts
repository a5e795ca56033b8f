import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import { createNote, readNote } from '@notevote/board';
import { loadConfig, type RelayConfig } from '../src/config';
import {
  deferCleanups,
  deviceKey,
  joinWithPrivateDoc,
  protocolsFor,
  startRelayClosedAfter,
  waitFor,
  type Access,
  type BoardPerson,
  type TestRelay,
} from './helpers';

// Issue 14: a plenary behind one venue NAT (every client here is 127.0.0.1, one address) must get in with the
// default limits, and one client at that address opening connections as fast as it can must be slowed or refused
// without costing the plenary a connection or an update.

const cleanups = deferCleanups();

const BOARD = 'plenary';
/** Scaled down from 2,000 for test time; config.test.ts shows the defaults admit 2,000 × 2 sockets. */
const PEOPLE = 150;
/** One writer, as in a plenary: 90 notes at about 30 a second while the abuse goes on. */
const UPDATES = 90;
/** How many connection attempts the abusive client keeps in flight. */
const ABUSER_CONCURRENCY = 20;

// The stock y-websocket provider adds a process 'exit' listener each; hundreds of people in one test process are not
// a leak, so Node's warning at eleven would only be noise in the test output.
const maxListenersBefore = process.getMaxListeners();
beforeAll(() => process.setMaxListeners(4 * PEOPLE + 50));
afterAll(() => process.setMaxListeners(maxListenersBefore));

type Attempt = { outcome: 'open' } | { outcome: 'refused'; status: number; retryAfter: number } | { outcome: string };

/** Opens one WebSocket as fast as a script would; an opened socket is kept open until the test ends. */
function attemptSocket(relay: TestRelay, access: Access): Promise<Attempt> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${relay.wsUrl}/${BOARD}`, protocolsFor(access));
    socket.on('error', () => resolve({ outcome: 'error' }));
    socket.once('open', () => {
      cleanups.push(() => socket.terminate());
      resolve({ outcome: 'open' });
    });
    socket.once('close', (code) => resolve({ outcome: `closed ${code}` }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({
        outcome: 'refused',
        status: response.statusCode ?? 0,
        retryAfter: Number(response.headers['retry-after']),
      });
      response.resume();
      socket.terminate();
    });
  });
}

/** A plenary on BOARD: people joined as the web app joins them (board and private document), and the facilitator. */
async function plenary(relay: TestRelay) {
  // The facilitator's link first: it registers the board, which the people's links then find.
  const facilitatorAccess = await relay.access(BOARD, 'facilitator');
  const people: BoardPerson[] = [];
  for (let i = 0; i < PEOPLE; i += 10) {
    const batch = Array.from({ length: Math.min(10, PEOPLE - i) }, async () =>
      joinWithPrivateDoc(relay.wsUrl, BOARD, await relay.access(BOARD, 'participant'), cleanups),
    );
    people.push(...(await Promise.all(batch)));
  }
  const facilitator = await joinWithPrivateDoc(relay.wsUrl, BOARD, facilitatorAccess, cleanups);
  const providers = [...people, facilitator].flatMap((person) => [person.board, person.own]);
  const closes: string[] = [];
  for (const provider of providers) {
    provider.on('connection-close', (event: { code: number; reason: string } | null) =>
      closes.push(`${event?.code} ${event?.reason}`),
    );
  }
  return { people, facilitator, providers, closes };
}

/**
 * Writes UPDATES notes from the facilitator at about 30 a second while `abuse` opens connections as fast as it
 * can (at least `minimumAttempts` of them), and returns what became of the attempts and the notes' texts.
 */
async function writeDuringAbuse(
  facilitator: BoardPerson,
  abuse: () => Promise<Attempt>,
  minimumAttempts: number,
): Promise<{ attempts: Attempt[]; texts: string[] }> {
  const attempts: Attempt[] = [];
  let writing = true;
  const abuser = (async () => {
    while (writing || attempts.length < minimumAttempts) {
      attempts.push(...(await Promise.all(Array.from({ length: ABUSER_CONCURRENCY }, abuse))));
    }
  })();
  const texts: string[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const text = `update ${i}`;
    createNote(facilitator.board.doc, { x: i, y: 0, text }, { authorId: facilitator.userId, id: `n${i}` });
    texts.push(text);
    await new Promise((resolve) => setTimeout(resolve, 33));
  }
  writing = false;
  await abuser;
  return { attempts, texts };
}

/** Every update reached every plenary member: each one's board holds exactly the notes written, all of them. */
async function expectEveryUpdateDelivered(members: WebsocketProvider[], texts: string[]): Promise<void> {
  const has = (member: WebsocketProvider) => member.doc.getMap('notes').size === texts.length;
  await waitFor(() => members.every(has), 'every update to reach every plenary member', 60_000);
  for (const member of members) {
    const seen = texts.map((_, i) => readNote(member.doc, `n${i}`)?.text);
    expect(seen).toEqual(texts);
  }
}

/** The abuse cost the plenary nothing: every update reached everyone, nobody was closed or is disconnected. */
async function expectPlenaryUnharmed(
  { people, providers, closes }: Pick<Awaited<ReturnType<typeof plenary>>, 'people' | 'providers' | 'closes'>,
  texts: string[],
): Promise<void> {
  await expectEveryUpdateDelivered(
    people.map((person) => person.board),
    texts,
  );
  expect(closes).toEqual([]);
  expect(providers.every((provider) => provider.wsconnected)).toBe(true);
}

function refusals(attempts: Attempt[]) {
  return attempts.filter((a): a is Extract<Attempt, { outcome: 'refused' }> => a.outcome === 'refused');
}

describe('one venue address: a plenary and an abusive client', () => {
  it('admits the plenary with the default limits and refuses a client reusing one device key as fast as it opens', async () => {
    const defaults: RelayConfig = loadConfig({ WEB_ROOT: '' });
    const relay = await startRelayClosedAfter(cleanups);
    const { people, facilitator, providers, closes } = await plenary(relay);
    const room = relay.app.rooms.peek(BOARD)!;
    expect(room.connectionCount).toBe(providers.length);

    // A script with a participant link and one device key, opening sockets as fast as it can and holding them.
    const scripted = { ...(await relay.access(BOARD, 'participant')) };
    const { attempts, texts } = await writeDuringAbuse(facilitator, () => attemptSocket(relay, scripted), 200);

    const opened = attempts.filter((a) => a.outcome === 'open').length;
    const refused = refusals(attempts);
    // Refused before the handshake, with 429 and a Retry-After the stock client's backoff ends up respecting.
    expect(refused.length).toBeGreaterThan(0);
    for (const refusal of refused) {
      expect(refusal.status).toBe(429);
      expect(refusal.retryAfter).toBeGreaterThanOrEqual(1);
    }
    expect(opened + refused.length).toBe(attempts.length);
    // It holds no more than one device may, however fast it tries; the board never saw the refused ones.
    expect(opened).toBeLessThanOrEqual(defaults.maxConnectionsPerDevice);
    expect(room.connectionCount).toBe(providers.length + opened);

    await expectPlenaryUnharmed({ people, providers, closes }, texts);
  }, 180_000);

  it('refuses a client churning connections with one device key without spending the budget of its address', async () => {
    // An address budget small enough that the churner's attempts would have spent it, were they charged to it.
    const relay = await startRelayClosedAfter(cleanups, { connectionBurst: 60, connectionsPerSecond: 1 });
    const facilitatorAccess = await relay.access(BOARD, 'facilitator');
    const scripted = await relay.access(BOARD, 'participant');
    const attempts: Attempt[] = [];
    const startedAt = Date.now();
    for (let i = 0; i < 300; i++) {
      const attempt = await attemptSocket(relay, scripted);
      attempts.push(attempt);
      if (attempt.outcome === 'open') await cleanups.pop()!();
    }
    const opened = attempts.filter((a) => a.outcome === 'open').length;
    // Its device's burst, and what its rate (one a second by default) refilled meanwhile, however long that was.
    const refilled = Math.ceil((Date.now() - startedAt) / 1_000);
    expect(opened).toBeLessThanOrEqual(loadConfig({}).deviceConnectionBurst + refilled);
    expect(refusals(attempts).length).toBe(attempts.length - opened);
    expect(refusals(attempts).every((refusal) => refusal.status === 429)).toBe(true);

    // People at the same address still get in at once: ten of them, with their private documents, and a facilitator.
    const people = await Promise.all(
      Array.from({ length: 10 }, async () =>
        joinWithPrivateDoc(relay.wsUrl, BOARD, await relay.access(BOARD, 'participant'), cleanups),
      ),
    );
    await joinWithPrivateDoc(relay.wsUrl, BOARD, facilitatorAccess, cleanups);
    expect(people.every((person) => person.board.wsconnected && person.own.wsconnected)).toBe(true);
  }, 120_000);

  it('holds a client making up a new device key for every connection to its address budget', async () => {
    // The address budget scaled down with the plenary: the plenary's own 302 sockets and about a hundred more.
    const limits = { connectionBurst: 2 * (PEOPLE + 1) + 100, connectionsPerSecond: 1 };
    const relay = await startRelayClosedAfter(cleanups, limits);
    const { people, facilitator, providers, closes } = await plenary(relay);
    const room = relay.app.rooms.peek(BOARD)!;

    const participant = await relay.access(BOARD, 'participant');
    const { attempts, texts } = await writeDuringAbuse(
      facilitator,
      () => attemptSocket(relay, { token: participant['token']!, key: deviceKey() }),
      200,
    );

    const opened = attempts.filter((a) => a.outcome === 'open').length;
    const refused = refusals(attempts);
    expect(refused.length).toBeGreaterThan(0);
    for (const refusal of refused) expect(refusal.status).toBe(429);
    expect(opened + refused.length).toBe(attempts.length);
    expect(room.connectionCount).toBe(providers.length + opened);

    await expectPlenaryUnharmed({ people, providers, closes }, texts);
  }, 180_000);
});
