import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { IMAGE_REF_PATTERN } from '@notevote/board';
import type { ImageStore, ImageToStore } from './image-store';

/**
 * Behaviour every ImageStore must have, written once and run against each adapter (memory, SQLite, PostgreSQL). Not
 * a test file itself: each adapter's `*.test.ts` calls `describeImageStoreContract`.
 */

/** A cleaned image as the sanitizer would hand it over: `size` random bytes (incompressible) and their SHA-256. */
export function cleanedImage(size = 64, overrides: Partial<ImageToStore> = {}): ImageToStore {
  const bytes = new Uint8Array(randomBytes(size));
  return {
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    type: 'png',
    width: 3,
    height: 2,
    orientation: 1,
    ...overrides,
  };
}

/** Registers the shared ImageStore tests; `open` must return a fresh, empty store each time. */
export function describeImageStoreContract(name: string, open: () => ImageStore): void {
  describe(`image store (${name})`, () => {
    const opened: ImageStore[] = [];
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });
    const store = () => {
      const s = open();
      opened.push(s);
      return s;
    };

    it('gives back what was stored, under a fresh random ref of the IMAGE_REF_PATTERN alphabet', async () => {
      const s = store();
      const image = cleanedImage(100, { type: 'jpeg', width: 40, height: 30, orientation: 6 });
      const stored = await s.put('board-a', image);
      expect(stored).toEqual({
        ref: stored.ref,
        sha256: image.sha256,
        type: 'jpeg',
        width: 40,
        height: 30,
        orientation: 6,
      });
      expect(stored.ref).toMatch(IMAGE_REF_PATTERN);
      const read = await s.get('board-a', stored.ref);
      expect(read).toEqual({ ...stored, bytes: expect.anything() });
      expect(Buffer.from(read!.bytes).equals(Buffer.from(image.bytes))).toBe(true);
      // The same image added again is a second reference, never the same capability.
      const again = await s.put('board-a', image);
      expect(again.ref).not.toBe(stored.ref);
      expect(await s.references(image.sha256)).toBe(2);
    });

    it('stores the same image on two boards once, with each upload keeping its own orientation', async () => {
      const s = store();
      const image = cleanedImage();
      const onA = await s.put('board-a', image);
      const onB = await s.put('board-b', { ...image, orientation: 8 });
      expect(await s.references(image.sha256)).toBe(2);
      expect(await s.holds(image.sha256)).toBe(true);
      expect((await s.get('board-a', onA.ref))?.orientation).toBe(1);
      expect((await s.get('board-b', onB.ref))?.orientation).toBe(8);
      expect((await s.boardsWithImages()).sort()).toEqual(['board-a', 'board-b']);
    });

    it("does not open one board's ref on another board, nor an unknown ref", async () => {
      const s = store();
      const image = cleanedImage();
      const onA = await s.put('board-a', image);
      await s.put('board-b', image);
      expect(await s.get('board-b', onA.ref)).toBeNull();
      expect(await s.get('board-c', onA.ref)).toBeNull();
      expect(await s.get('board-a', 'AAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    });

    it('keeps an image another board still uses when one board is erased, and removes its bytes with the last', async () => {
      const s = store();
      const shared = cleanedImage();
      const onlyA = cleanedImage();
      const onA = await s.put('board-a', shared);
      await s.put('board-a', onlyA);
      const onB = await s.put('board-b', shared);

      expect(await s.eraseBoard('board-a')).toEqual({ references: 2, images: 1 });
      expect(await s.get('board-a', onA.ref)).toBeNull();
      expect(await s.holds(onlyA.sha256)).toBe(false);
      expect(await s.holds(shared.sha256)).toBe(true);
      expect(await s.references(shared.sha256)).toBe(1);
      expect(Buffer.from((await s.get('board-b', onB.ref))!.bytes).equals(Buffer.from(shared.bytes))).toBe(true);

      expect(await s.eraseBoard('board-b')).toEqual({ references: 1, images: 1 });
      expect(await s.holds(shared.sha256)).toBe(false);
      expect(await s.references(shared.sha256)).toBe(0);
      expect(await s.boardsWithImages()).toEqual([]);
      // Erasing again, or a board that never had images, finds nothing.
      expect(await s.eraseBoard('board-b')).toEqual({ references: 0, images: 0 });
    });

    it('stores an image again after the last board using it was erased', async () => {
      const s = store();
      const image = cleanedImage();
      await s.put('board-a', image);
      await s.eraseBoard('board-a');
      const back = await s.put('board-b', image);
      expect(await s.holds(image.sha256)).toBe(true);
      expect(Buffer.from((await s.get('board-b', back.ref))!.bytes).equals(Buffer.from(image.bytes))).toBe(true);
    });

    it('keeps its own copy of the bytes it was given', async () => {
      const s = store();
      const image = cleanedImage();
      const original = Buffer.from(image.bytes);
      const { ref } = await s.put('board-a', image);
      image.bytes.fill(0);
      expect(Buffer.from((await s.get('board-a', ref))!.bytes).equals(original)).toBe(true);
    });

    it('refuses to work once closed', async () => {
      const s = store();
      await s.close();
      await expect(s.put('board-a', cleanedImage())).rejects.toThrow(/closed/);
      await expect(s.get('board-a', 'AAAAAAAAAAAAAAAAAAAAAA')).rejects.toThrow(/closed/);
      await s.close();
    });
  });
}
