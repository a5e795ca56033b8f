import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createId, IMAGE_REF_PATTERN } from '@notevote/board';
import { buildApp } from '../app';
import { issueToken, type Role } from '../auth/capabilities';
import { loadConfig, type RelayConfig } from '../config';
import { concatBytes } from '../images/bytes';
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE } from '../images/limits';
import { contains, exifBlock, JPEG, jpegMetadata, pngFile, pngParts } from '../images/test-fixtures';
import { createMemoryDirectory, type BoardDirectory } from '../storage/board-directory';
import { createMemoryImageStore, type ImageStore } from '../storage/image-store';
import { createMemoryStore } from '../storage/memory-store';
import { matchesEtag } from './images';

/*
 * The image routes through the whole app (app.inject): uploads cleaned of their metadata, served only to the board's
 * links, gone with their board; refusals that say what to do; log lines that name boards and refs, never content.
 */

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A phone photo: a 1×1 JPEG with EXIF (the device, "Jane Doe" as the artist, a GPS latitude, orientation 6) and XMP. */
const exif = exifBlock(6);
const photo = (() => {
  const meta = jpegMetadata(exif);
  return concatBytes([
    JPEG.soi,
    meta.exif,
    meta.xmp,
    meta.comment,
    JPEG.dqt,
    JPEG.sof,
    JPEG.dhtDc,
    JPEG.dhtAc,
    JPEG.sos,
    JPEG.scan,
    JPEG.eoi,
  ]);
})();
const drawing = () => {
  const { ihdr, idat, iend } = pngParts();
  return pngFile([ihdr, idat, iend]);
};

interface TestApp {
  app: FastifyInstance;
  images: ImageStore;
  directory: BoardDirectory;
  secret: Uint8Array;
  log: () => string;
}

async function start(
  overrides: Partial<RelayConfig> = {},
  images: ImageStore = createMemoryImageStore(),
  directory: BoardDirectory = createMemoryDirectory(),
): Promise<TestApp> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const secret = randomBytes(48);
  const app = await buildApp({
    config: { ...loadConfig({ WEB_ROOT: '' }), port: 0, ...overrides },
    store: createMemoryStore(),
    directory,
    images,
    secret,
    logger: { level: 'info', stream },
  });
  await app.ready();
  cleanups.push(() => app.close());
  return { app, images, directory, secret, log: () => lines.join('') };
}

/** A new board in the app's directory, and each role's token (as its links carry them). */
async function createBoard({ directory, secret }: TestApp) {
  const { id: boardId } = await directory.create(createId(12));
  const token = (role: Role) => issueToken(secret, boardId, role, 0);
  return {
    boardId,
    facilitator: token('facilitator'),
    participant: token('participant'),
    projector: token('projector'),
  };
}

const upload = (
  app: FastifyInstance,
  boardId: string,
  token: string,
  body: Uint8Array | string,
  contentType = 'application/octet-stream',
) =>
  app.inject({
    method: 'POST',
    url: `/api/boards/${boardId}/images`,
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    payload: typeof body === 'string' ? body : Buffer.from(body),
  });

const fetchImage = (app: FastifyInstance, boardId: string, ref: string, token: string, headers = {}) =>
  app.inject({
    method: 'GET',
    url: `/api/boards/${boardId}/images/${ref}`,
    headers: { authorization: `Bearer ${token}`, ...headers },
  });

interface Uploaded {
  ref: string;
  width: number;
  height: number;
  orientation: number;
  type: string;
}

