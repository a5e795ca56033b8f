import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { readNotes } from '@notevote/board';
import type { ClusterHost } from '../src/cluster/cluster-host';
import { noteWriter, startCluster, type NoteWriter } from './cluster-helpers';
import { connectClient, deferCleanups, synced, waitFor, type TestRelay } from './helpers';
import { OwnRedis } from './redis-server';

const cleanups = deferCleanups();
const hostOf = (relay: TestRelay) => relay.app.host as ClusterHost;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Redis restarted mid-session', () => {
  it('instances reconnect, clients resync, and nothing written before, during or after is lost', async () => {
    const redis = await OwnRedis.start();
    cleanups.push(() => redis.kill());
    const { relays } = await startCluster(cleanups, 2, { redisUrl: redis.url, leaseMs: 3_000 });
    const [one, two] = relays as [TestRelay, TestRelay];
    const boardId = 'redis-restart';

    // Three writers on each instance: the board's room is on one, so those on two are forwarded through Redis.
    const writers: NoteWriter[] = [];
    for (const relay of [one, two, one, two, one, two]) {
      writers.push(
        await noteWriter(relay.wsUrl, boardId, (key) => relay.access(boardId, 'participant', key), cleanups),
      );
    }
    const written: string[] = [];
    let round = 0;
    const writeRound = () => {
      writers.forEach((writer, i) => {
        const text = `note ${round}-${i}`;
        writer.write(text);
        written.push(text);
      });
      round++;
    };

    for (let i = 0; i < 5; i++, await sleep(40)) writeRound();
    // Down for no time, then for up to half a lease: long enough for clients to come back before their instance has
    // renewed its leases. Writing goes on while the instances notice, reconnect and their forwarded clients resync.
    for (const downMs of [0, 500, 1_000, 1_500]) {
      await redis.restart(downMs);
      for (let i = 0; i < 8; i++, await sleep(40)) writeRound();
    }

    const texts = (provider: WebsocketProvider) =>
      readNotes(provider.doc)
        .map((note) => note.text)
        .sort();
    const expected = [...written].sort();
    for (const writer of writers) {
      await waitFor(
        () => readNotes(writer.provider.doc).length === expected.length,
        'every note on every client',
        20_000,
      );
    }
    for (const writer of writers) expect(texts(writer.provider)).toEqual(expected);
    // The leases Redis lost went back to their holder: at no point did the other instance run a room of the board.
    expect(hostOf(one).loadedBoards).toBe(1);
    expect(hostOf(two).loadedBoards).toBe(0);
    expect(hostOf(one).stepDowns + hostOf(two).stepDowns).toBe(0);
    // A fresh reader on either instance gets all of it.
    for (const relay of [one, two]) {
      const reader = connectClient(relay.wsUrl, boardId, await relay.access(boardId, 'projector'));
      cleanups.push(() => reader.destroy());
      await synced(reader, 10_000);
      expect(texts(reader)).toEqual(expected);
    }
  });
});
