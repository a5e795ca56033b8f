import { describe, expect, it } from 'vitest';
import { cleanedImage, describeImageStoreContract } from './image-store-contract';
import { openStorage } from './open-storage';
import { openPostgresImageStore } from './postgres-image-store';
import { freshSchemaName, scratchSchemas, TEST_DATABASE_URL } from './postgres-test-support';

const schemas = scratchSchemas();

describeImageStoreContract('postgres', () => openPostgresImageStore({ database: schemas.open() }));

describe('postgres image store', () => {
  it('is one store for every instance: an image added through one is served, and erased, through another', async () => {
    const database = schemas.open();
    const one = openPostgresImageStore({ database });
    const two = openPostgresImageStore({ database: schemas.open(database.schema) });
    const image = cleanedImage();
    const { ref } = await one.put('board-a', image);
    expect((await two.get('board-a', ref))?.sha256).toBe(image.sha256);
    await two.eraseBoard('board-a');
    expect(await one.get('board-a', ref)).toBeNull();
    expect(await one.holds(image.sha256)).toBe(false);
  });

  it('keeps an image that one instance adds to a board while another erases the last board using it', async () => {
    const database = schemas.open();
    const adding = openPostgresImageStore({ database });
    const erasing = openPostgresImageStore({ database: schemas.open(database.schema) });
    for (let round = 0; round < 20; round++) {
      const image = cleanedImage();
      await erasing.put(`old-${round}`, image);
      const [added] = await Promise.all([adding.put(`new-${round}`, image), erasing.eraseBoard(`old-${round}`)]);
      // Whichever ran first, the new board's reference must open its image.
      expect((await adding.get(`new-${round}`, added.ref))?.sha256, `round ${round}`).toBe(image.sha256);
    }
  });

  it("removes an erased image's bytes from the table files, and keeps another board's", async () => {
    const database = schemas.open();
    const store = openPostgresImageStore({ database });
    // Large random images: PostgreSQL keeps them out of line, in the TOAST table, in chunks of about 2 kB.
    const erased = cleanedImage(20_000);
    const kept = cleanedImage(20_000);
    await store.put('board-b', kept);
    await store.put('board-a', erased);
    await store.put('board-c', kept);

    const admin = schemas.admin();
    const probesOf = (bytes: Uint8Array) =>
      Array.from({ length: 40 }, (_, i) => Buffer.from(bytes.subarray(i * 500, i * 500 + 24)));
    /** How many of the probes some file of the image table (or its TOAST table) holds. */
    const probesFound = async (bytes: Uint8Array): Promise<number> => {
      await admin.query('CHECKPOINT');
      const { rows } = await admin.query<{ found: number }>(
        `SELECT count(*)::int AS found
           FROM unnest($1::bytea[]) AS probe,
                (SELECT pg_read_binary_file(pg_relation_filepath(c.oid)) AS content FROM pg_class c
                  WHERE c.oid = $2::regclass OR c.oid = (SELECT reltoastrelid FROM pg_class WHERE oid = $2::regclass)) f
          WHERE position(probe IN f.content) > 0`,
        [probesOf(bytes), database.table('images')],
      );
      return rows[0]!.found;
    };
    expect(await probesFound(erased.bytes)).toBeGreaterThan(0);

    expect(await store.eraseBoard('board-a')).toEqual({ references: 1, images: 1 });
    expect(await probesFound(erased.bytes)).toBe(0);
    expect(await probesFound(kept.bytes)).toBeGreaterThan(0);
  });

  it('is what openStorage gives the relay with DATABASE_URL, so every instance serves every image', async () => {
    const schema = freshSchemaName();
    schemas.dropAfterTest(schema);
    const config = {
      dataDir: '/nonexistent',
      databaseUrl: TEST_DATABASE_URL,
      databaseSchema: schema,
      groupCommitMs: 0,
    };
    const first = await openStorage(config, { NOTEVOTE_SECRET: 'a-secret-long-enough-for-the-test-0123456789' });
    const second = await openStorage(config, { NOTEVOTE_SECRET: 'a-secret-long-enough-for-the-test-0123456789' });
    try {
      const image = cleanedImage();
      const { ref } = await first.images.put('board-a', image);
      expect((await second.images.get('board-a', ref))?.sha256).toBe(image.sha256);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
