import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteLink, createBoardOnServer, readBoardAccess } from './board-link';

describe('board links', () => {
  it('reads the token and role from the fragment', () => {
    expect(readBoardAccess('#k=f0.abcdefghijklmnopqrstuv')).toEqual({
      token: 'f0.abcdefghijklmnopqrstuv',
      role: 'facilitator',
    });
    expect(readBoardAccess('#k=p3.abcdefghijklmnopqrstuv').role).toBe('participant');
    expect(readBoardAccess('#k=v0.abcdefghijklmnopqrstuv').role).toBe('projector');
    expect(readBoardAccess('')).toEqual({ token: null, role: null });
    expect(readBoardAccess('#k=zzz').role).toBeNull();
  });

  it('treats a damaged token as none: it could not travel in the Sec-WebSocket-Protocol header', () => {
    expect(readBoardAccess('#k=p0.abcdefghijklmnopqrstuv)')).toEqual({ token: null, role: null });
    expect(readBoardAccess('#k=p0.abc%20def')).toEqual({ token: null, role: null });
  });

  it('builds absolute links on the page origin', () => {
    expect(absoluteLink('/b/abc#k=p0.x', 'https://notes.example.org')).toBe('https://notes.example.org/b/abc#k=p0.x');
    // The origin the relay advertises, e.g. the laptop's LAN address while this page is at 127.0.0.1.
    expect(absoluteLink('/b/abc#k=p0.x', 'http://192.168.1.20:8787')).toBe('http://192.168.1.20:8787/b/abc#k=p0.x');
  });
});

describe('createBoardOnServer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the language the board’s reports are written in, when one is given', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(init.body as string));
      return new Response(JSON.stringify({ boardId: 'b', links: {} }), { status: 201 });
    });
    await createBoardOnServer('Eau', undefined, false, 'fr');
    await createBoardOnServer('Water');
    expect(bodies).toEqual([
      { title: 'Eau', anonymous: false, language: 'fr' },
      { title: 'Water', anonymous: false },
    ]);
  });
});
