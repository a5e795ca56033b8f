import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanedImage, describeImageStoreContract } from './image-store-contract';
import { createMemoryImageStore } from './image-store';
import { openSqliteDirectory } from './sqlite-directory';
import { openSqliteImageStore } from './sqlite-image-store';
import { openSqliteThreadStore } from './sqlite-thread-store';
import { scratchDatabases } from './sqlite-test-support';

const databases = scratchDatabases('notevote-images-');

describeImageStoreContract('memory', createMemoryImageStore);
describeImageStoreContract('sqlite', () => openSqliteImageStore({ path: databases.freshPath() }));

/**
 * Slices of `bytes` short enough that at least some lie within one page of the database (a large image spans
 * overflow pages, each with a header of its own): the search finds an image by any of them.
 */
const probesOf = (bytes: Uint8Array): Buffer[] =>
  Array.from({ length: 40 }, (_, i) => Buffer.from(bytes.subarray(i * 500, i * 500 + 24)));

/** Files in `dir` holding any probe, e.g. `['boards.sqlite-wal']`. */
function filesHolding(dir: string, probes: readonly Buffer[]): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => {
      const content = fs.readFileSync(path.join(dir, name));
      return probes.some((probe) => content.includes(probe));
    })
    .sort();
}

describe('sqlite image store', () => {
  it("shares the boards' database file, and an erased image's bytes leave every file of it", async () => {
    const file = databases.freshPath();
    // The relay's three connections to one file: documents (on the storage thread), directory, images.
    const documents = openSqliteThreadStore({ path: file });
    await documents.ready;
    const directory = openSqliteDirectory({ path: file });
    const images = openSqliteImageStore({ path: file });
    try {
      await directory.create('board-a');
      const erased = cleanedImage(20_000);
      const kept = cleanedImage(20_000);
      await images.put('board-a', erased);
      const onB = await images.put('board-b', kept);
      const dir = path.dirname(file);
      // Positive control: the bytes are on disk where the search looks.
      expect(filesHolding(dir, probesOf(erased.bytes))).not.toEqual([]);

      await images.eraseBoard('board-a');
      expect(filesHolding(dir, probesOf(erased.bytes))).toEqual([]);
      expect(filesHolding(dir, probesOf(kept.bytes))).not.toEqual([]);
      expect((await images.get('board-b', onB.ref))?.sha256).toBe(kept.sha256);
      expect(await directory.get('board-a')).not.toBeNull();
    } finally {
      await images.close();
      await directory.close();
      await documents.close();
    }
  });

  it('keeps images across a restart', async () => {
    const file = databases.freshPath();
    const first = openSqliteImageStore({ path: file });
    const image = cleanedImage();
    const { ref } = await first.put('board-a', image, 1_000);
    await first.close();
    const again = openSqliteImageStore({ path: file });
    try {
      expect((await again.get('board-a', ref))?.sha256).toBe(image.sha256);
    } finally {
      await again.close();
    }
  });
});
