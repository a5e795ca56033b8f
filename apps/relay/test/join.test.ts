import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../src/auth/join-code';
import { issueToken } from '../src/auth/capabilities';
import { lanIPv4Addresses } from '../src/http/public-origin';
import { deferCleanups, startRelayClosedAfter, type TestRelay, tokenOf } from './helpers';

/**
 * Joining by code, and the origin links carry, over real HTTP against the real relay: the facilitator's and the
 * projector's answers, the short URL a phone opens, what replacing the participant link and erasing the board do to
 * it, the limit on guessing, and the relay's clock.
 */

const cleanups = deferCleanups();

type Links = Record<'facilitator' | 'participant' | 'projector', string>;
interface LinkAnswer {
  links: Links;
  origin: string;
  reachable: boolean;
  unreachable?: string;
  join: { code: string; url: string };
}

const CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{4}-[${JOIN_CODE_ALPHABET}]{4}$`);

async function createBoard(r: TestRelay): Promise<{ boardId: string; links: Links }> {
  const response = await fetch(`${r.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Join' }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { boardId: string; links: Links };
}

const bearer = (link: string, headers: Record<string, string> = {}) => ({
  headers: { authorization: `Bearer ${tokenOf(link)}`, ...headers },
});

async function linksOf(r: TestRelay, boardId: string, facilitator: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${r.httpUrl}/api/boards/${boardId}/links`, bearer(facilitator, headers));
  expect(response.status).toBe(200);
  return (await response.json()) as LinkAnswer;
}

/** GET /j/<code> without following the redirect. */
const open = (r: TestRelay, code: string) => fetch(`${r.httpUrl}/j/${code}`, { redirect: 'manual' });

describe('join codes over HTTP', () => {
  it('tells the facilitator the code, its short URL and the origin; the projector gets the same; others nothing', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { boardId, links } = await createBoard(r);
    const answer = await linksOf(r, boardId, links.facilitator);
    expect(answer.links).toEqual(links);
    // The test relay listens on 127.0.0.1 only: no phone can reach it, and the answer says so.
    expect(answer).toMatchObject({ origin: r.httpUrl, reachable: false, unreachable: 'loopback-only' });
    expect(answer.join.code).toMatch(CODE);
    expect(answer.join.url).toBe(`${r.httpUrl}/j/${answer.join.code.replace('-', '')}`);

    for (const link of [links.projector, links.facilitator]) {
      const response = await fetch(`${r.httpUrl}/api/boards/${boardId}/join`, bearer(link));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({
        code: answer.join.code,
        url: answer.join.url,
        origin: r.httpUrl,
        reachable: false,
      });
    }
    const participant = await fetch(`${r.httpUrl}/api/boards/${boardId}/join`, bearer(links.participant));
    expect(participant.status).toBe(403);
    expect(((await participant.json()) as { message: string }).message).toMatch(/facilitator or projector/);
    expect((await fetch(`${r.httpUrl}/api/boards/${boardId}/join`)).status).toBe(403);
    expect((await fetch(`${r.httpUrl}/api/boards/nope/join`, bearer(links.projector))).status).toBe(404);
    // The links stay the facilitator's.
    expect((await fetch(`${r.httpUrl}/api/boards/${boardId}/links`, bearer(links.projector))).status).toBe(403);
  });

  it('sends a phone on to the current participant link, whatever case and dash it typed', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { boardId, links } = await createBoard(r);
    const { code } = (await linksOf(r, boardId, links.facilitator)).join;
    for (const typed of [code, code.replace('-', ''), code.toLowerCase()]) {
      const response = await open(r, typed);
      expect(response.status, typed).toBe(303);
      // Relative, so the phone stays on the address it used.
      expect(response.headers.get('location')).toBe(links.participant);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('replacing the participant link replaces the code; the old code says it is not valid any more', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { boardId, links } = await createBoard(r);
    const before = (await linksOf(r, boardId, links.facilitator)).join;
    const replaced = await fetch(`${r.httpUrl}/api/boards/${boardId}/links/participant`, {
      method: 'POST',
      ...bearer(links.facilitator),
    });
    expect(replaced.status).toBe(200);
    const answer = (await replaced.json()) as LinkAnswer & { closed: number };
    expect(answer.join.code).toMatch(CODE);
    expect(answer.join.code).not.toBe(before.code);
    expect(answer).toMatchObject({ origin: r.httpUrl, closed: 0 });
    expect((await linksOf(r, boardId, links.facilitator)).join).toEqual(answer.join);

    const stale = await open(r, before.code);
    expect(stale.status).toBe(404);
    expect(stale.headers.get('content-type')).toMatch(/^text\/html/);
    expect(stale.headers.get('cache-control')).toBe('no-store');
    const page = await stale.text();
    expect(page).toMatch(/not valid \(any more\)/);
    expect(page).toMatch(/ask the facilitator for the current one/);

    const fresh = await open(r, answer.join.code);
    expect(fresh.headers.get('location')).toBe(answer.links.participant);
    expect(answer.links.participant).not.toBe(links.participant);

    // Replacing another role's link keeps the code.
    const projector = await fetch(`${r.httpUrl}/api/boards/${boardId}/links/projector`, {
      method: 'POST',
      ...bearer(links.facilitator),
    });
    expect(((await projector.json()) as LinkAnswer).join.code).toBe(answer.join.code);
  });

  it('erasing the board erases its code', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { boardId, links } = await createBoard(r);
    const { code } = (await linksOf(r, boardId, links.facilitator)).join;
    expect(
      (await fetch(`${r.httpUrl}/api/boards/${boardId}`, { method: 'DELETE', ...bearer(links.facilitator) })).status,
    ).toBe(204);
    expect((await open(r, code)).status).toBe(404);
  });

  it('gives a board from before join codes its code when first asked', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const record = await r.directory.create('older-board');
    expect(record.joinKey).toBeNull();
    const projector = `/b/older-board#k=${issueToken(r.secret, 'older-board', 'projector', 0)}`;
    const response = await fetch(`${r.httpUrl}/api/boards/older-board/join`, bearer(projector));
    const { code } = (await response.json()) as { code: string };
    expect(code).toMatch(CODE);
    expect((await open(r, code)).headers.get('location')).toBe(
      `/b/older-board#k=${issueToken(r.secret, 'older-board', 'participant', 0)}`,
    );
  });

  it('limits codes that open nothing per address, then refuses every code for a while (429, Retry-After)', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { boardId, links } = await createBoard(r);
    const { code } = (await linksOf(r, boardId, links.facilitator)).join;
    // Hits do not count.
    for (let i = 0; i < 25; i++) expect((await open(r, code)).status).toBe(303);
    let misses = 0;
    let refused: Response | undefined;
    while (!refused && misses < 100) {
      const response = await open(r, misses % 2 ? 'AAAA-AAAA' : 'wrong');
      if (response.status === 429) refused = response;
      else {
        expect(response.status).toBe(404);
        misses++;
      }
    }
    expect(misses).toBe(20);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused?.text()).toMatch(/Too many codes that did not work/);
    // While refused, even the right code is not checked: guessing cannot go on.
    expect((await open(r, code)).status).toBe(429);
  });

  it('has a page to type a code, which sends it on', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const page = await fetch(`${r.httpUrl}/j`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<form action="\/j" method="get">/);
    const sent = await fetch(`${r.httpUrl}/j?code=${encodeURIComponent(' k7qf-m2xd ')}`, { redirect: 'manual' });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/j/k7qf-m2xd');
  });
});

