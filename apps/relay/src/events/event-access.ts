import type { FastifyReply, FastifyRequest } from 'fastify';
import { isValidBoardId } from '@notevote/board';
import { verifyEventToken } from '../auth/event-capabilities';
import type { EventDirectory, EventRecord } from '../storage/event-directory';

export const eventParams = {
  type: 'object',
  properties: { eventId: { type: 'string' } },
  required: ['eventId'],
  additionalProperties: false,
} as const;

export const NO_SUCH_EVENT = { error: 'not found', message: 'there is no event with this id' } as const;

/**
 * The event a request names, when its `Authorization: Bearer <token>` is the event's current organiser link;
 * otherwise answers 404 (no such event) or 401 (no token, not this event's organiser token — a board's never is — or
 * a replaced one) itself and gives null.
 */
export type EventAccess = (
  request: FastifyRequest<{ Params: { eventId: string } }>,
  reply: FastifyReply,
) => Promise<EventRecord | null>;

export function eventAccess({ events, secret }: { events: EventDirectory; secret: Uint8Array }): EventAccess {
  return async (request, reply) => {
    const { eventId } = request.params;
    const record = isValidBoardId(eventId) ? await events.get(eventId) : null;
    if (!record) {
      await reply.code(404).send(NO_SUCH_EVENT);
      return null;
    }
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const check = token === undefined ? null : verifyEventToken(secret, eventId, token, record.organiserEpoch);
    if (check?.ok) return record;
    await reply
      .code(401)
      .header('www-authenticate', 'Bearer realm="notevote event"')
      .send({
        error: 'unauthorized',
        message:
          check === null
            ? 'This needs the event\'s organiser link: send its token as "Authorization: Bearer <token>".'
            : check.reason === 'link-replaced'
              ? 'This organiser link was replaced. Ask whoever replaced it for the new one.'
              : "This is not the organiser link of this event (a board's link does not open its event). Check " +
                'that it was copied whole.',
      });
    return null;
  };
}
