import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMemoryStore } from '../storage/memory-store';
import type { DocStore } from '../storage/types';
import { decodeClientMessage } from '../sync/protocol';
import type { Connection } from './connection';
import { SyncedDoc, type RelayTiming, type SyncedDocOptions } from './synced-doc';
import { silentLogger } from './test-support';

/** A connection that records the frames the document sends it. */
function recorder(): Connection & { frames: Uint8Array[] } {
  const frames: Uint8Array[] = [];
  return { frames, send: (frame: Uint8Array) => frames.push(frame) } as unknown as Connection & {
    frames: Uint8Array[];
  };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await turn();
}

/** How the room applies an ordinary edit (see `Allowed` in update-gate.ts): it changes content, repeating nothing. */
const NEW_CONTENT = { changesContent: true, repeatsDeletions: false };

/** A client's update setting `key` in the `notes` map. */
function edit(clientId: number, key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.getMap('notes').set(key, key.toUpperCase());
  return Y.encodeStateAsUpdate(doc);
}

function relayedUpdates(connection: { frames: Uint8Array[] }): Uint8Array[] {
  return connection.frames.map(decodeClientMessage).flatMap((m) => (m.type === 'update' ? [m.update] : []));
}

/** An update's delete set as [client, clock, length] ranges. */
function deletedRanges(update: Uint8Array): [number, number, number][] {
  return [...Y.decodeUpdate(update).ds.clients].flatMap(([client, ranges]) =>
    ranges.map(({ clock, len }): [number, number, number] => [client, clock, len]),
  );
}

function notesIn(updates: Uint8Array[]): string[] {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return [...doc.getMap('notes').keys()].sort();
}

/** A memory store whose appends stay unwritten until `release()`: a slow disk. */
function heldStore(): DocStore & { release(): void } {
  const store = createMemoryStore();
  let held: Array<() => void> = [];
  return {
    ...store,
    append(docName, update) {
      return new Promise<void>((resolve, reject) =>
        held.push(() => store.append(docName, update).then(resolve, reject)),
      );
    },
    release() {
      const now = held;
      held = [];
      for (const write of now) write();
    },
  };
}

async function docWith(...connections: Connection[]): Promise<SyncedDoc> {
  return docOn(createMemoryStore(), ...connections);
}

async function docOn(store: DocStore, ...connections: Connection[]): Promise<SyncedDoc> {
  return docWithOptions({ store }, ...connections);
}

async function docWithOptions(
  options: Partial<SyncedDocOptions> & Pick<SyncedDocOptions, 'store'>,
  ...connections: Connection[]
): Promise<SyncedDoc> {
  const doc = await SyncedDoc.load('board', {
    logger: silentLogger,
    compactAfterEntries: 1_000,
    maxDocBytes: 1_000_000,
    ...options,
  });
  // Joining sends SyncStep1; only what is relayed afterwards matters here.
  for (const connection of connections) doc.join(connection);
  for (const connection of connections) (connection as unknown as { frames: Uint8Array[] }).frames.length = 0;
  return doc;
}