describe('POST /api/boards/<id>/images', () => {
  it('stores a phone photo without its EXIF, GPS, XMP or comment, and answers its ref, size and orientation', async () => {
    const relay = await start();
    const { app, images } = relay;
    const board = await createBoard(relay);
    const response = await upload(app, board.boardId, board.participant, photo, 'image/jpeg');
    expect(response.statusCode).toBe(201);
    const uploaded = response.json<Uploaded>();
    expect(uploaded).toEqual({ ref: uploaded.ref, width: 1, height: 1, orientation: 6, type: 'image/jpeg' });
    expect(uploaded.ref).toMatch(IMAGE_REF_PATTERN);

    const served = await fetchImage(app, board.boardId, uploaded.ref, board.projector);
    expect(served.statusCode).toBe(200);
    const bytes = served.rawPayload;
    // Positive control: the upload carries what the served file must not.
    for (const needle of ['Exif', 'Jane Doe', 'PhoneCo', 'xmpmeta', 'shot by'])
      expect(contains(photo, needle)).toBe(true);
    expect(contains(photo, exif.gpsIfd)).toBe(true);
    for (const needle of ['Exif', 'Jane Doe', 'PhoneCo', 'xmpmeta', 'shot by']) {
      expect(contains(bytes, needle), needle).toBe(false);
    }
    expect(contains(bytes, exif.gpsIfd)).toBe(false);
    // What stays is the picture itself, and it is what the store holds.
    expect(contains(bytes, JPEG.sof)).toBe(true);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(await images.references(sha256)).toBe(1);
  });

  it('takes the file under any image type or as application/octet-stream, and judges it by its bytes', async () => {
    const relay = await start();
    const { app } = relay;
    const board = await createBoard(relay);
    for (const contentType of [
      'application/octet-stream',
      'image/png',
      'image/jpeg',
      'image/heic',
      'Image/PNG; name="drawing.png"',
    ]) {
      const response = await upload(app, board.boardId, board.facilitator, drawing(), contentType);
      expect(response.statusCode, contentType).toBe(201);
      expect(response.json<Uploaded>().type).toBe('image/png');
    }
  });

  it('is refused to the projector and to links of other boards, and stores nothing then', async () => {
    const relay = await start();
    const { app, images } = relay;
    const board = await createBoard(relay);
    const other = await createBoard(relay);
    for (const token of [board.projector, other.participant, '']) {
      const response = await upload(app, board.boardId, token, photo);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        error: 'forbidden',
        message: expect.stringMatching(/participant and facilitator/),
      });
    }
    expect((await upload(app, 'no-such-board', board.participant, photo)).statusCode).toBe(404);
    expect(await images.boardsWithImages()).toEqual([]);
  });

  it('refuses a file over the size limit with 413 and says what to do', async () => {
    const relay = await start();
    const { app, images } = relay;
    const board = await createBoard(relay);
    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set(drawing());
    const response = await upload(app, board.boardId, board.participant, huge, 'image/png');
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: 'too-large',
      message: expect.stringMatching(/larger than 10 MB.*smaller/),
    });
    expect(await images.boardsWithImages()).toEqual([]);
    // Exactly at the limit the body is read and judged by what it is: a photo, with padding after its end (dropped).
    const atLimit = new Uint8Array(MAX_IMAGE_BYTES);
    atLimit.set(photo);
    const accepted = await upload(app, board.boardId, board.participant, atLimit);
    expect(accepted.statusCode).toBe(201);
  });

  it('refuses a text file with 415, whatever type it claims, and damaged or oversized pictures with 422', async () => {
    const relay = await start();
    const { app, images } = relay;
    const board = await createBoard(relay);
    const asText = await upload(app, board.boardId, board.participant, 'Meeting notes\nshot by Jane Doe', 'text/plain');
    expect(asText.statusCode).toBe(415);
    expect(asText.json()).toEqual({ error: 'unsupported-type', message: expect.stringMatching(/Content-Type/) });
    const asJson = await upload(app, board.boardId, board.participant, '{"a":1}', 'application/json');
    expect(asJson.statusCode).toBe(415);
    const asFile = await upload(app, board.boardId, board.participant, 'Meeting notes', 'application/octet-stream');
    expect(asFile.statusCode).toBe(415);
    expect(asFile.json()).toEqual({
      error: 'not-an-image',
      message: expect.stringMatching(/^The file is not an image; add a PNG/),
    });
    const gif = await upload(app, board.boardId, board.participant, 'GIF89a\x01\x00\x01\x00', 'image/gif');
    expect(gif.json()).toMatchObject({ error: 'unsupported-type' });
    expect(gif.statusCode).toBe(415);

    const wide = (() => {
      const { ihdr, idat, iend } = pngParts(MAX_IMAGE_SIDE + 1, 1);
      return pngFile([ihdr, idat, iend]);
    })();
    const tooWide = await upload(app, board.boardId, board.participant, wide);
    expect(tooWide.statusCode).toBe(422);
    expect(tooWide.json()).toEqual({ error: 'too-many-pixels', message: expect.stringMatching(/scale it down/) });
    const cut = await upload(app, board.boardId, board.participant, photo.subarray(0, photo.length - 20));
    expect(cut.statusCode).toBe(422);
    expect(cut.json()).toMatchObject({ error: 'corrupt' });
    expect(await images.boardsWithImages()).toEqual([]);
  });

  it('limits uploads per client address (UPLOADS_PER_HOUR, UPLOAD_BURST) with 429 and Retry-After', async () => {
    const relay = await start({ uploadsPerHour: 1, uploadBurst: 2 });
    const { app } = relay;
    const board = await createBoard(relay);
    expect((await upload(app, board.boardId, board.participant, drawing())).statusCode).toBe(201);
    expect((await upload(app, board.boardId, board.participant, drawing())).statusCode).toBe(201);
    const refused = await upload(app, board.boardId, board.participant, drawing());
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json<{ message: string }>().message).toMatch(/UPLOADS_PER_HOUR/);
  });

  it('logs the board and the ref, never the picture or what it carried', async () => {
    const relay = await start();
    const { app, log } = relay;
    const board = await createBoard(relay);
    const { ref } = (await upload(app, board.boardId, board.participant, photo)).json<Uploaded>();
    await upload(app, board.boardId, board.participant, 'Meeting notes of Jane Doe');
    const lines = log();
    expect(lines).toContain(`"board":"${board.boardId}"`);
    expect(lines).toContain(`"ref":"${ref}"`);
    expect(lines).toContain('"refusal":"not-an-image"');
    for (const secret of ['Jane Doe', 'PhoneCo', 'Meeting notes', board.participant])
      expect(lines).not.toContain(secret);
  });
});

