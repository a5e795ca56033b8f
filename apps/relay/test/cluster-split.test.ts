import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { readNotes } from '@notevote/board';
import type { ClusterHost } from '../src/cluster/cluster-host';
import { noteWriter, SHARED_REDIS_URL, startCluster, testRedisPrefix } from './cluster-helpers';
import { deferCleanups, waitFor, type TestRelay } from './helpers';

const cleanups = deferCleanups();
const hostOf = (relay: TestRelay) => relay.app.host as ClusterHost;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two rooms for one board', () => {
  it('when an instance finds another holds its board, that one gets what it accepted, and nobody is refused', async () => {
    const prefix = testRedisPrefix();
    // Long leases: renewals (a third of one apart) leave a wide window for the split this test makes.
    const leaseMs = 9_000;
    const { relays } = await startCluster(cleanups, 2, { redisPrefix: prefix, leaseMs });
    const [one, two] = relays as [TestRelay, TestRelay];
    const redis = new Redis(SHARED_REDIS_URL);
    cleanups.push(() => redis.quit());
    const boardId = 'split-brain';
    const lease = `${prefix}lease:${boardId}`;
    const write = (relay: TestRelay) =>
      noteWriter(relay.wsUrl, boardId, (key) => relay.access(boardId, 'participant', key), cleanups);

    const keeper = await write(one);
    const keeperClosedWith: string[] = [];
    keeper.provider.on('connection-close', (event) => keeperClosedWith.push(`${event?.code} ${event?.reason}`));
    const leaver = await write(one);
    keeper.write('before the split');
    await waitFor(() => leaver.texts().length === 1, 'the first note on instance one');
    expect(hostOf(one).loadedBoards).toBe(1);

    // Just after instance one renewed (its lease's time to live jumps back up), the lease is made instance two's
    // behind instance one's back, as after a pause longer than the lease: both now run a room for the board until
    // instance one's next renewal, leaseMs / 3 later.
    const deadline = Date.now() + leaseMs;
    for (let previous = await redis.pttl(lease); ;) {
      await sleep(20);
      const ttl = await redis.pttl(lease);
      if (ttl > previous) break;
      if (Date.now() > deadline) throw new Error(`instance one did not renew its lease (time to live ${ttl} ms)`);
      previous = ttl;
    }
    await redis.set(lease, hostOf(two).instanceId, 'PX', leaseMs);
    const newcomer = await write(two);
    expect(hostOf(two).loadedBoards).toBe(1);
    expect(newcomer.texts()).toEqual(['before the split']);

    // Accepted by instance one's room only; its author leaves before instance one notices.
    leaver.write('written in the room that loses the board');
    await waitFor(() => keeper.texts().length === 2, 'the note to reach the other client of instance one');
    expect(newcomer.texts()).toEqual(['before the split']);
    leaver.provider.destroy();

    // Instance one renews, finds instance two holds the board, hands it over and sends its clients there. The client
    // that stays carries a note of someone else that instance two's room did not have: without the hand-over it
    // would be refused (author-mismatch) and the note lost.
    await waitFor(() => hostOf(one).loadedBoards === 0, 'instance one to step down', leaseMs);
    const expected = ['before the split', 'written in the room that loses the board'];
    await waitFor(() => newcomer.texts().length === 2, 'the handed-over note on instance two');
    keeper.write('after the split');
    await waitFor(() => newcomer.texts().length === 3, "the keeper's next note on instance two");
    expect(newcomer.texts()).toEqual([...expected, 'after the split'].sort());
    expect(keeper.texts()).toEqual(newcomer.texts());
    // Told to reconnect once, and never refused.
    expect(keeperClosedWith).toEqual(['1012 server-restarting']);
    expect(keeper.provider.wsconnected).toBe(true);
    expect(hostOf(one).forwardedConnections).toBe(1);
    expect(hostOf(one).stepDowns).toBe(1);
    expect(readNotes(newcomer.provider.doc)).toHaveLength(3);
  });
});
