import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createId, isValidBoardId, LIMITS, readSettings, REFUSALS, setAnonymous, setTitle } from '@notevote/board';
import { issueToken, ROLES, verifyToken, type Role } from '../auth/capabilities';
import type { EraseBoard } from '../boards/erase-board';
import { creationGate, type CreationGateOptions } from '../http/creation-gate';
import type { RoomRegistry } from '../rooms/room-registry';
import { epochOf, type BoardDirectory, type BoardRecord } from '../storage/board-directory';
import { CloseCode } from '../sync/close-codes';

export interface BoardRouteOptions {
  registry: RoomRegistry;
  directory: BoardDirectory;
  secret: Uint8Array;
  eraseBoard: EraseBoard;
  creation: CreationGateOptions;
}

/**
 * Board links are paths with the capability in the fragment (`/b/<id>#k=<token>`): browsers never send a fragment
 * to a server, so tokens stay out of access logs, proxies and Referer headers. The web app builds absolute URLs
 * from its own origin, because behind a proxy the relay cannot know the public one.
 */
function linkPath(secret: Uint8Array, record: BoardRecord, role: Role): string {
  return `/b/${record.id}#k=${issueToken(secret, record.id, role, epochOf(record, role))}`;
}

function linksOf(secret: Uint8Array, record: BoardRecord) {
  return {
    facilitator: linkPath(secret, record, 'facilitator'),
    participant: linkPath(secret, record, 'participant'),
    projector: linkPath(secret, record, 'projector'),
  };
}

const linksSchema = {
  type: 'object',
  properties: { facilitator: { type: 'string' }, participant: { type: 'string' }, projector: { type: 'string' } },
  required: ['facilitator', 'participant', 'projector'],
} as const;

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
  required: ['error', 'message'],
} as const;

const boardParams = {
  type: 'object',
  properties: { boardId: { type: 'string' } },
  required: ['boardId'],
  additionalProperties: false,
} as const;

const replacedSchema = {
  200: {
    type: 'object',
    properties: { links: linksSchema, closed: { type: 'integer' } },
    required: ['links', 'closed'],
  },
  403: errorSchema,
  404: errorSchema,
} as const;

