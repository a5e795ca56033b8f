import { describe, expect, it } from 'vitest';
import { BOARD_SUBPROTOCOL, credentialSubprotocols, readSubprotocols } from './subprotocol';

const token = 'p0.AbCdEfGhIjKlMnOpQrStUv';
const key = 'Zm9vYmFyYmF6cXV4LXF1dXhfY29yZ2UtZ3JhdWx0';

describe('credential subprotocols', () => {
  it('offers notevote first, then the token and the key', () => {
    expect(credentialSubprotocols({ token, key })).toEqual([
      BOARD_SUBPROTOCOL,
      `notevote-token.${token}`,
      `notevote-key.${key}`,
    ]);
    // A projector has no device key.
    expect(credentialSubprotocols({ token, key: null })).toEqual([BOARD_SUBPROTOCOL, `notevote-token.${token}`]);
  });

  it('produces only RFC 6455 subprotocol tokens', () => {
    for (const entry of credentialSubprotocols({ token, key })) {
      expect(entry).toMatch(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/);
    }
  });

  it('refuses a credential that cannot travel in the header, saying which', () => {
    expect(() => credentialSubprotocols({ token, key: 'has space' })).toThrow(/device key/);
    expect(() => credentialSubprotocols({ token: 'p0.a,b', key })).toThrow(/link token/);
  });

  it('reads back what it wrote, ignoring other subprotocols', () => {
    expect(readSubprotocols(['chat', ...credentialSubprotocols({ token, key })])).toEqual({
      board: true,
      token,
      key,
      repeated: false,
    });
    expect(readSubprotocols([])).toEqual({ board: false, token: null, key: null, repeated: false });
  });

  it('notices a credential offered twice', () => {
    expect(readSubprotocols(['notevote', `notevote-key.${key}`, 'notevote-key.other']).repeated).toBe(true);
    expect(readSubprotocols(['notevote', `notevote-token.${token}`, 'notevote-token.p0.x']).repeated).toBe(true);
  });
});
