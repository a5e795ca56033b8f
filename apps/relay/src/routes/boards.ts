import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { LIMITS, REFUSALS, type BoardLanguage } from '@notevote/board';
import { ROLES, type Role } from '../auth/capabilities';
import { boardLinksOf, boardLinksSchema } from '../boards/board-links';
import type { CreateBoard } from '../boards/create-board';
import type { EraseBoard } from '../boards/erase-board';
import type { JoinCodes } from '../boards/join-codes';
import type { CreationGates } from '../http/creation-gate';
import type { OriginOf } from '../http/public-origin';
import type { BoardHost } from '../rooms/board-host';
import { epochOf, type BoardDirectory, type BoardRecord } from '../storage/board-directory';
import { boardAccess, boardParams, errorSchema, FACILITATOR_ONLY } from './board-access';
import { joinLink, joinLinkSchema } from './join';
import { languageErrorFormatter, languageSchema } from './language-param';

export interface BoardRouteOptions {
  /** Where boards are held (this instance, or whichever instance of a cluster holds each). */
  host: BoardHost;
  directory: BoardDirectory;
  secret: Uint8Array;
  eraseBoard: EraseBoard;
  /** Creates a board (shared with events, so a board is made one way). */
  createBoard: CreateBoard;
  /** The budget and key of board creation, shared with events. */
  creation: CreationGates;
  joinCodes: JoinCodes;
  /** The origin links must carry for a request (PUBLIC_URL, the LAN address, or the request's own). */
  originOf: OriginOf;
}

/** What the facilitator is told about the links: the paths, the origin to put in front of them, the join code. */
const linkAnswerProperties = {
  links: boardLinksSchema,
  origin: { type: 'string' },
  reachable: { type: 'boolean' },
  unreachable: { type: 'string', enum: ['loopback-only', 'no-lan-address'] },
  join: joinLinkSchema,
} as const;
const linkAnswerRequired = ['links', 'origin', 'reachable', 'join'] as const;

const replacedSchema = {
  200: {
    type: 'object',
    properties: { ...linkAnswerProperties, closed: { type: 'integer' } },
    required: [...linkAnswerRequired, 'closed'],
  },
  403: errorSchema,
  404: errorSchema,
} as const;

/** POST /api/boards, and the facilitator's management of a board: its links, and erasing it. */
export const boardRoutes: FastifyPluginAsync<BoardRouteOptions> = async (
  app,
  { host, directory, secret, eraseBoard, createBoard, creation, joinCodes, originOf },
) => {
  const access = boardAccess({ directory, secret });
  const facilitatorOf = (request: FastifyRequest<{ Params: { boardId: string } }>, reply: FastifyReply) =>
    access(request, reply, FACILITATOR_ONLY);

  /** The links as paths, the origin people can reach them at, and the join code (registered on first use). */
  async function linkAnswer(record: BoardRecord, request: { protocol: string; host: string }) {
    const { origin, reachable, unreachable } = originOf(request);
    const code = await joinCodes.current(record);
    return {
      links: boardLinksOf(secret, record),
      origin,
      reachable,
      ...(unreachable ? { unreachable } : {}),
      join: joinLink(code, origin),
    };
  }

  app.post<{ Body: { title?: string; anonymous?: boolean; language?: BoardLanguage } }>(
    '/api/boards',
    {
      schema: {
        body: {
          type: 'object',
          properties: {
            title: { type: 'string', maxLength: LIMITS.titleLength },
            anonymous: { type: 'boolean' },
            // The language its reports are written in (the web app sends the one the facilitator works in).
            language: languageSchema,
          },
          additionalProperties: false,
        },
        response: {
          201: {
            type: 'object',
            properties: { boardId: { type: 'string' }, links: boardLinksSchema },
            required: ['boardId', 'links'],
          },
          401: errorSchema,
          429: errorSchema,
        },
      },
      schemaErrorFormatter: languageErrorFormatter('language'),
      preHandler: creation.create,
    },
    async (request, reply) => {
      const language = request.body?.language;
      const record = await createBoard({
        title: request.body?.title ?? '',
        anonymous: request.body?.anonymous === true,
        ...(language ? { language } : {}),
      });
      return reply.code(201).send({ boardId: record.id, links: boardLinksOf(secret, record) });
    },
  );

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
      const outcome = await host.setAnonymity(record.id, anonymous);
      // Fixed once anything was written: notes and dots written before carry names and ids that cannot be unsaid.
      if (outcome === 'has-content') {
        return reply.code(409).send({ error: 'anonymity-fixed', message: REFUSALS['anonymity-fixed'] });
      }
      if (outcome === 'changed') app.log.info({ board: record.id, anonymous }, 'board anonymity changed');
      return { anonymous };
    },
  );

  app.get<{ Params: { boardId: string } }>(
    '/api/boards/:boardId/links',
    {
      schema: {
        params: boardParams,
        response: {
          200: { type: 'object', properties: linkAnswerProperties, required: linkAnswerRequired },
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const record = await facilitatorOf(request, reply);
      if (record) return linkAnswer(record, request);
    },
  );

  /**
   * Replaces one role's link: its old tokens stop working, and connections admitted with them are closed (4401).
   * The join code follows the participant link's epoch, so replacing that link replaces the code too.
   */
  async function replaceLink(record: BoardRecord, role: Role, request: { protocol: string; host: string }) {
    const rotated = await directory.rotateLink(record.id, role);
    const current = epochOf(rotated, role);
    const closed = await host.closeReplacedLinks(record.id, role, current);
    app.log.info({ board: record.id, role, closed }, 'link replaced');
    return { ...(await linkAnswer(rotated, request)), closed };
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
      if (record) return replaceLink(record, request.params.role, request);
    },
  );

  // The first form of this API (README documents it for existing integrations): the same as links/participant.
  app.post<{ Params: { boardId: string } }>(
    '/api/boards/:boardId/participant-link',
    { schema: { params: boardParams, response: replacedSchema } },
    async (request, reply) => {
      const record = await facilitatorOf(request, reply);
      if (record) return replaceLink(record, 'participant', request);
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
