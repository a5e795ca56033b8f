import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { healthRoutes, type HealthRouteOptions } from '../routes/health';
import { listenerPolicy } from './metrics-access';

/** Says which setting to change when the metrics listener cannot open. */
export class MetricsListenError extends Error {
  override readonly name = 'MetricsListenError';
}

/**
 * The METRICS_PORT listener: /metrics, the detailed /healthz and /readyz, for scrapers on a private address only.
 * Built with the app and opened when the app is ready (so `app.listen` fails if it cannot open); closed with the app.
 */
export async function buildMetricsListener(
  app: FastifyInstance,
  where: { host: string; port: number },
  routes: Omit<HealthRouteOptions, 'access'>,
  logger: FastifyBaseLogger,
): Promise<FastifyInstance> {
  const listener = Fastify({
    loggerInstance: logger.child({ listener: 'metrics' }),
    logController: new LogController({ disableRequestLogging: true }),
  });
  await listener.register(healthRoutes, { ...routes, access: listenerPolicy });
  app.addHook('onReady', async () => {
    try {
      await listener.listen(where);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const hint =
        code === 'EADDRINUSE'
          ? `port ${where.port} is in use: set METRICS_PORT to a free port`
          : 'check METRICS_HOST (an address of this machine) and METRICS_PORT';
      throw new MetricsListenError(`could not open the metrics listener on ${where.host}:${where.port}: ${hint}`, {
        cause: error,
      });
    }
  });
  app.addHook('onClose', async () => listener.close());
  return listener;
}
