import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../src/storage/memory-store';
import { deferCleanups, startRelayClosedAfter } from './helpers';

const cleanups = deferCleanups();

function create(httpUrl: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ title: 'Flood' }),
  });
}

describe('creating boards', () => {
  it('refuses a flood from one address after the burst, with Retry-After, storing nothing for the refused', async () => {
    const store = createMemoryStore();
    // The defaults: CREATE_PER_HOUR 60, CREATE_BURST 10.
    const r = await startRelayClosedAfter(cleanups, {}, store);
    const statuses: number[] = [];
    let refusal: Response | null = null;
    for (let batch = 0; batch < 20; batch++) {
      const responses = await Promise.all(Array.from({ length: 50 }, () => create(r.httpUrl)));
      for (const response of responses) {
        statuses.push(response.status);
        if (response.status === 429) refusal ??= response;
        else await response.arrayBuffer();
      }
    }
    expect(statuses).toHaveLength(1_000);
    const created = statuses.filter((status) => status === 201).length;
    // The burst, plus at most the one board a minute the hourly rate adds while the flood runs.
    expect(created).toBeGreaterThanOrEqual(10);
    expect(created).toBeLessThanOrEqual(11);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1_000 - created);

    expect(refusal).not.toBeNull();
    const retryAfter = Number(refusal!.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    const body = (await refusal!.json()) as { error: string; message: string };
    expect(body.error).toBe('too many requests');
    expect(body.message).toMatch(/Wait about \d+ seconds and try again/);
    // Every created board wrote its first state; the refused ones wrote nothing at all.
    expect(await store.listDocs('')).toHaveLength(created);
  });

  it('counts addresses apart, taking the client address from X-Forwarded-For only behind a trusted proxy', async () => {
    const direct = await startRelayClosedAfter(cleanups, { createBurst: 2 });
    const proxied = await startRelayClosedAfter(cleanups, { createBurst: 2, trustProxy: '127.0.0.1' });
    for (const r of [direct, proxied]) {
      for (let i = 0; i < 2; i++)
        expect((await create(r.httpUrl, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(201);
      expect((await create(r.httpUrl, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
    }
    // Without a trusted proxy the header is anyone's to forge: it must not buy a fresh budget.
    expect((await create(direct.httpUrl, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(429);
    // Behind one, it is the real client: another person at another address is not held up.
    expect((await create(proxied.httpUrl, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(201);
  });

  it('with CREATE_KEY, needs the key: none or a wrong one is 401 with what to do, the right one creates', async () => {
    const key = 'venue-key-0123456789';
    const store = createMemoryStore();
    const r = await startRelayClosedAfter(cleanups, { createKey: key }, store);
    const missing = await create(r.httpUrl);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await missing.json()) as { message: string }).message).toMatch(/needs its creation key/);
    for (const wrong of [`Bearer ${key}x`, `Bearer ${key.slice(1)}`, key, 'Bearer ']) {
      const response = await create(r.httpUrl, { authorization: wrong });
      expect(response.status, wrong).toBe(401);
      await response.arrayBuffer();
    }
    expect(await store.listDocs('')).toEqual([]);
    const right = await create(r.httpUrl, { authorization: `Bearer ${key}` });
    expect(right.status).toBe(201);
    expect(await store.listDocs('')).toHaveLength(1);
  });
});
