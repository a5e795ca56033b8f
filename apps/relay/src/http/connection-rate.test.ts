import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { ConnectionRate } from './connection-rate';

const small = { perSecond: 1, burst: 5, devicePerMinute: 60, deviceBurst: 2 };

describe('connection rate', () => {
  it('allows a burst per address, then says how many seconds to wait until it refills', () => {
    const rate = new ConnectionRate(small);
    for (let i = 0; i < 5; i++) expect(rate.take('venue', null, 0)).toBe(0);
    expect(rate.take('venue', null, 0)).toBe(1);
    expect(rate.take('elsewhere', null, 0)).toBe(0);
    expect(rate.take('venue', null, 1_000)).toBe(0);
  });

  it("refuses a device over its own budget without spending its address's", () => {
    const rate = new ConnectionRate(small);
    expect([rate.take('venue', 'script', 0), rate.take('venue', 'script', 0)]).toEqual([0, 0]);
    for (let i = 0; i < 100; i++) expect(rate.take('venue', 'script', 0)).toBeGreaterThan(0);
    // The address had 5: the script spent 2, its hundred refused attempts none.
    expect([rate.take('venue', 'alice', 0), rate.take('venue', 'bob', 0), rate.take('venue', null, 0)]).toEqual([
      0, 0, 0,
    ]);
    expect(rate.take('venue', 'carol', 0)).toBeGreaterThan(0);
  });

  it("does not spend a device's budget when its address refuses it", () => {
    const rate = new ConnectionRate(small);
    for (let i = 0; i < 5; i++) rate.take('venue', `device-${i}`, 0);
    expect(rate.take('venue', 'late', 0)).toBeGreaterThan(0);
    expect(rate.take('venue', 'late', 0)).toBeGreaterThan(0);
    // Two seconds later the address has two again, and the late device still its whole burst of two.
    expect([rate.take('venue', 'late', 2_000), rate.take('venue', 'late', 2_000)]).toEqual([0, 0]);
  });

  it('lets a whole plenary behind one address back in after two Wi-Fi drops, while a script hammers, by default', () => {
    const config = loadConfig({});
    const rate = new ConnectionRate({
      perSecond: config.connectionsPerSecond,
      burst: config.connectionBurst,
      devicePerMinute: config.deviceConnectionsPerMinute,
      deviceBurst: config.deviceConnectionBurst,
    });
    // 2,000 people, each a board socket and then (once it is in) a private one; one in ten has a second tab.
    const people = Array.from({ length: 2_000 }, (_, i) => ({ key: `device-${i}`, tabs: i % 10 === 0 ? 2 : 1 }));
    const storm = (start: number) => simulateReconnects(rate, people, start);
    // Everyone at once: the burst covers the whole plenary.
    expect(storm(0)).toBeLessThan(1_000);
    // The venue's Wi-Fi drops again half a minute later: everyone is back within a minute of simulated time.
    expect(storm(30_000)).toBeLessThanOrEqual(60_000);
  });
});

/**
 * Every person's sockets reconnect at `start` as the stock y-websocket client does: a refused attempt is retried
 * after min(2^n × 100 ms, 2.5 s), n counting its failures; a board socket once in opens the private one. Meanwhile a
 * script at the same address reuses one device key 1,000 times a second. Returns how long (simulated ms) until the
 * last socket got in.
 */
function simulateReconnects(rate: ConnectionRate, people: { key: string; tabs: number }[], start: number): number {
  type Socket = { key: string; at: number; failures: number; opensPrivate: boolean };
  let waiting: Socket[] = people.flatMap(({ key, tabs }) =>
    Array.from({ length: tabs }, () => ({ key, at: start, failures: 0, opensPrivate: true })),
  );
  let last = start;
  for (let now = start; waiting.length > 0; now += 10) {
    if (now - start > 600_000) throw new Error('the plenary never got back in');
    for (let i = 0; i < 10; i++) rate.take('venue', 'script', now);
    const next: Socket[] = [];
    for (const socket of waiting) {
      if (socket.at > now) next.push(socket);
      else if (rate.take('venue', socket.key, now) === 0) {
        last = now;
        if (socket.opensPrivate) next.push({ key: socket.key, at: now, failures: 0, opensPrivate: false });
      } else {
        socket.failures++;
        socket.at = now + Math.min(2 ** socket.failures * 100, 2_500);
        next.push(socket);
      }
    }
    waiting = next;
  }
  return last - start;
}
