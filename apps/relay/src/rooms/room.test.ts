import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  castVote,
  createNote,
  deleteNote,
  editNoteText,
  moveNote,
  readNotes,
  updateSession,
  type BoardIdentity,
} from '@notevote/board';
import { createMemoryStore } from '../storage/memory-store';
import { decodeClientMessage, encodeSyncStep1, encodeUpdate } from '../sync/protocol';
import type { RoomMember } from './member';
import { Room } from './room';
import { silentLogger } from './test-support';

/** A participant as the room sees one: it records what it is sent and how it was closed. */
function participant(id: string): RoomMember & { frames: Uint8Array[]; closedWith: string | null } {
  let identity: BoardIdentity | null = null;
  const member = {
    id,
    role: 'participant' as const,
    epoch: 0,
    channel: 'board' as const,
    frames: [] as Uint8Array[],
    closedWith: null as string | null,
    get identity() {
      return identity;
    },
    get userId() {
      return identity?.userId ?? null;
    },
    get isOpen() {
      return member.closedWith === null;
    },
    identify: (next: BoardIdentity | null) => (identity = next),
    send: (frame: Uint8Array) => member.frames.push(frame),
    close: (_code: number, reason: string) => (member.closedWith ??= reason),
    heartbeat: () => undefined,
  };
  return member;
}

/** The update a member's client makes for `change`, on a copy of the board. */
function changeOf(room: Room, change: (doc: Y.Doc) => void, clientId: number): Uint8Array {
  const replica = new Y.Doc();
  replica.clientID = clientId;
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(room.doc));
  const before = Y.encodeStateVector(replica);
  change(replica);
  return Y.encodeStateAsUpdate(replica, before);
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A room with these members; `applyBudgetMs` sets how much of a turn it may spend applying updates. */
async function roomWith(applyBudgetMs: number, ...names: string[]) {
  const store = createMemoryStore();
  const room = await Room.load('batch-board', {
    store,
    logger: silentLogger,
    compactAfterEntries: 1_000,
    maxDocBytes: 1_000_000,
    maxAwarenessBytes: 10_000,
    onEmpty: () => undefined,
    applyBudgetMs,
  });
  await nextTurn();
  const members = names.map((name, i) => {
    const member = participant(name);
    room.join(member, { deviceKey: `device-key-of-${name}-0123456789abcdef`.slice(0, 32 + i), owner: null });
    return member;
  });
  return { room, store, members };
}

