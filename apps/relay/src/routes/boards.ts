import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createId, initBoard, isValidBoardId, LIMITS } from '@notevote/board';
import { issueToken, verifyToken, type Role } from '../auth/capabilities';
import type { RoomRegistry } from '../rooms/room-registry';
import { epochOf, type BoardDirectory, type BoardRecord } from '../storage/board-directory';
import { CloseCode } from '../sync/close-codes';

export interface BoardRouteOptions {
  registry: RoomRegistry;
  directory: BoardDirectory;
  secret: Uint8Array;
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

const errorSchema = { type: 'object', properties: { error: { type: 'string' }, message: { type: 'string' } } } as const;

/** POST /api/boards and the facilitator's link management. */
export const boardRoutes: FastifyPluginAsync<BoardRouteOptions> = async (app, { registry, directory, secret }) => {
  app.post<{ Body: { title?: string } }>(
    '/api/boards',
    {
      schema: {
        body: {
          type: 'object',
          properties: { title: { type: 'string', maxLength: LIMITS.titleLength } },
          additionalProperties: false,
        },
        response: {
          201: {
            type: 'object',
            properties: { boardId: { type: 'string' }, links: linksSchema },
            required: ['boardId', 'links'],
          },
        },
      },
    },
    async (request, reply) => {
      const record = await directory.create(createId(12));
      // The relay writes the board's first state itself, so the title is there before anyone joins.
      const room = await registry.open(record.id);
      initBoard(room.doc, { title: request.body?.title ?? '' });
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

  const boardParams = { type: 'object', properties: { boardId: { type: 'string' } }, required: ['boardId'] } as const;

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

  app.post<{ Params: { boardId: string } }>(
    '/api/boards/:boardId/participant-link',
    {
      schema: {
        params: boardParams,
        response: {
          200: { type: 'object', properties: { links: linksSchema, closed: { type: 'integer' } } },
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const record = await facilitatorOf(request, reply);
      if (!record) return;
      const rotated = await directory.rotateLink(record.id, 'participant');
      const closed =
        registry
          .peek(record.id)
          ?.closeWhere(
            (connection) => connection.role === 'participant' && connection.epoch !== rotated.participantEpoch,
            CloseCode.unauthorized,
            'this link was replaced by the facilitator; ask for the new one',
          ) ?? 0;
      app.log.info({ board: record.id, closed }, 'participant link rotated');
      return { links: linksOf(secret, rotated), closed };
    },
  );
};
