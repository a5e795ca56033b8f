import type { FastifyPluginAsync } from 'fastify';
import type { EventAnswers } from '../events/event-answers';
import type { EventCodes } from '../events/event-codes';
import { dropInAnswerSchema } from '../events/event-schemas';
import { AddressRateLimit } from '../http/address-rate-limit';
import { humanWait } from '../http/creation-gate';
import { errorSchema } from './board-access';

export interface DropInRouteOptions {
  eventCodes: EventCodes;
  answers: EventAnswers;
  /** Codes that open nothing, per client address, as for board join codes (routes/join.ts). */
  misses?: { perHour: number; burst: number };
}

/**
 * GET /api/drop-in/<code>: what the drop-in page (`/d/<code>`, the lounge screen's QR code) shows: the event's title
 * and each team's title and participant link. The code grants exactly that: joining any team of the event as a
 * participant. Guessing is slowed per client address: after `burst` codes that open nothing, one a minute.
 */
export const dropInRoutes: FastifyPluginAsync<DropInRouteOptions> = async (
  app,
  { eventCodes, answers, misses = { perHour: 60, burst: 20 } },
) => {
  const missLimit = new AddressRateLimit(misses);

  app.get<{ Params: { code: string } }>(
    '/api/drop-in/:code',
    {
      schema: {
        params: {
          type: 'object',
          properties: { code: { type: 'string', maxLength: 64 } },
          required: ['code'],
          additionalProperties: false,
        },
        response: { 200: dropInAnswerSchema, 404: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const wait = missLimit.wait(request.ip);
      if (wait > 0) {
        return reply
          .code(429)
          .header('retry-after', String(wait))
          .send({
            error: 'too many requests',
            message: `Too many codes that open nothing were tried from your network. Wait about ${humanWait(wait)}, then check the code on the screen and try again.`,
          });
      }
      const event = await eventCodes.resolve(request.params.code);
      if (!event) {
        missLimit.take(request.ip);
        return reply.code(404).send({
          error: 'not found',
          message:
            'No event has this code. Check it against the screen (letters and digits, no 0, 1, I, L, O or U); it ' +
            'may have been replaced.',
        });
      }
      return answers.dropIn(event);
    },
  );
};
