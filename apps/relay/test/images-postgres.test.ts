import { createId } from '@notevote/board';
import { describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/capabilities';
import { concatBytes } from '../src/images/bytes';
import { contains, exifBlock, JPEG, jpegMetadata } from '../src/images/test-fixtures';
import { openPostgresDirectory } from '../src/storage/postgres-directory';
import { freshSchemaName, scratchSchemas, TEST_DATABASE_URL } from '../src/storage/postgres-test-support';
import { deferCleanups, spawnRelay, tempDir } from './helpers';

const cleanups = deferCleanups();
const schemas = scratchSchemas();

const SECRET = 'images-test-secret-shared-by-both-relays-0123456789';

/** A 1×1 JPEG with a GPS position in its EXIF. */
const exif = exifBlock(3);
const photo = concatBytes([
  JPEG.soi,
  jpegMetadata(exif).exif,
  JPEG.dqt,
  JPEG.sof,
  JPEG.dhtDc,
  JPEG.dhtAc,
  JPEG.sos,
  JPEG.scan,
  JPEG.eoi,
]);

describe('images with DATABASE_URL (the real server, two instances)', () => {
  it('are served by every instance, and erased through any of them', async () => {
    const schema = freshSchemaName();
    const database = schemas.open(schema);
    const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, NOTEVOTE_SECRET: SECRET };
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const [one, two] = await Promise.all([spawnRelay(dir, 0, env), spawnRelay(dir, 0, env)]);
    for (const relay of [one!, two!])
      cleanups.push(
        () => relay.child.kill('SIGKILL'),
        () => relay.closeDirectory(),
      );
    const directory = openPostgresDirectory({ database });
    const { id: boardId } = await directory.create(createId(12));
    const secret = Buffer.from(SECRET, 'utf8');
    const bearer = (role: 'facilitator' | 'participant' | 'projector') => ({
      authorization: `Bearer ${issueToken(secret, boardId, role, 0)}`,
    });

    const uploaded = await fetch(`${one!.httpUrl}/api/boards/${boardId}/images`, {
      method: 'POST',
      headers: { ...bearer('participant'), 'content-type': 'image/jpeg' },
      body: Buffer.from(photo),
    });
    expect(uploaded.status).toBe(201);
    const { ref, orientation } = (await uploaded.json()) as { ref: string; orientation: number };
    expect(orientation).toBe(3);

    const served = await fetch(`${two!.httpUrl}/api/boards/${boardId}/images/${ref}`, { headers: bearer('projector') });
    expect(served.status).toBe(200);
    expect(served.headers.get('notevote-image-orientation')).toBe('3');
    const bytes = new Uint8Array(await served.arrayBuffer());
    expect(contains(bytes, JPEG.sof)).toBe(true);
    expect(contains(bytes, exif.gpsIfd)).toBe(false);
    const count = async (table: 'images' | 'board_images') =>
      (await database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${database.table(table)}`)).rows[0]!.n;
    expect(await count('images')).toBe(1);

    const erased = await fetch(`${two!.httpUrl}/api/boards/${boardId}`, {
      method: 'DELETE',
      headers: bearer('facilitator'),
    });
    expect(erased.status).toBe(204);
    const gone = await fetch(`${one!.httpUrl}/api/boards/${boardId}/images/${ref}`, { headers: bearer('projector') });
    expect(gone.status).toBe(404);
    expect(await count('board_images')).toBe(0);
    expect(await count('images')).toBe(0);
    await directory.close();
  });
});