describe('SyncedDoc relaying', () => {
  it('relays the updates of one turn as one merged message, stored first', async () => {
    const [alice, bob, carol] = [recorder(), recorder(), recorder()];
    const doc = await docWith(alice, bob, carol);
    doc.apply(alice, edit(1, 'a'), NEW_CONTENT);
    doc.apply(bob, edit(2, 'b'), NEW_CONTENT);
    doc.apply(alice, edit(3, 'c'), NEW_CONTENT);
    expect(relayedUpdates(carol)).toEqual([]); // not before it is stored
    await settle();
    expect(relayedUpdates(carol)).toHaveLength(1);
    expect(notesIn(relayedUpdates(carol))).toEqual(['a', 'b', 'c']);
    // Two senders: they get the merged message too (Yjs ignores their own part).
    expect(notesIn(relayedUpdates(alice))).toEqual(['a', 'b', 'c']);
    expect(notesIn(relayedUpdates(bob))).toEqual(['a', 'b', 'c']);
  });

  it('does not send a lone sender its own updates back', async () => {
    const [alice, bob] = [recorder(), recorder()];
    const doc = await docWith(alice, bob);
    doc.apply(alice, edit(1, 'a'), NEW_CONTENT);
    doc.apply(alice, edit(2, 'b'), NEW_CONTENT);
    await settle();
    expect(relayedUpdates(alice)).toEqual([]);
    expect(relayedUpdates(bob)).toHaveLength(1);
    expect(notesIn(relayedUpdates(bob))).toEqual(['a', 'b']);
  });

  it('relays updates of later turns in their own messages', async () => {
    const [alice, bob] = [recorder(), recorder()];
    const doc = await docWith(alice, bob);
    doc.apply(alice, edit(1, 'a'), NEW_CONTENT);
    await settle();
    doc.apply(alice, edit(2, 'b'), NEW_CONTENT);
    await settle();
    expect(relayedUpdates(bob).map((update) => notesIn([update]))).toEqual([['a'], ['b']]);
  });

  it('relays a commit as soon as the store answers it, not a turn of the event loop later', async () => {
    const store = heldStore();
    const [alice, bob] = [recorder(), recorder()];
    const doc = await docOn(store, alice, bob);
    doc.apply(alice, edit(1, 'a'), NEW_CONTENT);
    doc.apply(alice, edit(2, 'b'), NEW_CONTENT);
    let nextTurnStarted = false;
    setImmediate(() => {
      nextTurnStarted = true;
    });
    store.release(); // the commit answers both appends at once
    for (let i = 0; i < 10; i++) await Promise.resolve(); // microtasks only
    expect(nextTurnStarted).toBe(false);
    expect(relayedUpdates(bob).map((update) => notesIn([update]))).toEqual([['a', 'b']]);
  });

  describe('timing what the relay holds (the relay_hold and fanout metrics)', () => {
    it('times a message from reading its oldest update to sending it: storing included', async () => {
      const store = heldStore();
      const timings: RelayTiming[] = [];
      const [alice, bob, carol] = [recorder(), recorder(), recorder()];
      const doc = await docWithOptions({ store, onRelayed: (timing) => timings.push(timing) }, alice, bob, carol);
      const now = performance.now();
      // Two turns' updates, read 300 and 100 ms ago, stored by one commit: one message, as old as the older.
      doc.applyBatch(() => doc.apply(alice, edit(1, 'a'), NEW_CONTENT), now - 300);
      doc.applyBatch(() => doc.apply(bob, edit(2, 'b'), NEW_CONTENT), now - 100);
      await settle();
      expect(timings).toEqual([]); // not stored, so not relayed
      store.release();
      await settle();
      expect(notesIn(relayedUpdates(carol))).toEqual(['a', 'b']);
      expect(timings).toHaveLength(1);
      expect(timings[0]!.heldMs).toBeGreaterThanOrEqual(300);
      expect(timings[0]!.heldMs).toBeLessThan(300 + (performance.now() - now));
      expect(timings[0]!.sendMs).toBeGreaterThanOrEqual(0);
    });

    it("reports nothing for the relay's own changes, which no client sent", async () => {
      const timings: RelayTiming[] = [];
      const [alice, bob] = [recorder(), recorder()];
      const doc = await docWithOptions(
        { store: createMemoryStore(), onRelayed: (timing) => timings.push(timing) },
        alice,
        bob,
      );
      await doc.transactAsRelay(() => doc.doc.getMap('notes').set('revealed', 'R'));
      await settle();
      expect(notesIn(relayedUpdates(bob))).toEqual(['revealed']);
      expect(timings).toEqual([]);
    });
  });

  it("answers a joiner's SyncStep1 only once everything in the answer is on disk", async () => {
    const store = heldStore();
    const [alice, joiner] = [recorder(), recorder()];
    const doc = await docOn(store, alice);
    doc.apply(alice, edit(1, 'a'), NEW_CONTENT);
    doc.join(joiner);
    joiner.frames.length = 0;
    doc.answerSyncStep1(joiner, Y.encodeStateVector(new Y.Doc()));
    await settle();
    expect(joiner.frames).toEqual([]);
    store.release();
    await settle();
    const answers = joiner.frames.map(decodeClientMessage).flatMap((m) => (m.type === 'sync-step-2' ? [m.update] : []));
    expect(answers.map((update) => notesIn([update]))).toEqual([['a']]);
  });

  describe('a batch (one turn of updates in one transaction)', () => {
    /** A memory store that records what it was asked to append. */
    function countingStore(): DocStore & { appended: Uint8Array[] } {
      const store = createMemoryStore();
      const appended: Uint8Array[] = [];
      return {
        ...store,
        appended,
        append: (docName, update) => (appended.push(update), store.append(docName, update)),
      };
    }

    it("stores and relays everyone's updates of the batch as one update, each sender getting the others'", async () => {
      const store = countingStore();
      const [alice, bob, carol] = [recorder(), recorder(), recorder()];
      const doc = await docOn(store, alice, bob, carol);
      doc.applyBatch(() => {
        doc.apply(alice, edit(1, 'a'), NEW_CONTENT);
        doc.apply(bob, edit(2, 'b'), NEW_CONTENT);
        // Applied in order: the document already holds the batch's earlier updates.
        expect([...doc.doc.getMap('notes').keys()].sort()).toEqual(['a', 'b']);
        doc.apply(alice, edit(3, 'c'), NEW_CONTENT);
      });
      expect(store.appended.map((update) => notesIn([update]))).toEqual([['a', 'b', 'c']]);
      await settle();
      for (const member of [alice, bob, carol]) {
        expect(relayedUpdates(member).map((update) => notesIn([update]))).toEqual([['a', 'b', 'c']]);
      }
    });

    it('does not send a lone sender its own batch back', async () => {
      const [alice, bob] = [recorder(), recorder()];
      const doc = await docWith(alice, bob);
      doc.applyBatch(() => {
        doc.apply(alice, edit(1, 'a'), NEW_CONTENT);
        doc.apply(alice, edit(2, 'b'), NEW_CONTENT);
      });
      await settle();
      expect(relayedUpdates(alice)).toEqual([]);
      expect(notesIn(relayedUpdates(bob))).toEqual(['a', 'b']);
    });

    it("counts the batch's earlier updates against the size limit before they are stored", async () => {
      const alice = recorder();
      const doc = await SyncedDoc.load('board', {
        store: createMemoryStore(),
        logger: silentLogger,
        compactAfterEntries: 1_000,
        maxDocBytes: edit(1, 'a').length + edit(2, 'b').length + 4,
      });
      doc.join(alice);
      const outcomes: string[] = [];
      doc.applyBatch(() => {
        for (const [client, key] of [
          [1, 'a'],
          [2, 'b'],
          [3, 'c'],
        ] as const) {
          try {
            doc.apply(alice, edit(client, key), NEW_CONTENT);
            outcomes.push(`${key} applied`);
          } catch (error) {
            outcomes.push(`${key} ${(error as { code?: string }).code}`);
          }
        }
      });
      expect(outcomes).toEqual(['a applied', 'b applied', 'c board-full']);
    });

    it('stores and relays the bytes a batch applied as they are, when they are exactly its change', async () => {
      const store = countingStore();
      const [alice, bob] = [recorder(), recorder()];
      const doc = await docOn(store, alice, bob);
      const update = edit(1, 'a');
      doc.applyBatch(() => doc.apply(alice, update, NEW_CONTENT));
      // The very bytes the client sent: Yjs did not encode the change again.
      expect(store.appended).toEqual([update]);
      expect(store.appended[0]).toBe(update);
      await settle();
      expect(relayedUpdates(bob)).toEqual([update]);
    });

    it('stores what Yjs made of a batch that repeats deletions: only the new ones', async () => {
      const store = countingStore();
      const [alice, bob] = [recorder(), recorder()];
      const doc = await docOn(store, alice, bob);
      const client = new Y.Doc();
      client.clientID = 7;
      const title = client.getMap('meta');
      const send = async (update: Uint8Array, repeatsDeletions: boolean) => {
        doc.applyBatch(() => doc.apply(alice, update, { changesContent: true, repeatsDeletions }));
        await settle();
      };
      title.set('title', 'one'); // clock 0
      await send(Y.encodeStateAsUpdate(client), false);
      title.set('title', 'two'); // clock 1, deletes clock 0
      await send(Y.encodeStateAsUpdate(client, Y.encodeStateVector(doc.doc)), false);
      title.set('title', 'three'); // clock 2, deletes clock 1
      // A reconnecting client's sync message: what the relay lacks, and the client's whole delete set (clocks 0-1),
      // of which the relay already deleted clock 0.
      const sync = Y.encodeStateAsUpdate(client, Y.encodeStateVector(doc.doc));
      expect(deletedRanges(sync)).toEqual([[7, 0, 2]]);
      await send(sync, true);
      expect(store.appended).toHaveLength(3);
      expect(deletedRanges(store.appended[2]!)).toEqual([[7, 1, 1]]);
      expect(relayedUpdates(bob)).toHaveLength(3);
      expect(deletedRanges(relayedUpdates(bob)[2]!)).toEqual([[7, 1, 1]]);
      expect(doc.doc.getMap('meta').get('title')).toBe('three');
    });

    it("stores a change an observer makes while a batch's transaction is cleaned up", async () => {
      const store = countingStore();
      const [alice, bob] = [recorder(), recorder()];
      const doc = await docOn(store, alice, bob);
      const notes = doc.doc.getMap('notes');
      notes.observe((event) => {
        if (event.keysChanged.has('a')) void doc.transactAsRelay(() => notes.set('seen', 'SEEN'));
      });
      doc.applyBatch(() => doc.apply(alice, edit(1, 'a'), NEW_CONTENT));
      expect(store.appended.map((update) => notesIn([update]))).toEqual([['a'], ['seen']]);
      await settle();
      expect(notesIn(relayedUpdates(bob))).toEqual(['a', 'seen']);
    });

    it('stores nothing for a batch that changed nothing, and every change after it', async () => {
      const store = countingStore();
      const [alice, bob] = [recorder(), recorder()];
      const doc = await docOn(store, alice, bob);
      const emptySyncStep2 = Y.encodeStateAsUpdate(new Y.Doc());
      doc.applyBatch(() => doc.apply(alice, emptySyncStep2, { changesContent: false, repeatsDeletions: false }));
      expect(store.appended).toEqual([]);
      doc.applyBatch(() => doc.apply(alice, edit(1, 'a'), NEW_CONTENT));
      await doc.transactAsRelay(() => doc.doc.getMap('notes').set('r', 'R'));
      expect(store.appended.map((update) => notesIn([update]))).toEqual([['a'], ['r']]);
      await settle();
      expect(notesIn(relayedUpdates(bob))).toEqual(['a', 'r']);
    });

    it('closes every sender of a batch the store could not save, so each sends its part again', async () => {
      const store = createMemoryStore();
      const closed: string[] = [];
      const member = (name: string) =>
        Object.assign(recorder(), {
          id: name,
          close: (_code: number, reason: string) => closed.push(`${name} ${reason}`),
        });
      const [alice, bob, carol] = [member('alice'), member('bob'), member('carol')];
      const doc = await docOn({ ...store, append: () => Promise.reject(new Error('disk full')) }, alice, bob, carol);
      doc.applyBatch(() => {
        doc.apply(alice, edit(1, 'a'), NEW_CONTENT);
        doc.apply(bob, edit(2, 'b'), NEW_CONTENT);
      });
      await settle();
      expect(closed.sort()).toEqual(['alice save-failed', 'bob save-failed']);
      expect(relayedUpdates(carol)).toEqual([]);
    });
  });
});