describe('GET /api/boards/<id>/images/<ref>', () => {
  it('serves the picture to every current link of its board, as a private, uncached, inert file', async () => {
    const relay = await start();
    const { app } = relay;
    const board = await createBoard(relay);
    const { ref } = (await upload(app, board.boardId, board.participant, photo)).json<Uploaded>();
    for (const token of [board.facilitator, board.participant, board.projector]) {
      const response = await fetchImage(app, board.boardId, ref, token);
      expect(response.statusCode).toBe(200);
      expect(response.headers).toMatchObject({
        'content-type': 'image/jpeg',
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
        'content-disposition': 'inline',
        'notevote-image-orientation': '6',
        etag: `"${createHash('sha256').update(response.rawPayload).digest('hex')}"`,
      });
    }
  });

  it('answers 304 without the bytes to a request that already has them (If-None-Match)', async () => {
    const relay = await start();
    const { app } = relay;
    const board = await createBoard(relay);
    const { ref } = (await upload(app, board.boardId, board.participant, photo)).json<Uploaded>();
    const first = await fetchImage(app, board.boardId, ref, board.participant);
    const etag = first.headers.etag as string;
    const again = await fetchImage(app, board.boardId, ref, board.participant, { 'if-none-match': `W/"x", ${etag}` });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers).toMatchObject({ etag, 'cache-control': 'private, no-store' });
    const changed = await fetchImage(app, board.boardId, ref, board.participant, { 'if-none-match': '"other"' });
    expect(changed.statusCode).toBe(200);
  });

  it("opens a ref on its own board only, and only with that board's links", async () => {
    const relay = await start();
    const { app } = relay;
    const board = await createBoard(relay);
    const other = await createBoard(relay);
    const { ref } = (await upload(app, board.boardId, board.participant, photo)).json<Uploaded>();
    // Another board's link, on this board's address: refused as a link.
    const wrongToken = await fetchImage(app, board.boardId, ref, other.participant);
    expect(wrongToken.statusCode).toBe(403);
    expect(wrongToken.json<{ message: string }>().message).toMatch(/Authorization: Bearer/);
    expect((await fetchImage(app, board.boardId, ref, '')).statusCode).toBe(403);
    // The ref on another board, with that board's own link: no such picture there.
    const elsewhere = await fetchImage(app, other.boardId, ref, other.participant);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toEqual({
      error: 'not found',
      message: expect.stringMatching(/only on the board it was added to/),
    });
    expect(elsewhere.headers['cache-control']).toBe('no-store');
    for (const unknown of ['AAAAAAAAAAAAAAAAAAAAAA', 'not-a-ref', `${ref}x`]) {
      expect((await fetchImage(app, board.boardId, unknown, board.participant)).statusCode).toBe(404);
    }
  });

  it('serves the same picture added to two boards under each board’s own ref', async () => {
    const relay = await start();
    const { app, images } = relay;
    const a = await createBoard(relay);
    const b = await createBoard(relay);
    const onA = (await upload(app, a.boardId, a.participant, photo)).json<Uploaded>();
    const onB = (await upload(app, b.boardId, b.participant, photo)).json<Uploaded>();
    expect(onA.ref).not.toBe(onB.ref);
    const bytes = (await fetchImage(app, b.boardId, onB.ref, b.projector)).rawPayload;
    expect(await images.references(createHash('sha256').update(bytes).digest('hex'))).toBe(2);
  });
});

