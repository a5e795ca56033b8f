import type { FastifyPluginAsync } from 'fastify';

/**
 * GET /api/time: the relay's clock, so every device can show the same remaining time on a timer whatever its own
 * clock says (the web app estimates its offset with round-trip correction, apps/web/src/sync/server-clock.ts). The
 * API's `Cache-Control: no-store` keeps any cache from answering with an old time.
 */
export const timeRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/time',
    {
      schema: {
        response: {
          200: { type: 'object', properties: { now: { type: 'integer' } }, required: ['now'] },
        },
      },
    },
    async () => ({ now: Date.now() }),
  );
};
