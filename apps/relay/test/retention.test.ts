import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, readNotes } from '@notevote/board';
import { openSqliteDirectory } from '../src/storage/sqlite-directory';
import { openSqliteStore } from '../src/storage/sqlite-store';
import { filesContaining } from '../src/storage/sqlite-test-support';
import { createMemoryStore } from '../src/storage/memory-store';
import {
  connectClient,
  deferCleanups,
  deviceKey,
  spawnRelay,
  startRelayClosedAfter,
  synced,
  tempDir,
  waitFor,
} from './helpers';

const cleanups = deferCleanups();

const DAY_MS = 86_400_000;

/** A Yjs update holding one note with `text`. */
function noteUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  createNote(doc, { x: 0, y: 0, text }, { authorId: 'someone' });
  return Y.encodeStateAsUpdate(doc);
}

describe('BOARD_RETENTION_DAYS', () => {
  it('erases boards unused that long when the relay starts, keeps the others, and logs only counts', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const staleText = `stale ${randomBytes(12).toString('hex')}`;
    const freshText = `fresh ${randomBytes(12).toString('hex')}`;
    // Written before the relay starts, as an earlier run of it would have.
    const dbPath = path.join(dir, 'notevote.db');
    const store = openSqliteStore({ path: dbPath });
    const directory = openSqliteDirectory({ path: dbPath });
    await directory.create('stale-board', Date.now() - 40 * DAY_MS);
    await store.append('stale-board', noteUpdate(staleText));
    await store.append('stale-board/someone', noteUpdate(`${staleText} (private)`));
    await directory.create('fresh-board', Date.now() - 10 * DAY_MS);
    await store.append('fresh-board', noteUpdate(freshText));
    await directory.close();
    await store.close();

    const relay = await spawnRelay(dir, 0, { BOARD_RETENTION_DAYS: '30', LOG_LEVEL: 'info' });
    cleanups.push(
      () => relay.child.kill('SIGKILL'),
      () => relay.closeDirectory(),
    );
    await waitFor(() => relay.output().includes('retention: erased'), 'the first sweep', 10_000);
    expect(filesContaining(dir, staleText)).toEqual([]);
    const logged = relay.output();
    expect(logged).toMatch(/"erased":1,"kept":0,"failed":0/);
    expect(logged).not.toContain('stale-board');
    expect(logged).not.toContain(staleText);

    const fresh = connectClient(relay.wsUrl, 'fresh-board', await relay.access('fresh-board'));
    cleanups.push(() => fresh.destroy());
    await synced(fresh);
    expect(readNotes(fresh.doc).map((note) => note.text)).toEqual([freshText]);
  });

  it('never erases a board in use, and counts its use from when it was last loaded or unloaded', async () => {
    const store = createMemoryStore();
    const r = await startRelayClosedAfter(cleanups, { boardRetentionDays: 30, unloadDelayMs: 0 }, store);
    const boardId = 'in-use';
    const provider = connectClient(r.wsUrl, boardId, await r.access(boardId, 'participant', deviceKey()));
    cleanups.push(() => provider.destroy());
    await synced(provider);
    createNote(provider.doc, { x: 0, y: 0, text: 'still being written' }, { authorId: 'someone' });
    await waitFor(() => r.app.rooms.peek(boardId) !== undefined, 'the board to load');
    const monthAgo = Date.now() - 31 * DAY_MS;
    await r.directory.touch(boardId, monthAgo);

    expect(await r.app.retention!.sweep()).toEqual({ erased: 0, kept: 1, failed: 0 });
    expect(await r.directory.get(boardId)).not.toBeNull();

    // Unloading touches it: a board just used is not old, whenever it was created.
    provider.destroy();
    await waitFor(() => r.app.rooms.peek(boardId) === undefined, 'the board to unload');
    await expect.poll(async () => (await r.directory.get(boardId))!.touchedAt).toBeGreaterThan(monthAgo);
    expect(await r.app.retention!.sweep()).toEqual({ erased: 0, kept: 0, failed: 0 });

    await r.directory.touch(boardId, monthAgo);
    expect(await r.app.retention!.sweep()).toEqual({ erased: 1, kept: 0, failed: 0 });
    expect(await r.directory.get(boardId)).toBeNull();
    expect(await store.listDocs(boardId)).toEqual([]);
  });
});
