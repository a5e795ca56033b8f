import { describe, expect, it } from 'vitest';
import { originAllowed } from './origin-check';

const none = { publicUrl: null, allowedOrigins: [] };

describe('the WebSocket origin check', () => {
  it('lets clients without an Origin (not browsers) through to the link check', () => {
    expect(originAllowed(undefined, { host: '127.0.0.1:8787', forwardedHost: undefined }, none)).toBe(true);
  });

  it('accepts a page served under the name the browser reached the relay by', () => {
    for (const host of ['127.0.0.1:8787', '192.168.1.20:8787', 'notevote.test:41234', 'Laptop.Local:8787']) {
      expect(originAllowed(`http://${host.toLowerCase()}`, { host, forwardedHost: undefined }, none), host).toBe(true);
    }
    // Behind a trusted proxy that rewrote Host: the forwarded host.
    expect(
      originAllowed(
        'https://sprint.example.org',
        { host: '127.0.0.1:8787', forwardedHost: 'sprint.example.org' },
        none,
      ),
    ).toBe(true);
  });

  it('accepts PUBLIC_URL and the ALLOWED_ORIGINS', () => {
    const reached = { host: '127.0.0.1:8787', forwardedHost: undefined };
    expect(
      originAllowed('https://sprint.example.org', reached, { ...none, publicUrl: 'https://sprint.example.org' }),
    ).toBe(true);
    expect(
      originAllowed('https://screen.example.org', reached, { ...none, allowedOrigins: ['https://screen.example.org'] }),
    ).toBe(true);
  });

  it('refuses other sites and garbage', () => {
    const reached = { host: '192.168.1.20:8787', forwardedHost: undefined };
    expect(originAllowed('http://evil.example', reached, none)).toBe(false);
    expect(originAllowed('http://192.168.1.20:9999', reached, none)).toBe(false);
    expect(originAllowed('null', reached, none)).toBe(false);
    expect(originAllowed('http://192.168.1.20:8787', { host: undefined, forwardedHost: undefined }, none)).toBe(false);
  });
});