describe('Room: the updates of one turn', () => {
  it('refuses one sender without touching the others of the same turn, in one batch', async () => {
    const { room, store, members } = await roomWith(60_000, 'mallory', 'alice', 'bob');
    const [mallory, alice, bob] = members as [ReturnType<typeof participant>, ...ReturnType<typeof participant>[]];
    const forged = changeOf(
      room,
      (doc) => createNote(doc, { x: 0, y: 0, text: 'forged' }, { authorId: alice!.userId!, id: 'forged' }),
      101,
    );
    const own = changeOf(
      room,
      (doc) => createNote(doc, { x: 0, y: 0, text: 'mine' }, { authorId: alice!.userId!, id: 'mine' }),
      102,
    );
    const bobs = changeOf(
      room,
      (doc) => createNote(doc, { x: 9, y: 9, text: 'his' }, { authorId: bob!.userId!, id: 'his' }),
      103,
    );
    const entriesBefore = (await store.load('batch-board'))?.entries ?? 0;
    // All in one turn: Alice's and Bob's come after Mallory's forgery, and after a frame of hers that waits for it.
    room.receive(mallory, encodeUpdate(forged));
    room.receive(mallory, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    room.receive(alice!, encodeUpdate(own));
    room.receive(bob!, encodeUpdate(bobs));
    expect(readNotes(room.doc)).toEqual([]); // applied at the end of the turn
    for (let i = 0; i < 5; i++) await nextTurn();

    expect(mallory.closedWith).toBe('author-mismatch');
    // Her SyncStep1 came after the refused update: it is not answered.
    expect(mallory.frames.map((frame) => decodeClientMessage(frame).type)).not.toContain('sync-step-2');
    expect(
      readNotes(room.doc)
        .map((note) => note.text)
        .sort(),
    ).toEqual(['his', 'mine']);
    // Stored as one entry, and relayed as one update to each of the two senders.
    expect(((await store.load('batch-board'))?.entries ?? 0) - entriesBefore).toBe(1);
    for (const member of [alice!, bob!]) {
      const updates = member.frames.map(decodeClientMessage).filter((message) => message.type === 'update');
      expect(updates).toHaveLength(1);
    }
  });

  it('leaves what it has no time for this turn to the next, in order, and answers what came after it last', async () => {
    const { room, members } = await roomWith(0, 'alice', 'bob');
    const [alice, bob] = members as [ReturnType<typeof participant>, ReturnType<typeof participant>];
    room.receive(
      alice,
      encodeUpdate(
        changeOf(
          room,
          (doc) => createNote(doc, { x: 0, y: 0, text: 'mine' }, { authorId: alice.userId!, id: 'n' }),
          201,
        ),
      ),
    );
    for (let i = 0; i < 5; i++) await nextTurn();
    // Two thousand moves in one turn, with no time for more than one per turn, then a SyncStep1.
    const mover = new Y.Doc();
    mover.clientID = 202;
    Y.applyUpdate(mover, Y.encodeStateAsUpdate(room.doc));
    for (let x = 1; x <= 2_000; x++) {
      const before = Y.encodeStateVector(mover);
      (mover.getMap('notes').get('n') as Y.Map<unknown>).set('x', x);
      room.receive(alice, encodeUpdate(Y.encodeStateAsUpdate(mover, before)));
    }
    const xNow = () => (room.doc.getMap('notes').get('n') as Y.Map<unknown>).get('x');
    const answeredAt: unknown[] = [];
    const send = alice.send;
    alice.send = (frame) => {
      if (decodeClientMessage(frame).type === 'sync-step-2') answeredAt.push(xNow());
      send(frame);
    };
    room.receive(alice, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await nextTurn();
    expect(xNow()).toBe(1);
    expect(answeredAt).toEqual([]);
    for (let turns = 0; xNow() !== 2_000 && turns < 3_000; turns++) await nextTurn();
    for (let i = 0; i < 5; i++) await nextTurn();
    expect(xNow()).toBe(2_000);
    expect(answeredAt).toEqual([2_000]);
    expect(alice.closedWith).toBeNull();
    // Bob was sent every move, in order: his copy ends where the board does.
    const bobsCopy = new Y.Doc();
    for (const message of bob.frames.map(decodeClientMessage)) {
      if (message.type === 'update' || message.type === 'sync-step-2') Y.applyUpdate(bobsCopy, message.update);
    }
    expect((bobsCopy.getMap('notes').get('n') as Y.Map<unknown>).get('x')).toBe(2_000);
  });
});

/** When the notes of both runs are made: the same, so both boards can be compared whole. */
const TURN_TIME = Date.now();

/** What one member's client does in the turn: its own notes, someone else's, or a forgery. */
const clientAction = fc.record({
  member: fc.nat({ max: 2 }),
  kind: fc.constantFrom(
    'create',
    'forge',
    'move-own',
    'move-other',
    'edit-other',
    'delete-own',
    'delete-other',
    'vote',
    'vote-stale',
  ),
  x: fc.integer({ min: -500, max: 500 }),
});

/** The board's notes and votes in a document holding `update` (not its metadata: each room has its own createdAt). */
function contentOf(update: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return { notes: doc.getMap('notes').toJSON(), votes: doc.getMap('votes').toJSON() };
}

/**
 * Runs the same turn twice on rooms that start alike: once as the relay does (every frame queued, applied together at
 * the turn's end), once applying each frame on its own as it arrives. Returns what a user could tell apart.
 */
async function sameTurnBothWays(actions: readonly { member: number; kind: string; x: number }[]) {
  const ways = [];
  for (const oneAtATime of [false, true]) {
    const { room, store, members } = await roomWith(60_000, 'ana', 'ben', 'cy');
    const seeded = (index: number) => `seed-${index}`;
    members.forEach((member, index) =>
      room.receive(
        member,
        encodeUpdate(
          changeOf(
            room,
            (doc) =>
              createNote(
                doc,
                { x: index, y: 0, text: member.id },
                { authorId: member.userId!, id: seeded(index), now: TURN_TIME },
              ),
            300 + index,
          ),
        ),
      ),
    );
    await room.changeAsRelay((doc) => updateSession(doc, { votesPerPerson: 2, allowStacking: true }));
    for (let i = 0; i < 3; i++) await nextTurn();
    // Everyone has cast one of their two dots already.
    members.forEach((member, index) => {
      const target = { noteId: seeded((index + 1) % members.length), x: 1, y: 1 };
      const vote = (doc: Y.Doc) => castVote(doc, member.userId!, target, { now: TURN_TIME, id: `first-${index}` });
      room.receive(member, encodeUpdate(changeOf(room, vote, 310 + index)));
    });
    for (let i = 0; i < 3; i++) await nextTurn();
    const beforeTurn = Y.encodeStateAsUpdate(room.doc);
    // Each client edits its own copy of the board, as a real one does between hearing from the relay.
    const replicas = members.map((_, index) => {
      const replica = new Y.Doc();
      replica.clientID = 400 + index;
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(room.doc));
      return replica;
    });
    const created: string[][] = members.map(() => []);
    actions.forEach(({ member: index, kind, x }, step) => {
      const member = members[index]!;
      const other = (index + 1) % members.length;
      const replica = replicas[index]!;
      const before = Y.encodeStateVector(replica);
      const own = created[index]!.at(-1) ?? seeded(index);
      // A client votes on its own copy, or from a copy of the board as it was before the turn (with a client id of
      // its own): each such update alone is within the budget, together they may not be, which the relay must see.
      const stale = kind === 'vote-stale' ? new Y.Doc() : null;
      if (stale) {
        stale.clientID = 500 + step;
        Y.applyUpdate(stale, beforeTurn);
      }
      const writer = stale ?? replica;
      if (kind.startsWith('vote')) {
        // The client counts its own dots: past the budget of 2 it sends nothing.
        const target = { noteId: seeded(other), x: 5, y: 5 };
        if (writer.getMap('notes').has(target.noteId)) {
          castVote(writer, member.userId!, target, { now: TURN_TIME, id: `vote-${index}-${step}` });
        }
      } else if (kind === 'create' || kind === 'forge') {
        const authorId = members[kind === 'create' ? index : other]!.userId!;
        const id = `n-${index}-${step}`;
        createNote(replica, { x, y: step, text: `note ${step}` }, { authorId, id, now: TURN_TIME });
        created[index]!.push(id);
      } else {
        const target = kind.endsWith('-own') ? own : seeded(other);
        // A client only edits notes it can see.
        if (replica.getMap('notes').has(target)) {
          if (kind.startsWith('move')) moveNote(replica, target, x, step);
          else if (kind.startsWith('edit')) editNoteText(replica, target, `edited ${step}`);
          else deleteNote(replica, target);
        }
      }
      const update = Y.encodeStateAsUpdate(writer, before);
      // A connection the relay has closed is not read any more (the batch drops what its sender sent after it).
      if (member.closedWith !== null) return;
      room.receive(member, encodeUpdate(update));
      if (oneAtATime) room.applyQueued();
    });
    for (let i = 0; i < 5; i++) await nextTurn();
    const log = await store.load('batch-board');
    ways.push({
      closed: members.map((member) => member.closedWith),
      board: contentOf(Y.encodeStateAsUpdate(room.doc)),
      stored: log ? contentOf(log.update) : null,
    });
  }
  return ways;
}

describe('Room: a turn applied together decides as one update at a time', () => {
  it('closes the same senders and ends on the same board, stored, for any mix of honest and refused updates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(clientAction, { minLength: 1, maxLength: 12 }), async (actions) => {
        const [together, oneByOne] = await sameTurnBothWays(actions);
        expect(together!.closed).toEqual(oneByOne!.closed);
        expect(together!.board).toEqual(oneByOne!.board);
        expect(together!.stored).toEqual(together!.board);
        expect(oneByOne!.stored).toEqual(oneByOne!.board);
      }),
      { numRuns: 60 },
    );
  });

  it('counts the dots of earlier updates in the batch toward the budget', async () => {
    // Two more dots, each from a copy of the board as it was before the turn: each alone is within the budget of 2.
    const stale = { member: 0, kind: 'vote-stale', x: 0 };
    const [together, oneByOne] = await sameTurnBothWays([stale, stale]);
    expect(together!.closed[0]).toBe('budget-exhausted');
    expect(together!.closed).toEqual(oneByOne!.closed);
    expect(
      Object.keys((together!.board.votes as Record<string, object>)[Object.keys(together!.board.votes)[0]!]!),
    ).toHaveLength(2);
    expect(together!.board).toEqual(oneByOne!.board);
  });
});