describe('the advertised origin over HTTP', () => {
  it('is PUBLIC_URL when set', async () => {
    const r = await startRelayClosedAfter(cleanups, { publicUrl: 'https://sprint.example.org' });
    const { boardId, links } = await createBoard(r);
    const answer = await linksOf(r, boardId, links.facilitator);
    expect(answer).toMatchObject({ origin: 'https://sprint.example.org', reachable: true });
    expect(answer.unreachable).toBeUndefined();
    expect(answer.join.url).toMatch(/^https:\/\/sprint\.example\.org\/j\/[A-Z0-9]{8}$/);
  });

  it("is the laptop's LAN address when the page was opened on 127.0.0.1 and the relay listens on all interfaces", async () => {
    const r = await startRelayClosedAfter(cleanups, { host: '0.0.0.0' });
    const { boardId, links } = await createBoard(r);
    const answer = await linksOf(r, boardId, links.facilitator);
    const lan = lanIPv4Addresses()[0];
    if (lan) expect(answer).toMatchObject({ origin: `http://${lan}:${r.port}`, reachable: true });
    else expect(answer).toMatchObject({ origin: r.httpUrl, reachable: false, unreachable: 'no-lan-address' });
  });

  it("follows a trusted proxy's forwarded scheme and host", async () => {
    const r = await startRelayClosedAfter(cleanups, { trustProxy: true });
    const { boardId, links } = await createBoard(r);
    const answer = await linksOf(r, boardId, links.facilitator, {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'sprint.example.org',
    });
    expect(answer).toMatchObject({ origin: 'https://sprint.example.org', reachable: true });
    // Without trust, forwarded headers are anyone's claim and are ignored.
    const plain = await startRelayClosedAfter(cleanups);
    const other = await createBoard(plain);
    const ignored = await linksOf(plain, other.boardId, other.links.facilitator, {
      'x-forwarded-host': 'evil.example',
    });
    expect(ignored.origin).toBe(plain.httpUrl);
  });
});

describe('the relay clock', () => {
  it('answers its time, never cached', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const before = Date.now();
    const response = await fetch(`${r.httpUrl}/api/time`);
    const after = Date.now();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { now } = (await response.json()) as { now: number };
    expect(Number.isInteger(now)).toBe(true);
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(after);
  });
});
