import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, readNotes, type BoardIdentity } from '@notevote/board';
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
