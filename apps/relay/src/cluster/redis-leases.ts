import type { Redis } from 'ioredis';
import type { BoardLeases } from './bus';

// Keep the lease if it is ours, take it if nobody holds it (one atomic step): '' when ours afterwards, else the holder.
const TAKE_OR_KEEP = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return holder end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return ''`;
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
    const holder = (await this.redis.eval(TAKE_OR_KEEP, 1, this.keyOf(board), this.instanceId, this.ttlMs)) as string;
    return holder === '' ? { held: true } : { held: false, holder };
  }

  async renew(boards: readonly string[]): Promise<Array<{ board: string; holder: string }>> {
    if (boards.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const board of boards) pipeline.eval(TAKE_OR_KEEP, 1, this.keyOf(board), this.instanceId, this.ttlMs);
    const results = (await pipeline.exec()) ?? [];
    // A board whose renewal failed outright is not lost yet: the next renewal, or the lease's expiry, decides.
    const lost: Array<{ board: string; holder: string }> = [];
    boards.forEach((board, i) => {
      const [error, holder] = results[i] ?? [null, ''];
      if (!error && typeof holder === 'string' && holder !== '') lost.push({ board, holder });
    });
    return lost;
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
