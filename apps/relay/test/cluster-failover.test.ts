import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { readNotes } from '@notevote/board';
import { freshSchemaName, scratchSchemas, TEST_DATABASE_URL } from '../src/storage/postgres-test-support';
import { noteWriter, SHARED_REDIS_URL, testRedisPrefix, type NoteWriter } from './cluster-helpers';
import { startFailoverProxy } from './failover-proxy';
import {
  connectClient,
  deferCleanups,
  type RelayProcess,
  spawnRelay,
  synced,
  tempDir,
  tokenOf,
  waitFor,
} from './helpers';

const cleanups = deferCleanups();
const schemas = scratchSchemas();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const WRITERS = 50;
const ROUNDS = 12;

describe('an instance killed while 50 clients write', () => {
  it('its clients reconnect to the other; everyone converges on every note; a full restart reloads it from PostgreSQL', async () => {
    const schema = freshSchemaName();
    schemas.dropAfterTest(schema);
    const env = {
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      REDIS_URL: SHARED_REDIS_URL,
      REDIS_PREFIX: testRedisPrefix(),
      LEASE_MS: '1500',
      UNLOAD_DELAY_MS: '500',
    };
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const started: RelayProcess[] = [];
    const spawn = async () => {
      const relay = await spawnRelay(dir, 0, env);
      started.push(relay);
      cleanups.push(
        () => relay.child.kill('SIGKILL'),
        () => relay.closeDirectory(),
      );
      return relay;
    };
    const [one, two] = [await spawn(), await spawn()];
    const proxy = await startFailoverProxy([one.port, two.port]);
    cleanups.push(() => proxy.close());
    const wsUrl = `ws://127.0.0.1:${proxy.port}/ws`;

    const created = await fetch(`${one.httpUrl}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Plenary' }),
    });
    expect(created.status).toBe(201);
    const { boardId, links } = (await created.json()) as { boardId: string; links: Record<string, string> };
    const participant = tokenOf(links['participant']!);
    const projector = { token: tokenOf(links['projector']!) };

    // Fifty stock clients through the proxy, so half reach each instance.
    const writers: NoteWriter[] = [];
    for (let i = 0; i < WRITERS; i++) {
      writers.push(
        await noteWriter(wsUrl, boardId, (key) => ({ token: participant, key }), cleanups, { waitSynced: false }),
      );
    }
    await Promise.all(writers.map(({ provider }) => synced(provider, 15_000)));

    const redis = new Redis(SHARED_REDIS_URL);
    cleanups.push(() => redis.quit());
    let victim: RelayProcess | null = null;
    let holder: string | null = null;
    const written: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      writers.forEach((writer, i) => {
        writer.write(`note ${round}-${i}`);
        written.push(`note ${round}-${i}`);
      });
      // Halfway, the instance that holds the board dies without a word.
      if (round === ROUNDS / 2) {
        holder = await redis.get(`${env.REDIS_PREFIX}lease:${boardId}`);
        victim = [one, two].find((relay) => holder?.includes(`-${relay.child.pid}-`)) ?? null;
        expect(victim, `the holder (${holder}) is one of the two instances`).not.toBeNull();
        victim!.child.kill('SIGKILL');
        await victim!.stopped;
      }
      await sleep(100);
    }
    const expected = [...written].sort();
    const texts = (provider: WebsocketProvider) =>
      readNotes(provider.doc)
        .map((note) => note.text)
        .sort();

    for (const { provider } of writers) {
      await waitFor(
        () => readNotes(provider.doc).length === expected.length,
        'every client to hold every note',
        30_000,
      );
    }
    for (const { provider } of writers) expect(texts(provider)).toEqual(expected);
    const survivor = victim === one ? two : one;
    const fresh = connectClient(survivor.wsUrl, boardId, projector);
    cleanups.push(() => fresh.destroy());
    await synced(fresh, 10_000);
    expect(texts(fresh)).toEqual(expected);

    // What was sent to the dead instance does not stay in Redis: its inbox is gone or expires within a minute.
    const inboxLeft = await redis.pttl(`${env.REDIS_PREFIX}inbox:${holder}`);
    expect(inboxLeft === -2 || (inboxLeft > 0 && inboxLeft <= 60_000), `inbox TTL ${inboxLeft}`).toBe(true);

    // Everything stops, then starts again: the board comes back from PostgreSQL alone.
    for (const { provider } of writers) provider.destroy();
    fresh.destroy();
    survivor.child.kill('SIGTERM');
    expect(await survivor.stopped).toBe(0);
    const [three, four] = [await spawn(), await spawn()];
    for (const relay of [three, four]) {
      const reader = connectClient(relay.wsUrl, boardId, projector);
      cleanups.push(() => reader.destroy());
      await synced(reader, 10_000);
      expect(texts(reader)).toEqual(expected);
    }
  });
});
