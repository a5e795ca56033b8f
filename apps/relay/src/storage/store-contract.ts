import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocStore, StoredDoc } from './types';

/**
 * Behaviour every DocStore must have, written once and run against each implementation so the
 * memory store used in tests cannot drift from the real ones. Not a test file itself: each
 * adapter's `*.test.ts` calls `describeDocStoreContract`.
 */

/** A Y.Doc that records every update it emits, like a client whose updates the relay persists. */
export function recordingDoc(): { doc: Y.Doc; map: Y.Map<unknown>; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, map: doc.getMap('notes'), updates };
}

/** What a fresh client would see after applying the stored document. */
export function contentOf(stored: StoredDoc | null): unknown {
  if (stored === null) throw new Error('expected a stored document, got null');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.update);
  return doc.getMap('notes').toJSON();
}

/** Registers the shared DocStore tests; `open` must return a fresh, empty store each time. */
export function describeDocStoreContract(name: string, open: () => DocStore): void {
  describe(`${name} (DocStore contract)`, () => {
    let store: DocStore;
    beforeEach(() => {
      store = open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('returns null for a document that was never stored', async () => {
      expect(await store.load('nope')).toBeNull();
    });

    it('loads what was appended, merged into one update', async () => {
      const w = recordingDoc();
      w.map.set('a', 1);
      w.map.set('b', { text: 'hi' });
      w.map.delete('a');
      for (const u of w.updates) await store.append('board', u);

      const stored = await store.load('board');
      expect(contentOf(stored)).toEqual(w.map.toJSON());
      expect(stored?.entries).toBe(3);
      expect(stored?.bytes).toBe(w.updates.reduce((n, u) => n + u.byteLength, 0));
    });

    it('sees appends that have not been awaited yet', async () => {
      const w = recordingDoc();
      w.map.set('a', 1);
      const pending = w.updates.map((u) => store.append('board', u));
      expect(contentOf(await store.load('board'))).toEqual({ a: 1 });
      await Promise.all(pending);
    });

    it('copies appended bytes, so a caller reusing its buffer cannot corrupt the log', async () => {
      const w = recordingDoc();
      w.map.set('a', 1);
      const buffer = w.updates[0]!.slice();
      const appended = store.append('board', buffer);
      buffer.fill(0);
      await appended;
      expect(contentOf(await store.load('board'))).toEqual({ a: 1 });
    });

    it('keeps documents isolated from each other', async () => {
      const a = recordingDoc();
      const b = recordingDoc();
      a.map.set('who', 'a');
      b.map.set('who', 'b');
      await Promise.all([
        ...a.updates.map((u) => store.append('board-a', u)),
        ...b.updates.map((u) => store.append('board-a/user-1', u)),
      ]);
      expect(contentOf(await store.load('board-a'))).toEqual({ who: 'a' });
      expect(contentOf(await store.load('board-a/user-1'))).toEqual({ who: 'b' });
      expect(await store.load('board-b')).toBeNull();
    });

    it('lists the documents whose names start with a prefix, including unawaited appends', async () => {
      const w = recordingDoc();
      w.map.set('a', 1);
      const [update] = w.updates;
      await store.append('board-a', update!);
      await store.append('board-a/user-1', update!);
      await store.append('board-a/user-1', update!);
      await store.append('board-ab/user-3', update!);
      await store.append('board-b/user-4', update!);
      const pending = store.append('board-a/user-2', update!);
      expect((await store.listDocs('board-a/')).sort()).toEqual(['board-a/user-1', 'board-a/user-2']);
      expect(await store.listDocs('board-c/')).toEqual([]);
      expect((await store.listDocs('')).length).toBe(5);
      await pending;
    });

    it('compacts to a single entry with the same content', async () => {
      const w = recordingDoc();
      for (let i = 0; i < 10; i++) w.map.set(`k${i}`, i);
      await Promise.all(w.updates.map((u) => store.append('board', u)));
      await store.append('other', w.updates[0]!);

      await store.compact('board', Y.encodeStateAsUpdate(w.doc));
      const stored = await store.load('board');
      expect(stored?.entries).toBe(1);
      expect(contentOf(stored)).toEqual(w.map.toJSON());
      expect((await store.load('other'))?.entries).toBe(1);
    });

    it('keeps updates appended after compact() was called, even before it resolves', async () => {
      const w = recordingDoc();
      w.map.set('before', 1);
      await store.append('board', w.updates[0]!);

      const snapshot = Y.encodeStateAsUpdate(w.doc);
      w.map.set('after', 2);
      const compacted = store.compact('board', snapshot);
      const appended = store.append('board', w.updates[1]!);
      await Promise.all([compacted, appended]);

      const stored = await store.load('board');
      expect(stored?.entries).toBe(2);
      expect(contentOf(stored)).toEqual({ before: 1, after: 2 });
    });

    it('compacts a document that had unawaited appends', async () => {
      const w = recordingDoc();
      w.map.set('a', 1);
      w.map.set('b', 2);
      const pending = w.updates.map((u) => store.append('board', u));
      await store.compact('board', Y.encodeStateAsUpdate(w.doc));
      await Promise.all(pending);
      const stored = await store.load('board');
      expect(stored?.entries).toBe(1);
      expect(contentOf(stored)).toEqual({ a: 1, b: 2 });
    });

    it('erases a board and its private documents, and nothing else', async () => {
      const w = recordingDoc();
      w.map.set('a', 1);
      const [update] = w.updates;
      for (const name of ['board-a', 'board-a/user-1', 'board-a/user-2', 'board-ab', 'board-ab/user-3', 'board-b']) {
        await store.append(name, update!);
      }
      await store.erase('board-a');
      expect(await store.load('board-a')).toBeNull();
      expect(await store.load('board-a/user-1')).toBeNull();
      expect(await store.listDocs('board-a/')).toEqual([]);
      expect((await store.listDocs('')).sort()).toEqual(['board-ab', 'board-ab/user-3', 'board-b']);
      expect(contentOf(await store.load('board-ab'))).toEqual({ a: 1 });
      // Erasing a board that is not stored is not an error.
      await store.erase('board-c');
    });

    it('erases appends and compactions issued before the call, even unawaited; the appends still resolve', async () => {
      const w = recordingDoc();
      for (let i = 0; i < 5; i++) w.map.set(`k${i}`, i);
      const early = w.updates.slice(0, 3).map((u) => store.append('board', u));
      const compacted = store.compact('board', Y.encodeStateAsUpdate(w.doc));
      const late = w.updates.slice(3).map((u) => store.append('board/user-1', u));
      await store.erase('board');
      await Promise.all([...early, compacted, ...late]);
      expect(await store.load('board')).toBeNull();
      expect(await store.listDocs('board')).toEqual([]);
    });

    it('starts a document afresh when something is appended after its erase', async () => {
      const w = recordingDoc();
      w.map.set('before', 1);
      w.map.set('after', 2);
      await store.append('board', w.updates[0]!);
      await store.erase('board');
      await store.append('board', w.updates[1]!);
      const stored = await store.load('board');
      expect(stored?.entries).toBe(1);
      expect(contentOf(stored)).not.toHaveProperty('before');
    });

    it('flush() resolves once pending appends are done', async () => {
      const w = recordingDoc();
      w.map.set('a', 1);
      let done = false;
      void store.append('board', w.updates[0]!).then(() => (done = true));
      await store.flush();
      await Promise.resolve(); // let the append's continuation run
      expect(done).toBe(true);
    });

    it('rejects every call after close() with a clear error, and close() is idempotent', async () => {
      await store.close();
      await store.close();
      const closedError = /DocStore is closed: cannot append .*"board".* after close\(\)/;
      await expect(store.append('board', new Uint8Array([0, 0]))).rejects.toThrow(closedError);
      await expect(store.load('board')).rejects.toThrow(/closed/);
      await expect(store.compact('board', new Uint8Array([0, 0]))).rejects.toThrow(/closed/);
      await expect(store.flush()).rejects.toThrow(/closed/);
      await expect(store.listDocs('board/')).rejects.toThrow(/closed/);
      await expect(store.erase('board')).rejects.toThrow(/closed/);
    });
  });
}
