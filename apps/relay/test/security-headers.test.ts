import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deferCleanups, startRelayClosedAfter, tempDir } from './helpers';

const cleanups = deferCleanups();

/** Headers every response must carry, whatever answered it. */
function expectSecurityHeaders(response: Response, what: string): void {
  expect(response.headers.get('content-security-policy'), what).toMatch(/default-src 'self'.*frame-ancestors 'self'/);
  expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('x-frame-options'), what).toBe('SAMEORIGIN');
}

describe('security headers', () => {
  it('are on /healthz, API answers, 404s and 400s; API answers are never cached', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const cases: Array<[string, RequestInit, number]> = [
      ['/healthz', {}, 200],
      ['/api/boards/no-such-board/links', {}, 404],
      ['/no/such/page', {}, 404],
      ['/api/nothing-here', {}, 404],
      [
        '/api/boards',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'x'.repeat(500) }),
        },
        400,
      ],
      ['/api/boards', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }, 400],
    ];
    for (const [url, init, status] of cases) {
      const response = await fetch(`${r.httpUrl}${url}`, init);
      const what = `${init.method ?? 'GET'} ${url}`;
      expect(response.status, what).toBe(status);
      expectSecurityHeaders(response, what);
      if (url.startsWith('/api/')) expect(response.headers.get('cache-control'), what).toBe('no-store');
    }
    const created = await fetch(`${r.httpUrl}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(created.status).toBe(201);
    expectSecurityHeaders(created, 'POST /api/boards');
    expect(created.headers.get('cache-control')).toBe('no-store');
  });

  it('are on the web app, whose pages may still be cached and revalidated', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>notevote</title>');
    fs.writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'index-Ab12Cd34.js'), 'console.log(2)');
    const r = await startRelayClosedAfter(cleanups, { webRoot: dir });
    for (const url of ['/', '/b/some-board', '/app.js', '/assets/index-Ab12Cd34.js']) {
      const response = await fetch(`${r.httpUrl}${url}`, { headers: { accept: 'text/html' } });
      expect(response.status, url).toBe(200);
      expectSecurityHeaders(response, url);
      expect(response.headers.get('cache-control'), url).not.toBe('no-store');
    }
    // Hashed assets are cached for good; the page that names them is revalidated, so a new build reaches everyone.
    const asset = await fetch(`${r.httpUrl}/assets/index-Ab12Cd34.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/b/some-board']) {
      const page = await fetch(`${r.httpUrl}${url}`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('cache-control'), url).not.toContain('immutable');
    }
  });
});
