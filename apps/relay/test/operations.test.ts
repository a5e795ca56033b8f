import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, readNote } from '@notevote/board';
import { encodeUpdate } from '../src/sync/protocol';
import { createMemoryStore } from '../src/storage/memory-store';
import type { ReadinessCheck } from '../src/ops/readiness';
import type { DocStore } from '../src/storage/types';
import {
  boardUrl,
  closed,
  connectClient,
  deferCleanups,
  rawSocket,
  startRelay,
  synced,
  userOf,
  waitFor,
  type TestRelay,
} from './helpers';

const cleanups = deferCleanups();

const TOKEN = 'operations-test-metrics-token';
const bearer = { authorization: `Bearer ${TOKEN}` };

async function relay(overrides = {}, readinessChecks: ReadinessCheck[] = []): Promise<TestRelay> {
  const started = await startRelay(createMemoryStore(), overrides, { readinessChecks });
  cleanups.push(() => started.close());
  return started;
}

/** The value of one sample in Prometheus text, e.g. sample(text, 'notevote_messages_total', { direction: 'in' }). */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of exposition.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  throw new Error(`no sample ${name} ${JSON.stringify(labels)} in:\n${exposition}`);
}

async function scrape(r: TestRelay): Promise<string> {
  const response = await fetch(`${r.httpUrl}/metrics`, { headers: bearer });
  expect(response.status).toBe(200);
  return response.text();
}

describe('GET /healthz', () => {
  it('tells the public only that the relay is alive', async () => {
    const r = await relay({ metricsToken: TOKEN });
    for (const headers of [{}, { authorization: 'Bearer not-the-metrics-token' }]) {
      const response = await r.app.inject({ url: '/healthz', headers });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    }
  });

  it('shows the figures to whoever holds the metrics token', async () => {
    const r = await relay({ metricsToken: TOKEN });
    const response = await r.app.inject({ url: '/healthz', headers: bearer });
    expect(response.json()).toMatchObject({
      status: 'ok',
      boardsInMemory: 0,
      connectionsOpen: 0,
      pendingWrites: 0,
      refusedUpdates: {},
      draining: false,
    });
  });
});

describe('GET /readyz', () => {
  it('answers 200 when every readiness check passes', async () => {
    const r = await relay({}, [{ name: 'sqlite', check: async () => {} }]);
    const response = await r.app.inject('/readyz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready' });
  });

  it('answers 503 naming the failed check, and nothing of why (the log has that)', async () => {
    let redisUp = false;
    const r = await relay({}, [
      { name: 'postgresql', check: async () => {} },
      {
        name: 'redis',
        check: async () => {
          if (!redisUp) throw new Error('connect ECONNREFUSED redis://:hunter2@10.0.0.7:6379');
        },
      },
    ]);
    const response = await r.app.inject('/readyz');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'not-ready', failed: ['redis'] });
    expect(response.body).not.toContain('hunter2');
    redisUp = true;
    expect((await r.app.inject('/readyz')).statusCode).toBe(200);
  });

  it('answers 503 "draining" once shutdown has started', async () => {
    const r = await relay({}, [{ name: 'sqlite', check: async () => {} }]);
    r.app.readiness.startDraining();
    const response = await r.app.inject('/readyz');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'draining' });
  });
});

describe('shutting down', () => {
  it('reports not ready and refuses new connections at once, while the boards are still being saved', async () => {
    let finishFlush: () => void = () => {};
    const inner = createMemoryStore();
    const store: DocStore = {
      ...inner,
      flush: () => new Promise<void>((resolve) => (finishFlush = () => void inner.flush().then(resolve))),
    };
    const r = await startRelay(store, {}, { readinessChecks: [{ name: 'memory', check: async () => {} }] });
    cleanups.push(() => r.close());
    const access = await r.access('closing');
    const writer = connectClient(r.wsUrl, 'closing', access);
    cleanups.push(() => writer.destroy());
    await synced(writer);
    const goingAway = new Promise<number>((resolve) =>
      writer.once('connection-close', (event) => resolve(event?.code ?? 0)),
    );

    const closing = r.app.close();
    await waitFor(() => r.app.readiness.draining, 'the relay to start draining');
    expect((await fetch(`${r.httpUrl}/readyz`)).status).toBe(503);
    await expect(rawSocket(boardUrl(r.wsUrl, 'closing', access))).rejects.toThrow(/503/);

    finishFlush();
    await closing;
    expect(await goingAway).toBe(1001);
  });
});

