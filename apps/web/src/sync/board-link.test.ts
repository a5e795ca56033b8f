import { describe, expect, it } from 'vitest';
import { absoluteLink, readBoardAccess } from './board-link';

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
