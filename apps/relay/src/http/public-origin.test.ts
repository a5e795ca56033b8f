import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { advertisedOrigin, isLoopbackHostname, lanIPv4Addresses, type OriginFacts } from './public-origin';

const facts = (over: Partial<OriginFacts> & Pick<OriginFacts, 'listenHost'>): OriginFacts => ({
  publicUrl: null,
  port: 8787,
  request: { protocol: 'http', host: '127.0.0.1:8787' },
  lanAddresses: ['192.168.1.20'],
  ...over,
});

describe('the advertised origin', () => {
  it('is PUBLIC_URL whenever it is set, whatever the request and interface', () => {
    for (const listenHost of ['127.0.0.1', '0.0.0.0', '10.0.0.5']) {
      for (const host of ['127.0.0.1:8787', 'notevote.lan:8787']) {
        expect(
          advertisedOrigin(
            facts({ listenHost, publicUrl: 'https://sprint.example.org', request: { protocol: 'http', host } }),
          ),
        ).toEqual({ origin: 'https://sprint.example.org', reachable: true });
      }
    }
  });

  it('is the LAN address when the page was opened on loopback and the relay listens on all interfaces', () => {
    for (const host of ['127.0.0.1:8787', 'localhost:8787', '[::1]:8787', '127.0.1.1:8787']) {
      for (const listenHost of ['0.0.0.0', '::']) {
        expect(
          advertisedOrigin(facts({ listenHost, request: { protocol: 'http', host } })),
          `${listenHost} ${host}`,
        ).toEqual({
          origin: 'http://192.168.1.20:8787',
          reachable: true,
        });
      }
    }
    // The port the relay listens on (PORT=0 picks one), not the one in the Host header.
    expect(advertisedOrigin(facts({ listenHost: '0.0.0.0', port: 41234 })).origin).toBe('http://192.168.1.20:41234');
  });

  it('says phones cannot reach a laptop that has no LAN address yet', () => {
    expect(advertisedOrigin(facts({ listenHost: '0.0.0.0', lanAddresses: [] }))).toEqual({
      origin: 'http://127.0.0.1:8787',
      reachable: false,
      unreachable: 'no-lan-address',
    });
  });

  it('says phones cannot reach a relay that listens on loopback only', () => {
    for (const listenHost of ['127.0.0.1', 'localhost', '::1']) {
      expect(advertisedOrigin(facts({ listenHost })), listenHost).toEqual({
        origin: 'http://127.0.0.1:8787',
        reachable: false,
        unreachable: 'loopback-only',
      });
    }
  });

  it('keeps the origin a request came in on by name (a proxy in front, a phone on the LAN address)', () => {
    expect(
      advertisedOrigin(facts({ listenHost: '127.0.0.1', request: { protocol: 'https', host: 'sprint.example.org' } })),
    ).toEqual({ origin: 'https://sprint.example.org', reachable: true });
    expect(
      advertisedOrigin(facts({ listenHost: '0.0.0.0', request: { protocol: 'http', host: '192.168.1.20:8787' } })),
    ).toEqual({ origin: 'http://192.168.1.20:8787', reachable: true });
    expect(
      advertisedOrigin(facts({ listenHost: '0.0.0.0', request: { protocol: 'http', host: 'laptop.local:8787' } })),
    ).toEqual({ origin: 'http://laptop.local:8787', reachable: true });
    expect(
      advertisedOrigin(facts({ listenHost: '10.0.0.5', request: { protocol: 'http', host: '10.0.0.5:8787' } })),
    ).toEqual({ origin: 'http://10.0.0.5:8787', reachable: true });
  });

  it('falls back to where the relay listens when the Host header is missing or garbled', () => {
    for (const host of ['', 'evil.example/path', 'a b', '[zz']) {
      expect(advertisedOrigin(facts({ listenHost: '10.0.0.5', request: { protocol: 'http', host } })), host).toEqual({
        origin: 'http://10.0.0.5:8787',
        reachable: true,
      });
    }
    expect(advertisedOrigin(facts({ listenHost: '0.0.0.0', request: { protocol: 'http', host: '' } })).origin).toBe(
      'http://192.168.1.20:8787',
    );
    expect(
      advertisedOrigin(facts({ listenHost: '127.0.0.1', request: { protocol: 'gopher', host: 'x' } })),
    ).toMatchObject({
      origin: 'http://127.0.0.1:8787',
      reachable: false,
    });
  });
});

describe('loopback names', () => {
  it('knows the names of this machine only', () => {
    for (const name of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]']) {
      expect(isLoopbackHostname(name), name).toBe(true);
    }
    for (const name of ['192.168.1.20', 'notevote.test', '0.0.0.0', 'localhost.example.org', '::']) {
      expect(isLoopbackHostname(name), name).toBe(false);
    }
  });
});

describe('LAN addresses', () => {
  const nic = (address: string, over: Partial<os.NetworkInterfaceInfo> = {}) =>
    ({
      address,
      family: 'IPv4',
      internal: false,
      netmask: '255.255.255.0',
      mac: '00:00:00:00:00:00',
      cidr: null,
      ...over,
    }) as os.NetworkInterfaceInfo;

  it('lists non-internal IPv4 addresses, private ranges first, 192.168 before 10 before 172.16–31', () => {
    expect(
      lanIPv4Addresses({
        lo: [nic('127.0.0.1', { internal: true })],
        eth1: [nic('172.20.0.4')],
        eth0: [nic('fe80::1', { family: 'IPv6' }), nic('203.0.113.7')],
        wlan0: [nic('10.12.0.33')],
        wlan1: [nic('192.168.1.20')],
        en5: [nic('169.254.10.1')],
      }),
    ).toEqual(['192.168.1.20', '10.12.0.33', '172.20.0.4', '203.0.113.7', '169.254.10.1']);
  });

  it('leaves out containers and VPNs unless nothing else is there', () => {
    expect(
      lanIPv4Addresses({ docker0: [nic('172.17.0.1')], wg0: [nic('10.8.0.2')], wlan0: [nic('10.12.0.33')] }),
    ).toEqual(['10.12.0.33']);
    expect(lanIPv4Addresses({ docker0: [nic('172.17.0.1')] })).toEqual(['172.17.0.1']);
    expect(lanIPv4Addresses({ lo: [nic('127.0.0.1', { internal: true })] })).toEqual([]);
  });
});
