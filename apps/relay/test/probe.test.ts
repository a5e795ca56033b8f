import { describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import {
  computeTally,
  createNote,
  deleteNote,
  editNoteText,
  moveNote,
  noteText,
  notesMap,
  peopleMap,
  privateDocName,
  readNote,
  readNotes,
  recolorNote,
  updateSession,
  voterDots,
  voterVotes,
  votesMap,
} from '@notevote/board';
import { CloseCode } from '../src/sync/close-codes';
import { decodeClientMessage, encodeAwareness, encodeSyncStep1, encodeUpdate } from '../src/sync/protocol';
import { decodeAwareness, encodeAwarenessEntries } from '../src/sync/awareness-codec';
import {
  boardUrl,
  closed,
  connectClient,
  deferCleanups,
  rawSocket,
  startRelayClosedAfter,
  synced,
  userIdOn,
  waitFor,
  type Access,
  type TestRelay,
} from './helpers';

/*
 * The holes a probe of the relay found, each attacked here the way a hostile client on the venue Wi-Fi would: a raw
 * WebSocket speaking the y-websocket protocol, holding a replica of the board, sending whatever updates it likes.
 * (Holes 5–8 — credentials in URLs, erasing a board, unlimited creation, security headers — are attacked over HTTP
 * and in the header in credentials.test.ts, erase.test.ts, board-creation.test.ts and security-headers.test.ts.)
 */

const cleanups = deferCleanups();
const BOARD = 'probe';

/** A hostile client: a raw socket and its own replica of the board, to which it makes any change it likes. */
class Attacker {
  readonly replica = new Y.Doc();
  private readonly closing: Promise<{ code: number; reason: string }>;

  private constructor(
    private readonly relay: TestRelay,
    readonly socket: WebSocket,
    /** The device key it presents (another attacker with the same key is the same person's other device). */
    readonly key: string,
    readonly userId: string,
    private readonly room: string,
  ) {
    this.closing = closed(socket, 30_000);
  }

  static async join(relay: TestRelay, role: 'participant' | 'facilitator' = 'participant', key?: string, room = BOARD) {
    const access: Access = await relay.access(BOARD, role, key);
    const socket = await rawSocket(boardUrl(relay.wsUrl, room, access));
    cleanups.push(() => socket.terminate());
    const attacker = new Attacker(relay, socket, access['key']!, userIdOn(BOARD, access['key']!), room);
    // Its replica starts as the relay's copy (as after a sync), once the relay has taken it in.
    await waitFor(() => attacker.serverDocIfJoined() !== undefined, 'the relay to take the attacker in');
    Y.applyUpdate(attacker.replica, Y.encodeStateAsUpdate(attacker.serverDoc()));
    return attacker;
  }

  /** The relay's copy of the document this attacker writes to. */
  serverDoc(): Y.Doc {
    const doc = this.serverDocIfJoined();
    if (!doc) throw new Error('the relay has not taken this attacker in');
    return doc;
  }

  serverDocIfJoined(): Y.Doc | undefined {
    const room = this.relay.app.rooms.peek(BOARD);
    return this.room === BOARD ? room?.doc : room?.privates.get(this.userId)?.doc;
  }

  /**
   * Makes `change` on the replica and sends exactly that update, then a SyncStep1: frames of one socket are handled in
   * order, and the relay answers it once everything before is stored. Resolves with 'applied' when the answer comes,
   * or with how the relay closed the socket instead. (An update that only deletes advances no clock, so the relay's
   * state vector cannot tell.)
   */
  async send(change: (doc: Y.Doc) => void): Promise<'applied' | { code: number; reason: string }> {
    const before = Y.encodeStateVector(this.replica);
    change(this.replica);
    const answered = new Promise<'applied'>((resolve) => {
      const onMessage = (data: Buffer) => {
        if (decodeClientMessage(new Uint8Array(data)).type !== 'sync-step-2') return;
        this.socket.off('message', onMessage);
        resolve('applied');
      };
      this.socket.on('message', onMessage);
    });
    this.socket.send(encodeUpdate(Y.encodeStateAsUpdate(this.replica, before)));
    this.socket.send(encodeSyncStep1(Y.encodeStateVector(this.replica)));
    return Promise.race([answered, this.closing]);
  }

  /** The refusal the socket was closed with (waits for it). */
  refusal(): Promise<{ code: number; reason: string }> {
    return this.closing;
  }
}

async function scene(votesPerPerson = 3, allowStacking = false) {
  const relay = await startRelayClosedAfter(cleanups);
  const facilitator = connectClient(relay.wsUrl, BOARD, await relay.access(BOARD, 'facilitator'));
  cleanups.push(() => facilitator.destroy());
  await synced(facilitator);
  updateSession(facilitator.doc, { votesPerPerson, allowStacking });
  await waitFor(
    () => relay.app.rooms.peek(BOARD)?.doc.getMap('session').get('votesPerPerson') === votesPerPerson,
    'the budget to reach the relay',
  );
  return { relay, facilitator, serverDoc: () => relay.app.rooms.peek(BOARD)!.doc };
}

const refused = (code: string) => ({ code: CloseCode.forbidden, reason: code });

/** A vote as clients store it. */
const dot = (noteId: string | null, x = 1) => ({ noteId, x, y: 1, at: 1 });

function ballotOf(doc: Y.Doc, voterId: string): Y.Map<unknown> {
  let ballot = votesMap(doc).get(voterId) as Y.Map<unknown> | undefined;
  if (!ballot) {
    ballot = new Y.Map();
    votesMap(doc).set(voterId, ballot as never);
  }
  return ballot;
}

describe('hole 1: budget and stacking cannot be bypassed, whatever the order of updates', () => {
  it('refuses dots parked on a note id that does not exist yet, so creating the note later counts nothing', async () => {
    const { relay, serverDoc } = await scene(3);
    const mallory = await Attacker.join(relay);
    const result = await mallory.send((doc) => {
      const ballot = ballotOf(doc, mallory.userId);
      for (let i = 0; i < 20; i++) ballot.set(`park${i}`, dot('x', i));
    });
    expect(result).toEqual(refused('note-missing'));
    expect(voterVotes(serverDoc(), mallory.userId)).toBeUndefined();

    // Sent together with the note they sit on, they meet the budget and the stacking rule.
    const again = await Attacker.join(relay);
    const together = await again.send((doc) => {
      createNote(doc, { x: 0, y: 0, text: 'x' }, { authorId: again.userId, id: 'x' });
      const ballot = ballotOf(doc, again.userId);
      for (let i = 0; i < 20; i++) ballot.set(`park${i}`, dot('x', i));
    });
    expect(together).toEqual(refused('stacking-not-allowed'));
    expect(readNote(serverDoc(), 'x')).toBeNull();
  });

  it('counts a dot on a deleted note until it is taken back, so deleting and re-creating a note gains nothing', async () => {
    const { relay, serverDoc } = await scene(3);
    const mallory = await Attacker.join(relay);
    const me = mallory.userId;
    expect(
      await mallory.send((doc) => {
        createNote(doc, { x: 0, y: 0, text: 'mine' }, { authorId: me, id: 'n' });
        createNote(doc, { x: 300, y: 0, text: 'a' }, { authorId: me, id: 'a' });
        createNote(doc, { x: 600, y: 0, text: 'b' }, { authorId: me, id: 'b' });
        createNote(doc, { x: 900, y: 0, text: 'c' }, { authorId: me, id: 'c' });
        ballotOf(doc, me).set('on-n', dot('n'));
      }),
    ).toBe('applied');
    expect(await mallory.send((doc) => deleteNote(doc, 'n'))).toBe('applied');
    // The dot on the deleted note still spends its vote: two more fit elsewhere, a third does not (with a refund, it
    // would, and re-creating the note would then count four dots on a budget of three).
    expect(await mallory.send((doc) => ballotOf(doc, me).set('on-a', dot('a')))).toBe('applied');
    expect(await mallory.send((doc) => ballotOf(doc, me).set('on-b', dot('b')))).toBe('applied');
    const refusedHere = await mallory.send((doc) => ballotOf(doc, me).set('on-c', dot('c')));
    expect(refusedHere).toEqual(refused('budget-exhausted'));
    // Re-creating the note (another device of the same person) brings its dot back into the tally: three counted.
    const device = await Attacker.join(relay, 'participant', mallory.key);
    expect(await device.send((doc) => createNote(doc, { x: 0, y: 0, text: 'back' }, { authorId: me, id: 'n' }))).toBe(
      'applied',
    );
    const tally = computeTally(serverDoc());
    expect(tally.voters.get(me)?.spent).toBe(3);
    expect([...tally.notes.values()].reduce((sum, note) => sum + note.votes, 0)).toBe(3);
  });

  it('refuses secret dots parked on a note that does not exist, for a note created after the reveal', async () => {
    const { relay, facilitator } = await scene(3);
    updateSession(facilitator.doc, { secretVoting: true });
    const key = (await relay.access(BOARD, 'participant'))['key']!;
    const ownAttacker = await Attacker.join(relay, 'participant', key, privateDocName(BOARD, userIdOn(BOARD, key)));
    const result = await ownAttacker.send((doc) => {
      const ballot = ballotOf(doc, ownAttacker.userId);
      for (let i = 0; i < 10; i++) ballot.set(`later${i}`, dot('created-after-the-reveal', i));
    });
    expect(result).toEqual(refused('note-missing'));
  });

  it('never lets a voter’s dots exceed the budget, whatever order notes, dots and deletions come in', async () => {
    const { relay, serverDoc } = await scene(3, true);
    const mallory = await Attacker.join(relay);
    const me = mallory.userId;
    // Each order in which notes, dots on them and their deletion and re-creation can arrive; after every step, the
    // voter holds at most three dots, and at most three count in the tally.
    const steps: Array<(doc: Y.Doc) => void> = [
      (doc) => createNote(doc, { x: 0, y: 0, text: 'p' }, { authorId: me, id: 'p' }),
      (doc) => createNote(doc, { x: 300, y: 0, text: 'q' }, { authorId: me, id: 'q' }),
      (doc) => ballotOf(doc, me).set('d1', dot('p')),
      (doc) => ballotOf(doc, me).set('d2', dot('p')),
      (doc) => deleteNote(doc, 'p'),
      (doc) => ballotOf(doc, me).set('d3', dot('q')),
      (doc) => ballotOf(doc, me).set('d4', dot('q')),
      (doc) => createNote(doc, { x: 0, y: 0, text: 'p again' }, { authorId: me, id: 'p' }),
    ];
    const outcomes: string[] = [];
    for (const step of steps) {
      const outcome = await mallory.send(step);
      outcomes.push(outcome === 'applied' ? 'applied' : outcome.reason);
      expect(voterDots(serverDoc(), me, null).size).toBeLessThanOrEqual(3);
      expect(computeTally(serverDoc()).totalVotes).toBeLessThanOrEqual(3);
      if (outcome !== 'applied') break;
    }
    expect(outcomes).toEqual(['applied', 'applied', 'applied', 'applied', 'applied', 'applied', 'budget-exhausted']);
  });
});

describe('hole 2: every value is checked against the schema', () => {
  const cases: Array<{ name: string; change: (doc: Y.Doc, me: string) => void }> = [
    {
      name: 'a note text of 1.9 million characters',
      change: (doc, me) => createNote(doc, { x: 0, y: 0 }, { authorId: me, id: 'huge' }),
    },
    { name: 'text: 42', change: (doc) => notesMap(doc).get('n1')!.set('text', 42) },
    { name: 'x: "left"', change: (doc) => notesMap(doc).get('n1')!.set('x', 'left') },
    { name: 'color: "url(x)"', change: (doc) => notesMap(doc).get('n1')!.set('color', 'url(x)') },
    { name: 'people[id] = "a string"', change: (doc, me) => (peopleMap(doc) as Y.Map<unknown>).set(me, 'a string') },
    {
      name: 'a dot with an extra field',
      change: (doc, me) => ballotOf(doc, me).set('v', { noteId: null, x: 1, y: 1, at: 1, payload: 'x'.repeat(900) }),
    },
  ];
  for (const { name, change } of cases) {
    it(`refuses ${name} (invalid-value) and keeps the board as it was`, async () => {
      const { relay, serverDoc } = await scene();
      const writer = await Attacker.join(relay);
      expect(
        await writer.send((doc) =>
          createNote(doc, { x: 0, y: 0, text: 'fine' }, { authorId: writer.userId, id: 'n1' }),
        ),
      ).toBe('applied');
      const before = Y.encodeStateAsUpdate(serverDoc());
      const result = await writer.send((doc) => {
        change(doc, writer.userId);
        // The huge text goes in after its note exists in the replica: one update, the note and its text.
        if (notesMap(doc).has('huge')) noteText(doc, 'huge').insert(0, 'x'.repeat(1_900_000));
      });
      expect(result).toEqual(refused('invalid-value'));
      expect(Y.encodeStateAsUpdate(serverDoc())).toEqual(before);
    });
  }

  it('refuses typing a note past its 2,000 characters, counted over everything the update does', async () => {
    const { relay, serverDoc } = await scene();
    const writer = await Attacker.join(relay);
    const me = writer.userId;
    await writer.send((doc) => createNote(doc, { x: 0, y: 0, text: 'x'.repeat(1_990) }, { authorId: me, id: 'n1' }));
    expect(await writer.send((doc) => noteText(doc, 'n1').insert(0, 'y'.repeat(10)))).toBe('applied');
    expect(await writer.send((doc) => noteText(doc, 'n1').insert(0, 'z'))).toEqual(refused('invalid-value'));
    expect(readNote(serverDoc(), 'n1')?.text.length).toBe(2_000);
  });
});

describe('hole 3: presence of the wrong shape goes nowhere', () => {
  it('drops a state without a selection list, or with a malformed cursor, before anyone receives it', async () => {
    const { relay } = await scene();
    const watcher = await rawSocket(boardUrl(relay.wsUrl, BOARD, await relay.access(BOARD, 'projector')));
    cleanups.push(() => watcher.terminate());
    const received: unknown[] = [];
    watcher.on('message', (data: Buffer) => {
      const message = decodeClientMessage(new Uint8Array(data));
      if (message.type === 'awareness') for (const entry of decodeAwareness(message.update)) received.push(entry.state);
    });
    watcher.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    const mallory = await Attacker.join(relay);
    const id = mallory.userId;
    let clock = 0;
    for (const state of [
      { user: { id, name: 'x' }, selection: 'x' },
      { user: { id, name: 'x' }, cursor: { x: 'left', y: null } },
      { user: { id, name: 'x'.repeat(61) } },
      { user: 'x' },
      'x',
      { user: { id, name: 'Mallory' }, cursor: { x: 1, y: 2 }, selection: ['n1'] },
    ]) {
      mallory.socket.send(encodeAwareness(encodeAwarenessEntries([{ clientId: 77, clock: ++clock, state }])));
    }
    await waitFor(
      () => received.some((s) => (s as { user?: { name?: string } })?.user?.name === 'Mallory'),
      'the good state',
    );
    const fromMallory = received.filter((s) => s !== null && !('relay' in (s as object)));
    expect(fromMallory).toEqual([{ user: { id, name: 'Mallory' }, cursor: { x: 1, y: 2 }, selection: ['n1'] }]);
  });
});

describe('hole 4: nobody can pin a note on someone else', () => {
  it('refuses a note whose author is not its sender, and any later change of author', async () => {
    const { relay, serverDoc } = await scene();
    const victim = userIdOn(BOARD, (await relay.access(BOARD))['key']!);
    const mallory = await Attacker.join(relay);
    expect(
      await mallory.send((doc) => createNote(doc, { x: 0, y: 0, text: 'a risky claim' }, { authorId: victim })),
    ).toEqual(refused('author-mismatch'));
    expect(readNotes(serverDoc())).toEqual([]);
    const again = await Attacker.join(relay);
    await again.send((doc) => createNote(doc, { x: 0, y: 0, text: 'mine' }, { authorId: again.userId, id: 'own' }));
    expect(await again.send((doc) => notesMap(doc).get('own')!.set('authorId', victim))).toEqual(
      refused('author-mismatch'),
    );
    expect(readNote(serverDoc(), 'own')?.authorId).toBe(again.userId);
  });
});

describe('the rules table, from raw clients', () => {
  it('lets participants move, resize, recolour and group anyone’s note, but edit and delete only their own', async () => {
    const { relay, serverDoc } = await scene();
    const author = await Attacker.join(relay);
    await author.send((doc) =>
      createNote(doc, { x: 0, y: 0, text: 'author’s words' }, { authorId: author.userId, id: 'n' }),
    );
    const other = await Attacker.join(relay);
    expect(
      await other.send((doc) => {
        moveNote(doc, 'n', 500, 500);
        recolorNote(doc, 'n', '#a8c7ff');
        notesMap(doc).get('n')!.set('clusterId', 'group-1');
      }),
    ).toBe('applied');
    expect(readNote(serverDoc(), 'n')).toMatchObject({ x: 500, y: 500, color: '#a8c7ff', clusterId: 'group-1' });
    expect(await other.send((doc) => editNoteText(doc, 'n', 'twisted words'))).toEqual(refused('not-your-note'));
    const deleter = await Attacker.join(relay);
    expect(await deleter.send((doc) => deleteNote(doc, 'n'))).toEqual(refused('not-your-note'));
    expect(readNote(serverDoc(), 'n')?.text).toBe('author’s words');
    expect(await author.send((doc) => editNoteText(doc, 'n', 'my own edit'))).toBe('applied');
    expect(await author.send((doc) => deleteNote(doc, 'n'))).toBe('applied');
  });

  it('lets the facilitator put back a note of someone else’s they deleted (undo), and nobody else', async () => {
    const { relay, serverDoc } = await scene();
    const author = await Attacker.join(relay);
    await author.send((doc) => createNote(doc, { x: 0, y: 0, text: 'mine' }, { authorId: author.userId, id: 'n' }));
    const facilitator = await Attacker.join(relay, 'facilitator');
    expect(await facilitator.send((doc) => deleteNote(doc, 'n'))).toBe('applied');
    const putBack = (doc: Y.Doc) => createNote(doc, { x: 0, y: 0, text: 'mine' }, { authorId: author.userId, id: 'n' });
    const stranger = await Attacker.join(relay);
    expect(await stranger.send(putBack)).toEqual(refused('author-mismatch'));
    expect(await facilitator.send(putBack)).toBe('applied');
    expect(readNote(serverDoc(), 'n')?.authorId).toBe(author.userId);
  });

  it('refuses a participant publishing a new note straight to the board during silent writing', async () => {
    const { relay, facilitator, serverDoc } = await scene();
    updateSession(facilitator.doc, { silentWriting: true });
    await waitFor(() => serverDoc().getMap('session').get('silentWriting') === true, 'silent writing');
    const mallory = await Attacker.join(relay);
    expect(
      await mallory.send((doc) => createNote(doc, { x: 0, y: 0, text: 'first!' }, { authorId: mallory.userId })),
    ).toEqual(refused('silent-writing'));
    expect(readNotes(serverDoc())).toEqual([]);
  });

  it('refuses a participant placing a public dot during secret voting', async () => {
    const { relay, facilitator, serverDoc } = await scene();
    updateSession(facilitator.doc, { secretVoting: true });
    await waitFor(() => serverDoc().getMap('session').get('secretVoting') === true, 'secret voting');
    const mallory = await Attacker.join(relay);
    expect(await mallory.send((doc) => ballotOf(doc, mallory.userId).set('v', dot(null)))).toEqual(
      refused('secret-voting'),
    );
  });
});
