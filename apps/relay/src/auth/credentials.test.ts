import { describe, expect, it } from 'vitest';
import { readCredentials, selectSubprotocol } from './credentials';

const url = (query = '') => new URL(`http://relay/ws/board${query}`);

describe('readCredentials', () => {
  it('reads the token and key from the header, between other entries and spaces', () => {
    expect(readCredentials(url(), 'chat ,notevote,  notevote-token.p0.abc , notevote-key.k_1-x')).toEqual({
      ok: true,
      token: 'p0.abc',
      key: 'k_1-x',
    });
  });

  it('reads the query when the header carries no credential', () => {
    expect(readCredentials(url('?token=p0.abc&key=k'), 'notevote')).toEqual({ ok: true, token: 'p0.abc', key: 'k' });
    expect(readCredentials(url('?token=p0.abc'), undefined)).toEqual({ ok: true, token: 'p0.abc', key: null });
    expect(readCredentials(url(), undefined)).toEqual({ ok: true, token: null, key: null });
  });

  it('refuses credentials in both places, one offered twice, or a header without notevote', () => {
    expect(readCredentials(url('?key=k'), 'notevote, notevote-token.p0.abc')).toMatchObject({ ok: false });
    expect(readCredentials(url(), 'notevote, notevote-token.a, notevote-token.b')).toMatchObject({ ok: false });
    expect(readCredentials(url(), 'notevote-token.p0.abc')).toMatchObject({ ok: false, reason: /'notevote'/ });
  });
});

describe('selectSubprotocol', () => {
  it('answers notevote when offered and nothing otherwise', () => {
    expect(selectSubprotocol(new Set(['notevote-token.p0.abc', 'notevote']))).toBe('notevote');
    expect(selectSubprotocol(new Set(['notevote-token.p0.abc']))).toBe(false);
  });
});
