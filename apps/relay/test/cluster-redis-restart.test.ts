import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { readNotes } from '@notevote/board';
import { noteWriter, startCluster, type NoteWriter } from './cluster-helpers';
import { connectClient, deferCleanups, synced, waitFor, type TestRelay } from './helpers';
import { OwnRedis } from './redis-server';

const cleanups = deferCleanups();

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
    await redis.restart();
    // Writing goes on while the instances notice, reconnect and their forwarded clients resync.
    for (let i = 0; i < 10; i++, await sleep(40)) writeRound();
    await redis.restart(300);
    for (let i = 0; i < 10; i++, await sleep(40)) writeRound();

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
    // A fresh reader on either instance gets all of it.
    for (const relay of [one, two]) {
      const reader = connectClient(relay.wsUrl, boardId, await relay.access(boardId, 'projector'));
      cleanups.push(() => reader.destroy());
      await synced(reader, 10_000);
      expect(texts(reader)).toEqual(expected);
    }
  });
});
