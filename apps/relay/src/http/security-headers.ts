import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every response the relay sends: pages, API answers, `/healthz`, 404s and errors. Participants
 * may be at risk for what they write, so the app may load nothing from any host but this one, may not be framed by
 * another site, and leaks no referrer.
 */
export const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; " +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
} as const;

/** API answers carry capability links: no browser or proxy cache may keep a copy. */
const API_HEADERS = { 'cache-control': 'no-store' } as const;

const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/**
 * Adds the headers as a root-level hook (fastify-plugin lifts it out of this plugin's scope), so every route of
 * every plugin, the not-found handler and the error handler get them.
 */
export const securityHeaders: FastifyPluginAsync = fp(
  async (app) => {
    app.addHook('onSend', async (request, reply) => {
      reply.headers(SECURITY_HEADERS);
      if (isApi(request.url)) reply.headers(API_HEADERS);
    });
  },
  { name: 'notevote-security-headers' },
);
