import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../src/sync/close-codes';
import {
  type Access,
  boardUrl,
  closed,
  connectClient,
  deferCleanups,
  deviceKey,
  rawSocket,
  startRelayClosedAfter,
  synced,
  type TestRelay,
  tokenOf,
} from './helpers';

const cleanups = deferCleanups();

type Links = Record<'facilitator' | 'participant' | 'projector', string>;

const accessOf = (link: string): Access =>
  link.includes('#k=v') ? { token: tokenOf(link) } : { token: tokenOf(link), key: deviceKey() };

async function createBoard(r: TestRelay): Promise<{ boardId: string; links: Links }> {
  const response = await r.app.inject({ method: 'POST', url: '/api/boards', payload: { title: 'Links' } });
  expect(response.statusCode).toBe(201);
  return response.json();
}

function client(r: TestRelay, boardId: string, link: string): WebsocketProvider {
  const provider = connectClient(r.wsUrl, boardId, accessOf(link));
  cleanups.push(() => provider.destroy());
  return provider;
}

function replace(r: TestRelay, boardId: string, role: string, facilitatorLink: string) {
  return r.app.inject({
    method: 'POST',
    url: `/api/boards/${boardId}/links/${role}`,
    headers: { authorization: `Bearer ${tokenOf(facilitatorLink)}` },
  });
}

describe('replacing links', () => {
  for (const role of ['projector', 'facilitator', 'participant'] as const) {
    it(`replaces the ${role} link: its holders are closed with link-replaced, the others stay, the new one works`, async () => {
      const r = await startRelayClosedAfter(cleanups);
      const { boardId, links } = await createBoard(r);
      const people = {
        facilitator: client(r, boardId, links.facilitator),
        participant: client(r, boardId, links.participant),
        projector: client(r, boardId, links.projector),
      };
      await Promise.all(Object.values(people).map((provider) => synced(provider)));
      const closedOnes: string[] = [];
      for (const [who, provider] of Object.entries(people)) {
        provider.on('connection-close', (event: { code: number; reason: string } | null) =>
          closedOnes.push(`${who} ${event?.code} ${event?.reason}`),
        );
      }

      const response = await replace(r, boardId, role, links.facilitator);
      expect(response.statusCode).toBe(200);
      const body = response.json() as { links: Links; closed: number };
      expect(body.closed).toBe(1);
      for (const other of ['facilitator', 'participant', 'projector'] as const) {
        if (other === role) expect(body.links[other]).not.toBe(links[other]);
        else expect(body.links[other]).toBe(links[other]);
      }
      await expect.poll(() => closedOnes).toEqual([`${role} ${CloseCode.unauthorized} link-replaced`]);

      const old = await rawSocket(boardUrl(r.wsUrl, boardId, accessOf(links[role])));
      expect(await closed(old)).toMatchObject({
        code: CloseCode.unauthorized,
        reason: expect.stringMatching(/replaced/),
      });
      await synced(client(r, boardId, body.links[role]));
      // Only the current facilitator link manages the board.
      const stale = await replace(r, boardId, 'participant', links.facilitator);
      expect(stale.statusCode).toBe(role === 'facilitator' ? 403 : 200);
    });
  }

  it('refuses an unknown role, other roles and unknown boards', async () => {
    const r = await startRelayClosedAfter(cleanups);
    const { boardId, links } = await createBoard(r);
    expect((await replace(r, boardId, 'admin', links.facilitator)).statusCode).toBe(400);
    expect((await replace(r, boardId, 'projector', links.participant)).statusCode).toBe(403);
    expect((await replace(r, boardId, 'projector', links.projector)).statusCode).toBe(403);
    expect((await replace(r, 'no-such-board', 'projector', links.facilitator)).statusCode).toBe(404);
  });
});
