import type { FastifyPluginAsync } from 'fastify';
import type { RoomRegistry } from '../rooms/room-registry';

/** GET /healthz: liveness for load balancers and people; boards in memory and refused updates by rule. */
export const healthRoutes: FastifyPluginAsync<{ registry: RoomRegistry }> = async (app, { registry }) => {
  app.get(
    '/healthz',
    {
      schema: {
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string' },
              boardsInMemory: { type: 'integer' },
              uptimeSeconds: { type: 'number' },
              /** Updates refused since start, by refusal code (see REFUSALS in @notevote/board). */
              refusedUpdates: { type: 'object', additionalProperties: { type: 'integer' } },
            },
            required: ['status'],
          },
        },
      },
    },
    async () => ({
      status: 'ok',
      boardsInMemory: registry.size,
      uptimeSeconds: Math.round(process.uptime()),
      refusedUpdates: Object.fromEntries(registry.refusals),
    }),
  );
};
