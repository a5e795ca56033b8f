import type { FastifyPluginAsync } from 'fastify';
import type { MetricsAccessPolicy } from '../ops/metrics-access';
import type { RelayMetrics } from '../ops/metrics';
import type { Readiness } from '../ops/readiness';

/** The figures /healthz shows to whoever may read the metrics. */
export interface HealthDetails {
  boardsInMemory: number;
  connectionsOpen: number;
  /** Storage writes started and not yet durable. */
  pendingWrites: number;
  /** Updates refused since start, by refusal code (see REFUSALS in @notevote/board). */
  refusedUpdates: Record<string, number>;
  draining: boolean;
}

export interface HealthRouteOptions {
  readiness: Readiness;
  metrics: RelayMetrics;
  details: () => HealthDetails;
  /** Who may see /metrics and the detailed /healthz on this listener. */
  access: MetricsAccessPolicy;
}

/**
 * Operations endpoints: GET /healthz (alive: public, and detailed for whoever may read the metrics), GET /readyz
 * (whether a load balancer should send clients here) and GET /metrics (Prometheus).
 */
export const healthRoutes: FastifyPluginAsync<HealthRouteOptions> = async (
  app,
  { readiness, metrics, details, access },
) => {
  app.get(
    '/healthz',
    {
      schema: {
        response: {
          200: {
            type: 'object',
            properties: {
              status: { type: 'string' },
              uptimeSeconds: { type: 'number' },
              boardsInMemory: { type: 'integer' },
              connectionsOpen: { type: 'integer' },
              pendingWrites: { type: 'integer' },
              refusedUpdates: { type: 'object', additionalProperties: { type: 'integer' } },
              draining: { type: 'boolean' },
            },
            required: ['status'],
          },
        },
      },
    },
    async (request) =>
      access(request.headers.authorization) === 'granted'
        ? { status: 'ok', uptimeSeconds: Math.round(process.uptime()), ...details() }
        : { status: 'ok' },
  );

  // Logged when the answer changes, not on every probe: load balancers ask every few seconds.
  let lastFailures = '';
  app.get(
    '/readyz',
    {
      schema: {
        response: {
          '2xx': { type: 'object', properties: { status: { type: 'string' } }, required: ['status'] },
          503: {
            type: 'object',
            properties: { status: { type: 'string' }, failed: { type: 'array', items: { type: 'string' } } },
            required: ['status'],
          },
        },
      },
    },
    async (_request, reply) => {
      const report = await readiness.report();
      const failures = report.ready ? '' : report.failed.map(({ name, reason }) => `${name}: ${reason}`).join('; ');
      if (failures !== lastFailures) {
        if (failures)
          app.log.warn({ failures }, 'not ready: a readiness check failed; /readyz answers 503 until it passes');
        else app.log.info('ready again: every readiness check passes');
        lastFailures = failures;
      }
      if (report.ready) return { status: 'ready' };
      reply.code(503);
      return report.draining
        ? { status: 'draining' }
        : { status: 'not-ready', failed: report.failed.map((failed) => failed.name) };
    },
  );

  app.get('/metrics', async (request, reply) => {
    switch (access(request.headers.authorization)) {
      case 'hidden':
        return reply.callNotFound();
      case 'refused':
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer')
          .send({ error: 'metrics need the header Authorization: Bearer <METRICS_TOKEN>' });
      case 'granted': {
        const { contentType, body } = await metrics.exposition();
        return reply.type(contentType).header('cache-control', 'no-store').send(body);
      }
    }
  });
};