describe('GET /metrics', () => {
  it('does not exist when neither METRICS_TOKEN nor METRICS_PORT is set', async () => {
    const r = await relay();
    expect((await r.app.inject('/metrics')).statusCode).toBe(404);
    expect((await r.app.inject({ url: '/metrics', headers: bearer })).statusCode).toBe(404);
  });

  it('is refused without the token, and served with it', async () => {
    const r = await relay({ metricsToken: TOKEN });
    for (const authorization of [undefined, 'Bearer not-the-metrics-token', `Basic ${TOKEN}`]) {
      const response = await r.app.inject({ url: '/metrics', headers: authorization ? { authorization } : {} });
      expect(response.statusCode, String(authorization)).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.body).not.toContain('notevote_');
    }
    const response = await r.app.inject({ url: '/metrics', headers: bearer });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(response.body, 'notevote_connections_open')).toBe(0);
    expect(sample(response.body, 'notevote_redis_lag_seconds')).toBe(0);
    expect(sample(response.body, 'notevote_boards_stepped_down_total')).toBe(0);
  });

  it('is served on METRICS_PORT without a token, and not on the public port', async () => {
    const r = await relay({ metricsPort: 0, metricsHost: '127.0.0.1' });
    const address = r.app.metricsListener?.server.address();
    if (typeof address !== 'object' || !address) throw new Error('the metrics listener is not listening');
    expect(address.port).not.toBe(r.port);
    const metricsUrl = `http://127.0.0.1:${address.port}`;
    const metrics = await fetch(`${metricsUrl}/metrics`);
    expect(metrics.status).toBe(200);
    expect(sample(await metrics.text(), 'notevote_boards_loaded')).toBe(0);
    expect(await (await fetch(`${metricsUrl}/healthz`)).json()).toMatchObject({ status: 'ok', boardsInMemory: 0 });
    expect((await fetch(`${metricsUrl}/readyz`)).status).toBe(200);
    expect((await fetch(`${r.httpUrl}/metrics`)).status).toBe(404);
    expect(await (await fetch(`${r.httpUrl}/healthz`)).json()).toEqual({ status: 'ok' });
  });

  it('counts connections, boards, messages and bytes each way, and durable writes, as a stock client writes', async () => {
    const r = await relay({ metricsToken: TOKEN });
    const before = await scrape(r);
    const writer = connectClient(r.wsUrl, 'counted', await r.access('counted'));
    const reader = connectClient(r.wsUrl, 'counted', await r.access('counted'));
    cleanups.push(
      () => writer.destroy(),
      () => reader.destroy(),
    );
    await Promise.all([synced(writer), synced(reader)]);
    const noteId = createNote(writer.doc, { x: 0, y: 0, text: 'counted' }, { authorId: userOf(writer) });
    await waitFor(() => readNote(reader.doc, noteId) !== null, 'the reader to receive the note');

    const after = await scrape(r);
    expect(sample(after, 'notevote_connections_open')).toBe(2);
    expect(sample(after, 'notevote_boards_loaded')).toBe(1);
    for (const direction of ['in', 'out']) {
      for (const name of ['notevote_messages_total', 'notevote_bytes_total']) {
        expect(sample(after, name, { direction }), `${name} ${direction}`).toBeGreaterThan(
          sample(before, name, { direction }),
        );
      }
    }
    // The note, at least, was appended durably; its bytes went out to the reader.
    expect(sample(after, 'notevote_persistence_seconds_count', { operation: 'append', outcome: 'ok' })).toBeGreaterThan(
      0,
    );
    expect(sample(after, 'notevote_bytes_total', { direction: 'out' })).toBeGreaterThan(
      sample(before, 'notevote_bytes_total', { direction: 'out' }) + 'counted'.length,
    );
    // The relay's own share of its delivery: held (judged, applied, stored), then handed to the reader's socket.
    for (const name of ['notevote_relay_hold_seconds', 'notevote_fanout_seconds']) {
      expect(sample(after, `${name}_count`), name).toBeGreaterThan(sample(before, `${name}_count`));
      expect(sample(after, `${name}_sum`), name).toBeGreaterThan(0);
    }

    writer.destroy();
    reader.destroy();
    await waitFor(() => r.app.pendingWork().connectionsOpen === 0, 'both connections to close');
    expect(sample(await scrape(r), 'notevote_connections_open')).toBe(0);
  });

  it('counts refused updates by the rule that refused them', async () => {
    const r = await relay({ metricsToken: TOKEN });
    const socket = await rawSocket(boardUrl(r.wsUrl, 'refusing', await r.access('refusing', 'projector')));
    const closing = closed(socket);
    const doc = new Y.Doc();
    createNote(doc, { x: 0, y: 0, text: 'from a projector' }, { authorId: 'nobody' });
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    expect((await closing).reason).toBe('read-only');
    expect(sample(await scrape(r), 'notevote_refused_updates_total', { rule: 'read-only' })).toBe(1);
  });
});
