import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AddressRateLimit } from './address-rate-limit';

export interface CreationGateOptions {
  /** Boards per client address per hour on average, and how many at once (CREATE_PER_HOUR, CREATE_BURST). */
  perHour: number;
  burst: number;
  /** When set, creating a board needs `Authorization: Bearer <createKey>` (CREATE_KEY). */
  createKey: string | null;
}

/** Seconds as a person would say them, rounded up. */
export function humanWait(seconds: number): string {
  if (seconds <= 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 90 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant-time, whatever the lengths (both sides are hashed first). */
const sameKey = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

/** A preHandler: undefined lets the request through, a reply means it was refused (429 or 401). */
export type CreationGate = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

/** What creates boards on this relay, all spending one budget per client address. */
export interface CreationGates {
  /** POST /api/boards and POST /api/events: the budget, then the creation key when CREATE_KEY is set. */
  create: CreationGate;
  /** A board an event's organiser adds: the budget only, since the organiser link stands for the key. */
  spend: CreationGate;
}

/**
 * The preHandlers of board creation. Every attempt spends from the client address's budget, refused ones too, so
 * a wrong key cannot be guessed faster than boards can be created, and creating an event (which creates its boards at
 * once) spends from the same budget as creating a board. The address is `request.ip`: behind a reverse proxy, set
 * TRUST_PROXY or every client shares the proxy's budget.
 */
export function creationGates(options: CreationGateOptions): CreationGates {
  const limit = new AddressRateLimit({ perHour: options.perHour, burst: options.burst });
  const spend: CreationGate = async (request, reply) => {
    const wait = limit.take(request.ip);
    if (wait === 0) return undefined;
    return reply
      .code(429)
      .header('retry-after', String(wait))
      .send({
        error: 'too many requests',
        message:
          `Too many boards were created from your network in a short time. Wait about ${humanWait(wait)} and ` +
          'try again. If a whole venue shares this connection, ask the people who run this server to raise ' +
          'CREATE_PER_HOUR and CREATE_BURST.',
      });
  };
  const create: CreationGate = async (request, reply) => {
    const refused = await spend(request, reply);
    if (refused) return refused;
    if (options.createKey === null) return undefined;
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (given !== undefined && sameKey(given, options.createKey)) return undefined;
    return reply
      .code(401)
      .header('www-authenticate', 'Bearer realm="notevote board creation"')
      .send({
        error: 'unauthorized',
        message:
          given === undefined
            ? 'Creating a board on this server needs its creation key. Ask the people who run this server for it.'
            : 'That creation key is not right. Check it with the people who run this server and try again.',
      });
  };
  return { create, spend };
}
