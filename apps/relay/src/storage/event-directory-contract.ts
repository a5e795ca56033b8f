import { afterEach, describe, expect, it } from 'vitest';
import {
  BoardInEventError,
  EventExistsError,
  eventEpochOf,
  UnknownEventError,
  type EventDirectory,
} from './event-directory';

/**
 * Behaviour every EventDirectory must have, written once and run against each implementation (memory, SQLite,
 * PostgreSQL). Not a test file itself: each adapter's `*.test.ts` calls `describeEventDirectoryContract`.
 */
export function describeEventDirectoryContract(name: string, open: () => EventDirectory): void {
  describe(`event directory (${name})`, () => {
    const opened: EventDirectory[] = [];
    afterEach(async () => {
      for (const d of opened.splice(0)) await d.close();
    });
    const directory = () => {
      const d = open();
      opened.push(d);
      return d;
    };
    const sprint = { id: 'e1', title: 'SOLVE 2018', language: 'fr', boards: ['cyber', 'wildlife', 'cve'] } as const;

    it('creates an event with its boards in order, reads it back, and refuses a taken id', async () => {
      const d = directory();
      expect(await d.get('e1')).toBeNull();
      const expected = {
        id: 'e1',
        title: 'SOLVE 2018',
        language: 'fr',
        organiserEpoch: 0,
        dropInEpoch: 0,
        createdAt: 42,
        codeKey: null,
        codeSalt: 0,
        boards: ['cyber', 'wildlife', 'cve'],
      };
      expect(await d.create(sprint, 42)).toEqual(expected);
      expect(await d.get('e1')).toEqual(expected);
      await expect(d.create({ ...sprint, boards: ['other'] })).rejects.toBeInstanceOf(EventExistsError);
      expect((await d.get('e1'))?.boards).toEqual(['cyber', 'wildlife', 'cve']);
      expect(await d.create({ id: 'empty', title: '', language: 'en', boards: [] }, 7)).toMatchObject({ boards: [] });
    });

    it('adds boards at the end; a board belongs to one event only, and a refused event leaves nothing', async () => {
      const d = directory();
      await d.create(sprint);
      expect((await d.addBoard('e1', 'late')).boards).toEqual(['cyber', 'wildlife', 'cve', 'late']);
      expect((await d.get('e1'))?.boards).toEqual(['cyber', 'wildlife', 'cve', 'late']);
      await expect(d.addBoard('nope', 'b')).rejects.toBeInstanceOf(UnknownEventError);
      await expect(d.addBoard('e1', 'late')).rejects.toBeInstanceOf(BoardInEventError);
      await expect(
        d.create({ id: 'e2', title: 'x', language: 'en', boards: ['fresh', 'cyber'] }),
      ).rejects.toBeInstanceOf(BoardInEventError);
      expect(await d.get('e2')).toBeNull();
      // "fresh" was not kept either: it can still join another event.
      await d.create({ id: 'e3', title: 'y', language: 'en', boards: ['fresh'] });
      expect((await d.get('e3'))?.boards).toEqual(['fresh']);
    });

    it('replaces each capability on its own', async () => {
      const d = directory();
      await d.create(sprint);
      const organiser = await d.rotateLink('e1', 'organiser');
      expect([eventEpochOf(organiser, 'organiser'), eventEpochOf(organiser, 'drop-in')]).toEqual([1, 0]);
      const dropIn = await d.rotateLink('e1', 'drop-in');
      expect([dropIn.organiserEpoch, dropIn.dropInEpoch]).toEqual([1, 1]);
      expect(await d.get('e1')).toEqual(dropIn);
      await expect(d.rotateLink('nope', 'organiser')).rejects.toBeInstanceOf(UnknownEventError);
    });

    it("keeps each event's drop-in code key unique, finds the event by it, and forgets it with the event", async () => {
      const d = directory();
      await d.create(sprint);
      await d.create({ id: 'e2', title: 'Other', language: 'en', boards: ['b2'] });
      expect(await d.findByCodeKey('key-1')).toBeNull();
      expect(await d.setCodeKey('e1', 'key-1', 0)).toBe(true);
      expect(await d.setCodeKey('e1', 'key-1', 0)).toBe(true);
      expect(await d.findByCodeKey('key-1')).toMatchObject({ id: 'e1', codeKey: 'key-1', boards: sprint.boards });
      expect(await d.setCodeKey('e2', 'key-1', 0)).toBe(false);
      expect(await d.get('e2')).toMatchObject({ codeKey: null, codeSalt: 0 });
      expect(await d.setCodeKey('e2', 'key-2', 3)).toBe(true);
      expect(await d.findByCodeKey('key-2')).toMatchObject({ id: 'e2', codeSalt: 3 });
      await expect(d.setCodeKey('nope', 'key-3', 0)).rejects.toBeInstanceOf(UnknownEventError);

      expect(await d.remove('e1')).toBe(true);
      expect(await d.remove('e1')).toBe(false);
      expect(await d.get('e1')).toBeNull();
      expect(await d.findByCodeKey('key-1')).toBeNull();
      // Its boards are free again, and so is its key.
      expect((await d.addBoard('e2', 'cyber')).boards).toEqual(['b2', 'cyber']);
      expect(await d.setCodeKey('e2', 'key-1', 0)).toBe(true);
    });
  });
}