/** POST /api/boards, and the facilitator's management of a board: its links, and erasing it. */
export const boardRoutes: FastifyPluginAsync<BoardRouteOptions> = async (
  app,
  { registry, directory, secret, eraseBoard, creation },
) => {
  app.post<{ Body: { title?: string; anonymous?: boolean } }>(
    '/api/boards',
    {
      schema: {
        body: {
          type: 'object',
          properties: { title: { type: 'string', maxLength: LIMITS.titleLength }, anonymous: { type: 'boolean' } },
          additionalProperties: false,
        },
        response: {
          201: {
            type: 'object',
            properties: { boardId: { type: 'string' }, links: linksSchema },
            required: ['boardId', 'links'],
          },
          401: errorSchema,
          429: errorSchema,
        },
      },
      preHandler: creationGate(creation),
    },
    async (request, reply) => {
      const record = await directory.create(createId(12));
      // The relay writes the board's first state itself (when the room loads), so the title is there before anyone joins.
      const room = await registry.open(record.id);
      void room
        .changeAsRelay((doc) => {
          setTitle(doc, request.body?.title ?? '');
          if (request.body?.anonymous) setAnonymous(doc, true);
        })
        .catch(() => undefined);
      registry.releaseIfEmpty(room);
      app.log.info({ board: record.id }, 'board created');
      return reply.code(201).send({ boardId: record.id, links: linksOf(secret, record) });
    },
  );

  /** Resolves the board and checks the facilitator token from `Authorization: Bearer <token>`. */
  async function facilitatorOf(
    request: FastifyRequest<{ Params: { boardId: string } }>,
    reply: FastifyReply,
  ): Promise<BoardRecord | null> {
    const { boardId } = request.params;
    const record = isValidBoardId(boardId) ? await directory.get(boardId) : null;
    if (!record) {
      await reply.code(404).send({ error: 'not found', message: 'there is no board with this id' });
      return null;
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const check = verifyToken(secret, boardId, token, (role) => epochOf(record, role));
    if (!check.ok || check.role !== 'facilitator') {
      await reply.code(403).send({ error: 'forbidden', message: 'only the facilitator link can manage this board' });
      return null;
    }
    return record;
  }

  app.put<{ Params: { boardId: string }; Body: { anonymous: boolean } }>(
    '/api/boards/:boardId/anonymity',
    {
      schema: {
        params: boardParams,
        body: {
          type: 'object',
          properties: { anonymous: { type: 'boolean' } },
          required: ['anonymous'],
          additionalProperties: false,
        },
        response: {
          200: { type: 'object', properties: { anonymous: { type: 'boolean' } }, required: ['anonymous'] },
          403: errorSchema,
          404: errorSchema,
          409: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const record = await facilitatorOf(request, reply);
      if (!record) return;
      const { anonymous } = request.body;
      const room = await registry.open(record.id);
      try {
        if (readSettings(room.doc).anonymous === anonymous) return { anonymous };
        // Fixed once anything was written: notes and dots written before carry names and ids that cannot be unsaid.
        if (room.hasContent()) {
          return reply.code(409).send({ error: 'anonymity-fixed', message: REFUSALS['anonymity-fixed'] });
        }
        await room.changeAsRelay((doc) => setAnonymous(doc, anonymous));
        app.log.info({ board: record.id, anonymous }, 'board anonymity changed');
        return { anonymous };
      } finally {
        registry.releaseIfEmpty(room);
      }
    },
  );

  app.get<{ Params: { boardId: string } }>(
    '/api/boards/:boardId/links',
    {
      schema: {
        params: boardParams,
        response: { 200: { type: 'object', properties: { links: linksSchema } }, 403: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const record = await facilitatorOf(request, reply);
      if (record) return { links: linksOf(secret, record) };
    },
  );

  /** Replaces one role's link: its old tokens stop working, and connections admitted with them are closed (4401). */
  async function replaceLink(record: BoardRecord, role: Role) {
    const rotated = await directory.rotateLink(record.id, role);
    const current = epochOf(rotated, role);
    const closed =
      registry
        .peek(record.id)
        ?.closeWhere(
          (connection) => connection.role === role && connection.epoch !== current,
          CloseCode.unauthorized,
          'link-replaced',
        ) ?? 0;
    app.log.info({ board: record.id, role, closed }, 'link replaced');
    return { links: linksOf(secret, rotated), closed };
  }

  app.post<{ Params: { boardId: string; role: Role } }>(
    '/api/boards/:boardId/links/:role',
    {
      schema: {
        params: {
          type: 'object',
          properties: { boardId: { type: 'string' }, role: { type: 'string', enum: [...ROLES] } },
          required: ['boardId', 'role'],
          additionalProperties: false,
        },
        response: replacedSchema,
      },
    },
    async (request, reply) => {
      const record = await facilitatorOf(request, reply);
      if (record) return replaceLink(record, request.params.role);
    },
  );

  // The first form of this API (README documents it for existing integrations): the same as links/participant.
  app.post<{ Params: { boardId: string } }>(
    '/api/boards/:boardId/participant-link',
    { schema: { params: boardParams, response: replacedSchema } },
    async (request, reply) => {
      const record = await facilitatorOf(request, reply);
      if (record) return replaceLink(record, 'participant');
    },
  );

  app.delete<{ Params: { boardId: string } }>(
    '/api/boards/:boardId',
    {
      schema: {
        params: boardParams,
        response: { 204: { type: 'null' }, 403: errorSchema, 404: errorSchema, 500: errorSchema },
      },
    },
    async (request, reply) => {
      const record = await facilitatorOf(request, reply);
      if (!record) return;
      let erased;
      try {
        erased = await eraseBoard(record.id);
      } catch (error) {
        request.log.error({ board: record.id, err: error }, 'could not finish erasing a board');
        return reply.code(500).send({
          error: 'erase incomplete',
          message:
            'The board is deleted and nobody can open it any more, but the server could not finish wiping its ' +
            'data from disk. Ask the people who run this server to check its log.',
        });
      }
      // Two deletes at once: the other one erased it.
      if (!erased) return reply.code(404).send({ error: 'not found', message: 'there is no board with this id' });
      app.log.info({ board: record.id, closed: erased.closed }, 'board erased by its facilitator');
      return reply.code(204).send();
    },
  );
};
