import { describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { readLead, readSecrecySummary, updateSession, type Lead } from '@notevote/board';
import { encodeAwareness } from '../src/sync/protocol';
import { encodeAwarenessEntries } from '../src/sync/awareness-codec';
import { record, type Recorder } from './recorder';
import {
  boardUrl,
  connectClient,
  deferCleanups,
  deviceKey,
  rawSocket,
  startRelayClosedAfter,
  synced,
  waitFor,
  type Access,
  type TestRelay,
} from './helpers';

/*
 * Following the facilitator, seen from raw clients: a facilitator's `lead` (the view it shows, its summon count) is
 * republished as the relay's own presence, never relayed with the facilitator's state, refused from anyone else,
 * and kept beside the secrecy counts.
 */

const cleanups = deferCleanups();

const view = (x: number, width = 1600) => ({ x, y: -200, width, height: 900 });

/** A raw client that sends presence states of its own, one awareness client id, counting its clock. */
class RawPresence {
  private clock = 0;
  constructor(
    readonly socket: WebSocket,
    readonly clientId = 7_000 + Math.floor(Math.random() * 1_000),
  ) {}

  send(state: unknown): void {
    this.clock++;
    this.socket.send(encodeAwareness(encodeAwarenessEntries([{ clientId: this.clientId, clock: this.clock, state }])));
  }
}

async function rawPresence(relay: TestRelay, boardId: string, access: Access): Promise<RawPresence> {
  const socket = await rawSocket(boardUrl(relay.wsUrl, boardId, access));
  cleanups.push(() => socket.terminate());
  return new RawPresence(socket);
}

/** A recorder listening as a participant. */
async function listener(relay: TestRelay, boardId: string): Promise<Recorder> {
  return record(relay.wsUrl, boardId, await relay.access(boardId, 'participant'), cleanups);
}

const isRelayState = (state: unknown) => typeof state === 'object' && state !== null && 'relay' in state;

/** The lead in the relay's latest presence state (null once it published none), as a listener received it. */
function latestLead(recorder: Recorder): Lead | null {
  const relayClient = recorder.presence.find(({ state }) => isRelayState(state))?.clientId;
  const latest = recorder.presence.filter(({ clientId }) => clientId === relayClient).at(-1);
  return latest ? readLead([latest.state]) : null;
}

/** Every state the listener received that is not the relay's own: what was relayed of people. */
const peopleStates = (recorder: Recorder) =>
  recorder.presence
    .map(({ state }) => state)
    .filter((state) => typeof state === 'object' && state !== null && !isRelayState(state)) as Array<
    Record<string, unknown>
  >;

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('the facilitator’s lead', () => {
  it('is republished as the relay’s own presence and never relayed with the facilitator’s state', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const boardId = 'lead-republished';
    const listening = await listener(relay, boardId);
    const facilitator = await rawPresence(relay, boardId, await relay.access(boardId, 'facilitator'));
    facilitator.send({
      user: { name: 'Fatima', color: '#e5484d' },
      cursor: { x: 5, y: 5 },
      lead: { view: view(0), summon: 0 },
    });
    await waitFor(() => latestLead(listening) !== null, 'the lead to be republished');
    expect(latestLead(listening)).toEqual({ view: view(0), summon: 0 });
    await waitFor(() => peopleStates(listening).length > 0, 'the facilitator’s presence to be relayed');
    for (const state of peopleStates(listening)) expect(state).not.toHaveProperty('lead');
    expect(peopleStates(listening)[0]).toEqual({ user: { name: 'Fatima', color: '#e5484d' }, cursor: { x: 5, y: 5 } });
  });

  it('does not relay the facilitator’s state again when only its lead changed', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const boardId = 'lead-quiet';
    const listening = await listener(relay, boardId);
    const facilitator = await rawPresence(relay, boardId, await relay.access(boardId, 'facilitator'));
    const presence = { user: { name: 'Fatima' }, cursor: { x: 5, y: 5 } };
    for (const x of [0, 100, 200, 300]) {
      facilitator.send({ ...presence, lead: { view: view(x), summon: 0 } });
      await waitFor(() => latestLead(listening)?.view.x === x, `the view at x=${x} to be republished`);
    }
    // Its cursor moving is news again.
    facilitator.send({ ...presence, cursor: { x: 6, y: 5 }, lead: { view: view(300), summon: 0 } });
    await waitFor(() => peopleStates(listening).length === 2, 'the moved cursor to be relayed');
    expect(peopleStates(listening).map((state) => state['cursor'])).toEqual([
      { x: 5, y: 5 },
      { x: 6, y: 5 },
    ]);
  });

  it('is refused from participants, and a projector publishes no presence at all', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const boardId = 'lead-refused';
    const listening = await listener(relay, boardId);
    const participant = await rawPresence(relay, boardId, await relay.access(boardId, 'participant'));
    const projector = await rawPresence(relay, boardId, await relay.access(boardId, 'projector'));
    participant.send({ user: { name: 'Mallory' }, lead: { view: view(0), summon: 0 } });
    participant.send({ user: { name: 'Mallory' }, lead: { view: view(10), summon: 1 } });
    projector.send({ lead: { view: view(0), summon: 0 } });
    // A facilitator's note that arrives after them: by then the relay has judged their frames.
    const facilitator = await rawPresence(relay, boardId, await relay.access(boardId, 'facilitator'));
    facilitator.send({ user: { name: 'Fatima' } });
    await waitFor(() => peopleStates(listening).some((state) => JSON.stringify(state).includes('Fatima')), 'Fatima');
    await settle();
    expect(latestLead(listening)).toBeNull();
    expect(relay.app.rooms.peek(boardId)!.presence.awareness.getLocalState()).toBeNull();
    expect(peopleStates(listening).find((state) => JSON.stringify(state).includes('Mallory'))).toEqual({
      user: { name: 'Mallory' },
    });
  });

  it('drops a malformed lead, and a facilitator that sends one withdraws its view', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const boardId = 'lead-malformed';
    const listening = await listener(relay, boardId);
    const facilitator = await rawPresence(relay, boardId, await relay.access(boardId, 'facilitator'));
    for (const lead of [
      { view: view(0, 0), summon: 0 },
      { view: view(0, 1e12), summon: 0 },
      { view: { x: 'left', y: 0, width: 10, height: 10 }, summon: 0 },
      { view: view(0), summon: -1 },
      'everywhere',
    ]) {
      facilitator.send({ user: { name: 'Fatima' }, lead });
    }
    // Frames of one turn are relayed as one message with each client's latest state.
    facilitator.send({ user: { name: 'Fatima' }, cursor: { x: 1, y: 1 } });
    await waitFor(() => peopleStates(listening).some((state) => state['cursor']), 'the facilitator’s presence');
    await settle();
    expect(latestLead(listening)).toBeNull();

    facilitator.send({ user: { name: 'Fatima' }, lead: { view: view(0), summon: 0 } });
    await waitFor(() => latestLead(listening) !== null, 'the well-formed lead');
    facilitator.send({ user: { name: 'Fatima' }, lead: { view: view(0, -5), summon: 0 } });
    await waitFor(
      () => relay.app.rooms.peek(boardId)!.presence.awareness.getLocalState() === null,
      'the lead to be withdrawn',
    );
  });

  it('counts summons for the board: up only when a facilitator asks, not on a reload, not backwards', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const boardId = 'lead-summons';
    const listening = await listener(relay, boardId);
    const access = await relay.access(boardId, 'facilitator');
    const first = await rawPresence(relay, boardId, access);
    // First seen with a count of 3: whatever it counted before, it summons nobody now.
    first.send({ lead: { view: view(0), summon: 3 } });
    await waitFor(() => latestLead(listening) !== null, 'the lead');
    expect(latestLead(listening)?.summon).toBe(0);
    first.send({ lead: { view: view(0), summon: 4 } });
    await waitFor(() => latestLead(listening)?.summon === 1, 'the first summon');

    // The facilitator reloads: a new connection counting from 0 again, at another view.
    first.socket.terminate();
    await waitFor(() => latestLead(listening) === null, 'the lead to go with its facilitator');
    const reloaded = await rawPresence(relay, boardId, access);
    reloaded.send({ lead: { view: view(500), summon: 0 } });
    await waitFor(() => latestLead(listening)?.view.x === 500, 'the reloaded facilitator’s view');
    expect(latestLead(listening)?.summon).toBe(1);
    reloaded.send({ lead: { view: view(500), summon: 1 } });
    await waitFor(() => latestLead(listening)?.summon === 2, 'the second summon');

    // A second facilitator window takes over by moving its view; its own count starting at 0 sends nobody back.
    const second = await rawPresence(relay, boardId, access);
    second.send({ lead: { view: view(900), summon: 0 } });
    await waitFor(() => latestLead(listening)?.view.x === 900, 'the second window’s view');
    expect(latestLead(listening)?.summon).toBe(2);
    // The first window sending the same view again (a renewal) does not take it back.
    reloaded.send({ lead: { view: view(500), summon: 1 } });
    await settle();
    expect(latestLead(listening)?.view.x).toBe(900);
  });

  it('is kept beside the secrecy counts, neither clobbering the other', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const boardId = 'lead-and-counts';
    const listening = await listener(relay, boardId);
    const facilitator = connectClient(relay.wsUrl, boardId, await relay.access(boardId, 'facilitator'));
    cleanups.push(() => facilitator.destroy());
    await synced(facilitator);
    facilitator.awareness.setLocalState({ user: { name: 'Fatima' }, lead: { view: view(0), summon: 0 } });
    await waitFor(() => latestLead(listening) !== null, 'the lead');
    updateSession(facilitator.doc, { silentWriting: true });
    await waitFor(() => listening.latestSummary() === 'withheld', 'the secrecy counts');
    expect(latestLead(listening)).toEqual({ view: view(0), summon: 0 });

    facilitator.awareness.setLocalStateField('lead', { view: view(40), summon: 0 });
    await waitFor(() => latestLead(listening)?.view.x === 40, 'the new view');
    const relayState = relay.app.rooms.peek(boardId)!.presence.awareness.getLocalState();
    expect(readSecrecySummary([relayState])).toBe('withheld');

    updateSession(facilitator.doc, { silentWriting: false });
    await waitFor(() => {
      const state = relay.app.rooms.peek(boardId)!.presence.awareness.getLocalState();
      return readSecrecySummary([state]) === null && readLead([state])?.view.x === 40;
    }, 'the counts to go and the lead to stay');
  });

  it('works the same on an anonymous board, where the facilitator’s presence names nobody', async () => {
    const relay = await startRelayClosedAfter(cleanups);
    const created = await relay.app.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: 'Anonymous follow', anonymous: true },
    });
    const { boardId, links } = created.json() as { boardId: string; links: Record<string, string> };
    const token = (role: string) => /#k=(.+)$/.exec(links[role]!)![1]!;
    const listening = await record(relay.wsUrl, boardId, { token: token('participant'), key: deviceKey() }, cleanups);
    const facilitator = await rawPresence(relay, boardId, { token: token('facilitator'), key: deviceKey() });
    facilitator.send({
      user: { name: 'Fatima', color: '#e5484d' },
      cursor: { x: 5, y: 5 },
      lead: { view: view(0), summon: 0 },
    });
    await waitFor(() => latestLead(listening) !== null && peopleStates(listening).length > 0, 'lead and presence');
    expect(latestLead(listening)).toEqual({ view: view(0), summon: 0 });
    expect(peopleStates(listening)).toEqual([{ user: { color: '#e5484d' }, cursor: { x: 5, y: 5 } }]);
    expect(listening.received('Fatima')).toBe(false);
  });
});
