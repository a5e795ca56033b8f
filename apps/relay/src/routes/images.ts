import type { FastifyError, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { IMAGE_REF_PATTERN } from '@notevote/board';
import { uploadGate, type UploadGateOptions } from '../http/upload-gate';
import { MAX_IMAGE_BYTES } from '../images/limits';
import { IMAGE_REFUSALS, type ImageRefusal } from '../images/refusals';
import { MEDIA_TYPES, sanitizeImage } from '../images/sanitize';
import type { BoardDirectory } from '../storage/board-directory';
import type { ImageStore } from '../storage/image-store';
import { boardAccess, boardParams, errorSchema, type AccessRule } from './board-access';

export interface ImageRouteOptions {
  directory: BoardDirectory;
  secret: Uint8Array;
  images: ImageStore;
  uploads: UploadGateOptions;
}

/** The projector shows the board and writes nothing to it; everyone else may add a sketch. */
const UPLOADERS: AccessRule = {
  roles: ['facilitator', 'participant'],
  refusal:
    'Only the participant and facilitator links can add pictures to this board (the projector link only shows it). ' +
    'Check that the link was copied whole, or ask the facilitator for the current one.',
};

/** Whoever can see the board can see its pictures. */
const READERS: AccessRule = {
  roles: ['facilitator', 'participant', 'projector'],
  refusal:
    'This board\'s pictures open only with a current link of the board, sent as "Authorization: Bearer <token>". ' +
    'Check that the link was copied whole, or ask the facilitator for the current one.',
};

/** Too large is the sender's to fix by size; not an image or an unaccepted format, by type; the rest, by content. */
const REFUSAL_STATUS: Readonly<Record<ImageRefusal, number>> = {
  'too-large': 413,
  'not-an-image': 415,
  'unsupported-type': 415,
  'too-many-pixels': 422,
  corrupt: 422,
};

/** A refusal's English explanation as a sentence for the person who sent the file. */
const refusalMessage = (refusal: ImageRefusal): string => {
  const text = IMAGE_REFUSALS[refusal];
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

const noSuchImage = {
  error: 'not found',
  message:
    'This board has no such picture: it was never added to this board, or it was removed with a board that was ' +
    'erased. A picture opens only on the board it was added to.',
} as const;

/**
 * A picture is kept on no device's disk (`no-store`): a photo of a workshop can endanger the people in it, and a
 * phone may be seized after the sprint, long after the board was erased. The web app keeps what it fetched in memory
 * for as long as the board is open, so nothing is fetched twice in a session anyway. It is never a page
 * (`default-src 'none'`, `nosniff`, `inline`). Applied after the security headers hook, which gives every API answer
 * `no-store` and the app's own policy.
 */
const IMAGE_HEADERS = {
  'cache-control': 'private, no-store',
  'content-security-policy': "default-src 'none'",
  'x-content-type-options': 'nosniff',
  'content-disposition': 'inline',
} as const;

const imageParams = {
  type: 'object',
  properties: { boardId: { type: 'string' }, ref: { type: 'string' } },
  required: ['boardId', 'ref'],
  additionalProperties: false,
} as const;

const uploadedSchema = {
  type: 'object',
  properties: {
    ref: { type: 'string' },
    width: { type: 'integer' },
    height: { type: 'integer' },
    orientation: { type: 'integer' },
    type: { type: 'string' },
  },
  required: ['ref', 'width', 'height', 'orientation', 'type'],
} as const;

/** Whether an If-None-Match header names `etag` (compared weakly, as RFC 9110 says for this header) or is `*`. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/**
 * POST /api/boards/<id>/images (a participant's or the facilitator's link) stores a picture for a sketch, cleaned of
 * its metadata (images/sanitize.ts), and answers the ref a note carries; GET /api/boards/<id>/images/<ref> (any
 * current link of the board) serves it. There are no public image URLs: the web app fetches pictures with its link
 * and shows them from blob URLs. A ref is an unguessable capability that opens its picture on its own board only.
 * Log lines name the board and the ref, never bytes or a note's text.
 */
export const imageRoutes: FastifyPluginAsync<ImageRouteOptions> = async (
  app,
  { directory, secret, images, uploads },
) => {
  const access = boardAccess({ directory, secret });

  // Scoped to this plugin: the raw bytes of the file, whatever image type the sender declares (the sanitizer goes
  // by the bytes alone). Other bodies, JSON and text included, are not files: 415.
  app.removeAllContentTypeParsers();
  const asBuffer = (_request: FastifyRequest, body: Buffer, done: (error: null, body: Buffer) => void) =>
    done(null, body);
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, asBuffer);
  app.addContentTypeParser(/^image\/[\w.+-]+\s*(?:;.*)?$/i, { parseAs: 'buffer' }, asBuffer);

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      request.log.info({ board: boardIdOf(request), refusal: 'too-large' }, IMAGE_REFUSALS['too-large']);
      return reply.code(413).send({ error: 'too-large', message: refusalMessage('too-large') });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({
        error: 'unsupported-type',
        message:
          'Send the picture file itself as the request body, with "Content-Type: application/octet-stream" or its ' +
          'image type (image/png, image/jpeg or image/webp).',
      });
    }
    throw error;
  });

  app.post<{ Params: { boardId: string } }>(
    '/api/boards/:boardId/images',
    {
      bodyLimit: MAX_IMAGE_BYTES,
      schema: {
        params: boardParams,
        response: {
          201: uploadedSchema,
          403: errorSchema,
          404: errorSchema,
          413: errorSchema,
          415: errorSchema,
          422: errorSchema,
          429: errorSchema,
        },
      },
      // Before the body is read: an address over its budget, or a link that may not upload, costs no 10 MB.
      onRequest: [
        uploadGate(uploads),
        async (request, reply) => ((await access(request, reply, UPLOADERS)) ? undefined : reply),
      ],
    },
    async (request, reply) => {
      const { boardId } = request.params;
      const upload = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const verdict = sanitizeImage(upload);
      if (!verdict.ok) {
        const { refusal } = verdict;
        request.log.info({ board: boardId, refusal, bytes: upload.length }, IMAGE_REFUSALS[refusal]);
        return reply.code(REFUSAL_STATUS[refusal]).send({ error: refusal, message: refusalMessage(refusal) });
      }
      const stored = await images.put(boardId, verdict.image);
      // The board may have been erased while the upload was read: its erase may have run before this reference
      // existed, so the reference goes now rather than outlive the board.
      if ((await directory.get(boardId)) === null) {
        await images.eraseBoard(boardId);
        return reply.code(404).send({ error: 'not found', message: 'there is no board with this id' });
      }
      const { ref, width, height, orientation, type } = stored;
      request.log.info(
        { board: boardId, ref, type, width, height, bytes: verdict.image.bytes.length },
        'image added to a board',
      );
      return reply.code(201).send({ ref, width, height, orientation, type: MEDIA_TYPES[type] });
    },
  );

  app.get<{ Params: { boardId: string; ref: string } }>(
    '/api/boards/:boardId/images/:ref',
    {
      schema: { params: imageParams, response: { 403: errorSchema, 404: errorSchema } },
      // After the security headers hook (root level, so it runs first), which would make the answer uncacheable.
      onSend: async (_request, reply) => {
        if (reply.statusCode === 200 || reply.statusCode === 304) reply.headers(IMAGE_HEADERS);
      },
    },
    async (request, reply) => {
      if (!(await access(request, reply, READERS))) return reply;
      const { boardId, ref } = request.params;
      const image = IMAGE_REF_PATTERN.test(ref) ? await images.get(boardId, ref) : null;
      if (!image) return reply.code(404).send(noSuchImage);
      // The content address: the same bytes always, so a strong validator.
      const etag = `"${image.sha256}"`;
      reply.header('etag', etag).header('notevote-image-orientation', String(image.orientation));
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply
        .code(200)
        .header('content-type', MEDIA_TYPES[image.type])
        .send(Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength));
    },
  );
};

/** The board a request names, for a log line (the params may not have been validated yet). */
function boardIdOf(request: FastifyRequest): string | undefined {
  const params = request.params as { boardId?: unknown } | undefined;
  return typeof params?.boardId === 'string' ? params.boardId : undefined;
}
