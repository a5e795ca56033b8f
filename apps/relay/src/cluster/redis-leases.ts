import type { Redis } from 'ioredis';
import type { BoardLeases } from './bus';

// Keep the lease if it is ours, take it if nobody holds it; 1 when held afterwards.
const RENEW = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]); return 1 end
return 0`;
// Let it go only if it is ours.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Board leases in Redis: `<prefix>lease:<board>` holds the id of the instance that holds the board, expiring after
 * `ttlMs` unless renewed. An instance that dies stops renewing, so another takes its boards within `ttlMs`.
 */
export class RedisLeases implements BoardLeases {
  constructor(
    private readonly redis: Redis,
    private readonly instanceId: string,
    private readonly ttlMs: number,
    private readonly prefix: string,
  ) {}

  private keyOf(board: string): string {
    return `${this.prefix}lease:${board}`;
  }

  private instanceKeyOf(instance: string): string {
    return `${this.prefix}instance:${instance}`;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  async acquire(board: string): Promise<{ held: true } | { held: false; holder: string }> {
    const taken = await this.redis.set(this.keyOf(board), this.instanceId, 'PX', this.ttlMs, 'NX');
    if (taken === 'OK') return { held: true };
    const held = (await this.redis.eval(RENEW, 1, this.keyOf(board), this.instanceId, String(this.ttlMs))) as number;
    if (held === 1) return { held: true };
    const holder = await this.redis.get(this.keyOf(board));
    // It expired between the two calls: try once more.
    return holder === null ? this.acquire(board) : { held: false, holder };
  }

  async renew(boards: readonly string[]): Promise<string[]> {
    if (boards.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const board of boards) pipeline.eval(RENEW, 1, this.keyOf(board), this.instanceId, String(this.ttlMs));
    const results = (await pipeline.exec()) ?? [];
    return boards.filter((_, i) => {
      const [error, held] = results[i] ?? [null, 0];
      return !error && held !== 1;
    });
  }

  async holders(boards: readonly string[]): Promise<Array<string | null>> {
    if (boards.length === 0) return [];
    return this.redis.mget(...boards.map((board) => this.keyOf(board)));
  }

  async release(board: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keyOf(board), this.instanceId);
  }

  async announce(): Promise<void> {
    await this.redis.set(this.instanceKeyOf(this.instanceId), '1', 'PX', this.ttlMs);
  }

  async alive(instances: readonly string[]): Promise<boolean[]> {
    if (instances.length === 0) return [];
    const found = await this.redis.mget(...instances.map((instance) => this.instanceKeyOf(instance)));
    return found.map((value) => value !== null);
  }
}
