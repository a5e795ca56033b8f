import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../test/redis-server';
import { connectRedisCluster, redactedUrl } from './redis-cluster';

describe('connecting to Redis', () => {
  it('says which Redis could not be reached and why, without its password', async () => {
    const port = await freePort();
    const connecting = connectRedisCluster({
      url: `redis://:s3cret-password@127.0.0.1:${port}`,
      prefix: 'notevote-test:',
      leaseMs: 1_000,
      log: Fastify({ logger: false }).log,
    });
    await expect(connecting).rejects.toThrow(
      new RegExp(`could not connect to Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port}/? \\(connect ECONNREFUSED`),
    );
    await expect(connecting).rejects.not.toThrow(/s3cret/);
  });

  it('never repeats a password in messages', () => {
    expect(redactedUrl('rediss://user:hunter2@cache.internal:6380/1')).toBe('rediss://user:***@cache.internal:6380/1');
    expect(redactedUrl('not a url')).toBe('REDIS_URL');
  });
});
