import { afterEach, describe, expect, it } from 'vitest';
import { BoardExistsError, epochOf, UnknownBoardError, type BoardDirectory, type BoardRecord } from './board-directory';

/**
 * Behaviour every BoardDirectory must have, written once and run against each implementation (memory, SQLite,
 * PostgreSQL). Not a test file itself: each adapter's `*.test.ts` calls `describeBoardDirectoryContract`.
 */

/** The record of a board just created at `at`. */
export const freshBoardRecord = (id: string, at: number): BoardRecord => ({
  id,
  participantEpoch: 0,
  facilitatorEpoch: 0,
  projectorEpoch: 0,
  createdAt: at,
  touchedAt: at,
  joinKey: null,
  joinSalt: 0,
});

/** Registers the shared BoardDirectory tests; `open` must return a fresh, empty directory each time. */
export function describeBoardDirectoryContract(name: string, open: () => BoardDirectory): void {
  describe(`board directory (${name})`, () => {
    const opened: BoardDirectory[] = [];
    afterEach(async () => {
      for (const d of opened.splice(0)) await d.close();
    });
    const directory = () => {
      const d = open();
      opened.push(d);
      return d;
    };

    it('creates, reads and refuses duplicates', async () => {
      const d = directory();
      expect(await d.get('b1')).toBeNull();
      expect(await d.create('b1', 42)).toEqual(freshBoardRecord('b1', 42));
      expect(await d.get('b1')).toEqual(freshBoardRecord('b1', 42));
      await expect(d.create('b1')).rejects.toBeInstanceOf(BoardExistsError);
    });

    it("replaces each role's link on its own", async () => {
      const d = directory();
      await d.create('b1');
      expect((await d.rotateLink('b1', 'participant')).participantEpoch).toBe(1);
      expect((await d.rotateLink('b1', 'participant')).participantEpoch).toBe(2);
      const afterProjector = await d.rotateLink('b1', 'projector');
      expect(afterProjector).toMatchObject({ participantEpoch: 2, projectorEpoch: 1, facilitatorEpoch: 0 });
      const record = await d.rotateLink('b1', 'facilitator');
      expect([epochOf(record, 'facilitator'), epochOf(record, 'participant'), epochOf(record, 'projector')]).toEqual([
        1, 2, 1,
      ]);
      expect(await d.get('b1')).toEqual(record);
      await expect(d.rotateLink('nope', 'projector')).rejects.toBeInstanceOf(UnknownBoardError);
    });

    it("keeps each board's join key unique, finds the board by it, and forgets it with the board", async () => {
      const d = directory();
      await d.create('b1');
      await d.create('b2');
      expect(await d.findByJoinKey('key-1')).toBeNull();
      expect(await d.setJoinKey('b1', 'key-1', 0)).toBe(true);
      expect(await d.findByJoinKey('key-1')).toMatchObject({ id: 'b1', joinKey: 'key-1', joinSalt: 0 });
      expect(await d.get('b1')).toMatchObject({ joinKey: 'key-1', joinSalt: 0 });
      // Setting the key a board already holds is no conflict (two requests may register it at once).
      expect(await d.setJoinKey('b1', 'key-1', 0)).toBe(true);

      // Another board cannot take it, and nothing about that board changes.
      expect(await d.setJoinKey('b2', 'key-1', 0)).toBe(false);
      expect(await d.get('b2')).toMatchObject({ joinKey: null, joinSalt: 0 });
      expect(await d.setJoinKey('b2', 'key-2', 1)).toBe(true);
      expect(await d.findByJoinKey('key-2')).toMatchObject({ id: 'b2', joinSalt: 1 });

      // A new key replaces the old one, which then finds nothing and is free for others.
      expect(await d.setJoinKey('b1', 'key-3', 0)).toBe(true);
      expect(await d.findByJoinKey('key-1')).toBeNull();
      expect((await d.findByJoinKey('key-3'))?.id).toBe('b1');
      expect(await d.setJoinKey('b2', 'key-1', 0)).toBe(true);

      // Link epochs live beside the key, untouched by it.
      expect(await d.rotateLink('b1', 'participant')).toMatchObject({ participantEpoch: 1, joinKey: 'key-3' });

      expect(await d.remove('b1')).toBe(true);
      expect(await d.findByJoinKey('key-3')).toBeNull();
      expect(await d.setJoinKey('b2', 'key-3', 0)).toBe(true);
      await expect(d.setJoinKey('b1', 'key-4', 0)).rejects.toBeInstanceOf(UnknownBoardError);
    });

    it('finds boards by when they were last used, and touching never brings a removed board back', async () => {
      const d = directory();
      await d.create('old', 1_000);
      await d.create('used', 1_000);
      await d.create('new', 5_000);
      await d.touch('used', 6_000);
      expect((await d.untouchedSince(2_000)).sort()).toEqual(['old']);
      expect((await d.untouchedSince(7_000)).sort()).toEqual(['new', 'old', 'used']);

      expect(await d.remove('old')).toBe(true);
      expect(await d.remove('old')).toBe(false);
      await d.touch('old', 9_000);
      expect(await d.get('old')).toBeNull();
      expect((await d.untouchedSince(10_000)).sort()).toEqual(['new', 'used']);
    });
  });
}
