import type { FastifyReply, FastifyRequest } from 'fastify';
import { AddressRateLimit } from './address-rate-limit';
import { humanWait } from './creation-gate';

export interface UploadGateOptions {
  /** Images per client address per hour on average, and how many at once (UPLOADS_PER_HOUR, UPLOAD_BURST). */
  perHour: number;
  burst: number;
}

/**
 * The onRequest hook of image uploads: a token bucket per client address, spent before the body is read, so an
 * address over its budget costs the relay neither the upload's bytes nor a look at its link. Refused attempts spend
 * too. The address is `request.ip`: behind a reverse proxy, set TRUST_PROXY or every client shares the proxy's budget.
 */
export function uploadGate(options: UploadGateOptions) {
  const limit = new AddressRateLimit({ perHour: options.perHour, burst: options.burst });
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const wait = limit.take(request.ip);
    if (wait === 0) return undefined;
    return reply
      .code(429)
      .header('retry-after', String(wait))
      .send({
        error: 'too many requests',
        message:
          `Too many pictures were added from your network in a short time. Wait about ${humanWait(wait)} and try ` +
          'again. If a whole venue shares this connection, ask the people who run this server to raise ' +
          'UPLOADS_PER_HOUR and UPLOAD_BURST.',
      });
  };
}