describe('erasing a board erases its pictures', () => {
  const erase = (app: FastifyInstance, boardId: string, token: string) =>
    app.inject({ method: 'DELETE', url: `/api/boards/${boardId}`, headers: { authorization: `Bearer ${token}` } });

  it('removes its refs, and the bytes of pictures no other board uses', async () => {
    const relay = await start();
    const { app, images } = relay;
    const a = await createBoard(relay);
    const b = await createBoard(relay);
    const shared = (await upload(app, a.boardId, a.participant, photo)).json<Uploaded>();
    await upload(app, b.boardId, b.participant, photo);
    const onlyOnA = (await upload(app, a.boardId, a.participant, drawing())).json<Uploaded>();
    const shaOf = async (ref: string) =>
      createHash('sha256')
        .update((await fetchImage(app, a.boardId, ref, a.projector)).rawPayload)
        .digest('hex');
    const sharedSha = await shaOf(shared.ref);
    const drawingSha = await shaOf(onlyOnA.ref);

    expect((await erase(app, a.boardId, a.facilitator)).statusCode).toBe(204);
    expect((await fetchImage(app, a.boardId, shared.ref, a.projector)).statusCode).toBe(404);
    expect(await images.holds(drawingSha)).toBe(false);
    expect(await images.holds(sharedSha)).toBe(true);
    expect(await images.references(sharedSha)).toBe(1);

    expect((await erase(app, b.boardId, b.facilitator)).statusCode).toBe(204);
    expect(await images.holds(sharedSha)).toBe(false);
    expect(await images.boardsWithImages()).toEqual([]);
  });

  it('removes a picture whose upload finished after the board was erased', async () => {
    const real = createMemoryImageStore();
    const directory = createMemoryDirectory();
    // The board's erase runs while this upload is stored: its directory entry and its images are gone just before
    // the new reference exists.
    const racing: ImageStore = {
      ...real,
      async put(boardId, image, now) {
        await directory.remove(boardId);
        await real.eraseBoard(boardId);
        return real.put(boardId, image, now);
      },
    };
    const relay = await start({}, racing, directory);
    const { app } = relay;
    const board = await createBoard(relay);
    const response = await upload(app, board.boardId, board.participant, photo);
    expect(response.statusCode).toBe(404);
    expect(await real.boardsWithImages()).toEqual([]);
  });

  it('is part of BOARD_RETENTION_DAYS: an unused board goes with its pictures', async () => {
    const images = createMemoryImageStore();
    const directory = createMemoryDirectory();
    await directory.create('old-board', Date.now() - 40 * 86_400_000);
    const { ref } = await images.put('old-board', {
      bytes: drawing(),
      sha256: 'a'.repeat(64),
      type: 'png',
      width: 2,
      height: 2,
      orientation: 1,
    });
    const relay = await start({ boardRetentionDays: 30 }, images, directory);
    const { app } = relay;
    // The first sweep starts once the app is ready; this one waits for it (or runs again).
    await app.retention!.sweep();
    expect(await directory.get('old-board')).toBeNull();
    expect(await images.get('old-board', ref)).toBeNull();
    expect(await images.holds('a'.repeat(64))).toBe(false);
  });

  it('finishes at start-up what an interrupted erase left: pictures of boards that no longer exist', async () => {
    const images = createMemoryImageStore();
    const directory = createMemoryDirectory();
    await directory.create('kept-board');
    const image = {
      bytes: drawing(),
      sha256: 'b'.repeat(64),
      type: 'png',
      width: 2,
      height: 2,
      orientation: 1,
    } as const;
    await images.put('kept-board', image);
    await images.put('erased-board', { ...image, sha256: 'c'.repeat(64) });
    await start({}, images, directory);
    const deadline = Date.now() + 5_000;
    while ((await images.boardsWithImages()).length > 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await images.boardsWithImages()).toEqual(['kept-board']);
    expect(await images.holds('c'.repeat(64))).toBe(false);
  });
});

describe('matchesEtag', () => {
  it('compares If-None-Match weakly and understands lists and *', () => {
    expect(matchesEtag(undefined, '"a"')).toBe(false);
    expect(matchesEtag('"a"', '"a"')).toBe(true);
    expect(matchesEtag('W/"a"', '"a"')).toBe(true);
    expect(matchesEtag('"b" , "a"', '"a"')).toBe(true);
    expect(matchesEtag('*', '"a"')).toBe(true);
    expect(matchesEtag('"b"', '"a"')).toBe(false);
    expect(matchesEtag('a', '"a"')).toBe(false);
  });
});
