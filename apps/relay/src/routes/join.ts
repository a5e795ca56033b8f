import type { FastifyPluginAsync } from 'fastify';
import { issueToken } from '../auth/capabilities';
import { formatJoinCode } from '../auth/join-code';
import type { JoinCodes } from '../boards/join-codes';
import { AddressRateLimit } from '../http/address-rate-limit';
import { enterCodePage, tooManyTriesPage, unknownCodePage } from '../http/join-pages';
import type { OriginOf } from '../http/public-origin';
import type { BoardDirectory } from '../storage/board-directory';
import { boardAccess, boardParams, errorSchema } from './board-access';

export interface JoinRouteOptions {
  directory: BoardDirectory;
  secret: Uint8Array;
  joinCodes: JoinCodes;
  originOf: OriginOf;
  /**
   * Codes that open nothing, per client address: `perHour` on average and `burst` at once, then 429. A venue may
   * share one address and people mistype, hence the burst; guessing one of 30^8 codes at this pace takes ages.
   */
  misses?: { perHour: number; burst: number };
}

/** The short join URL: the code without its dash, so it reads as one word in a QR code and a chat message. */
export function joinLink(code: string, origin: string): { code: string; url: string } {
  return { code: formatJoinCode(code), url: `${origin}/j/${code}` };
}

export const joinLinkSchema = {
  type: 'object',
  properties: { code: { type: 'string' }, url: { type: 'string' } },
  required: ['code', 'url'],
} as const;

const JOIN_ACCESS = {
  roles: ['facilitator', 'projector'],
  refusal: 'only the facilitator or projector link can show the join code',
} as const;

const NO_STORE = { 'cache-control': 'no-store' } as const;

/**
 * Joining by code: `GET /api/boards/<id>/join` (facilitator or projector) tells the code and its short URL;
 * `GET /j/<code>` sends a phone on to the participant link; `GET /j` is where to type a code.
 */
export const joinRoutes: FastifyPluginAsync<JoinRouteOptions> = async (
  app,
  { directory, secret, joinCodes, originOf, misses = { perHour: 60, burst: 20 } },
) => {
  const access = boardAccess({ directory, secret });
  const missLimit = new AddressRateLimit(misses);

  app.get<{ Params: { boardId: string } }>(
    '/api/boards/:boardId/join',
    {
      schema: {
        params: boardParams,
        response: {
          200: {
            type: 'object',
            properties: { ...joinLinkSchema.properties, origin: { type: 'string' }, reachable: { type: 'boolean' } },
            required: ['code', 'url', 'origin', 'reachable'],
          },
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const record = await access(request, reply, JOIN_ACCESS);
      if (!record) return;
      const { origin, reachable } = originOf(request);
      return { ...joinLink(await joinCodes.current(record), origin), origin, reachable };
    },
  );

  app.get<{ Params: { code: string } }>(
    '/j/:code',
    { schema: { params: { type: 'object', properties: { code: { type: 'string', maxLength: 64 } } } } },
    async (request, reply) => {
      reply.headers(NO_STORE);
      const wait = missLimit.wait(request.ip);
      if (wait > 0) {
        return reply
          .code(429)
          .header('retry-after', String(wait))
          .type('text/html; charset=utf-8')
          .send(tooManyTriesPage(wait));
      }
      const record = await joinCodes.resolve(request.params.code);
      if (!record) {
        missLimit.take(request.ip);
        return reply.code(404).type('text/html; charset=utf-8').send(unknownCodePage());
      }
      const token = issueToken(secret, record.id, 'participant', record.participantEpoch);
      // Relative: the phone stays on whatever address it used to get here.
      return reply.code(303).header('location', `/b/${record.id}#k=${token}`).send();
    },
  );

  // The form on the pages above sends the code here as ?code=.
  app.get<{ Querystring: { code?: string } }>(
    '/j',
    { schema: { querystring: { type: 'object', properties: { code: { type: 'string', maxLength: 64 } } } } },
    async (request, reply) => {
      reply.headers(NO_STORE);
      const typed = (request.query.code ?? '').trim();
      if (typed)
        return reply
          .code(303)
          .header('location', `/j/${encodeURIComponent(typed)}`)
          .send();
      return reply.type('text/html; charset=utf-8').send(enterCodePage());
    },
  );
};
