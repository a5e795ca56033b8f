import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import type { BoardLeases, ClusterBus } from './bus';
import { RedisBus } from './redis-bus';
import { RedisLeases } from './redis-leases';

export interface RedisClusterOptions {
  url: string;
  prefix: string;
  leaseMs: number;
  log: FastifyBaseLogger;
  /** Default: host name, process id and a random part (a restarted process is a new instance). */
  instanceId?: string;
  onLag?: (seconds: number) => void;
}

/** A fresh id for this process: readable in logs, never reused by a later process. */
export function newInstanceId(): string {
  const host =
    hostname()
      .replace(/[^A-Za-z0-9.-]/g, '')
      .slice(0, 40) || 'relay';
  return `${host}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/** Connects this instance to the others through Redis: the bus (Redis Streams) and the board leases. */
export async function connectRedisCluster(
  options: RedisClusterOptions,
): Promise<{ bus: ClusterBus; leases: BoardLeases }> {
  const instanceId = options.instanceId ?? newInstanceId();
  // Lease commands fail at once while Redis is unreachable (no offline queue): a client is then told to retry,
  // rather than kept waiting on a board nobody can be sure to hold.
  const redis = new Redis(options.url, {
    connectionName: `notevote-${instanceId}-leases`,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: true,
  });
  let lastProblem: string | null = null;
  redis.on('error', (error: Error) => {
    lastProblem = error.message;
    options.log.debug({ err: error.message }, 'redis (leases): connection problem');
  });
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    // The socket's own error ("connect ECONNREFUSED …") says more than the client's "Connection is closed".
    const why = (lastProblem ?? (error as Error).message).replace(/\.+$/, '');
    throw new Error(
      `could not connect to Redis at ${redactedUrl(options.url)} (${why}). Check REDIS_URL and that Redis is running.`,
    );
  }
  const bus = await RedisBus.connect({
    url: options.url,
    prefix: options.prefix,
    instanceId,
    log: options.log,
    onLag: options.onLag,
  });
  const leases = new RedisLeases(redis, instanceId, options.leaseMs, options.prefix);
  // Alive before the first client: instances this one forwards clients to check that it is.
  await leases.announce();
  return { bus, leases };
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}