describe('SyncedDoc compaction', () => {
  /** A memory store that counts its compactions. */
  function countingStore(): DocStore & { compactions: number } {
    const store = createMemoryStore();
    const counting = {
      ...store,
      compactions: 0,
      compact(docName: string, snapshot: Uint8Array) {
        counting.compactions++;
        return store.compact(docName, snapshot);
      },
    };
    return counting;
  }

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  /** Applies edits `from`..`to` (note keys n<i>) in turns of their own, `gapMs` apart. */
  async function editEach(doc: SyncedDoc, from: number, to: number, gapMs = 0): Promise<void> {
    const alice = recorder();
    for (let i = from; i <= to; i++) {
      doc.apply(alice, edit(i, `n${i}`), NEW_CONTENT);
      await settle();
      if (gapMs > 0) await sleep(gapMs);
    }
  }

  async function storedNotes(store: DocStore): Promise<string[]> {
    const stored = await store.load('board');
    return stored ? notesIn([stored.update]) : [];
  }

  it('waits until nothing has been stored for the quiet period before compacting a document that is due', async () => {
    const store = countingStore();
    const doc = await docWithOptions({ store, compactAfterEntries: 3, compactWhenQuietMs: 250 });
    await editEach(doc, 1, 6, 10); // due after the third, never 250 ms quiet while editing
    expect(store.compactions).toBe(0);
    await sleep(500);
    expect(store.compactions).toBe(1);
    expect((await store.load('board'))?.entries).toBe(1);
    expect(await storedNotes(store)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
  });

  it('compacts a document that never goes quiet once its log is eight times the threshold', async () => {
    const store = countingStore();
    const doc = await docWithOptions({ store, compactAfterEntries: 2, compactWhenQuietMs: 60_000 });
    await editEach(doc, 1, 15);
    expect(store.compactions).toBe(0);
    await editEach(doc, 16, 16);
    expect(store.compactions).toBe(1);
    expect(await storedNotes(store)).toHaveLength(16);
    doc.discard(); // no timer left behind
  });

  it('compacts as soon as it is due without a quiet period (0)', async () => {
    const store = countingStore();
    const doc = await docWithOptions({ store, compactAfterEntries: 3, compactWhenQuietMs: 0 });
    await editEach(doc, 1, 2);
    expect(store.compactions).toBe(0);
    await editEach(doc, 3, 3);
    expect(store.compactions).toBe(1);
  });

  it('does not compact an erased document when its quiet period ends', async () => {
    const store = countingStore();
    const doc = await docWithOptions({ store, compactAfterEntries: 2, compactWhenQuietMs: 30 });
    await editEach(doc, 1, 3);
    doc.discard();
    await sleep(80);
    expect(store.compactions).toBe(0);
  });
});
