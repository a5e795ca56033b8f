import { describe, expect, it } from 'vitest';
import { AddressRateLimit } from './address-rate-limit';

describe('per-address rate limit', () => {
  it('allows a burst per address, then says how many seconds to wait', () => {
    const limit = new AddressRateLimit({ perHour: 60, burst: 3 });
    expect([limit.take('a', 0), limit.take('a', 0), limit.take('a', 0)]).toEqual([0, 0, 0]);
    expect(limit.take('a', 0)).toBe(60);
    expect(limit.take('a', 30_000)).toBe(30);
    expect(limit.take('b', 30_000)).toBe(0);
    expect(limit.take('a', 60_000)).toBe(0);
  });

  it('tells how long an address must wait without spending anything', () => {
    const limit = new AddressRateLimit({ perHour: 60, burst: 2 });
    expect(limit.wait('a', 0)).toBe(0);
    expect(limit.wait('a', 0)).toBe(0);
    limit.take('a', 0);
    expect(limit.wait('a', 0)).toBe(0);
    limit.take('a', 0);
    expect(limit.wait('a', 0)).toBe(60);
    expect(limit.wait('a', 45_000)).toBe(15);
    expect(limit.wait('a', 60_000)).toBe(0);
    expect(limit.wait('b', 0)).toBe(0);
  });

  it('remembers a bounded number of addresses, forgetting the least recently seen', () => {
    const limit = new AddressRateLimit({ perHour: 1, burst: 1, maxAddresses: 3 });
    for (const address of ['a', 'b', 'c']) expect(limit.take(address, 0)).toBeGreaterThanOrEqual(0);
    expect(limit.take('a', 0)).toBeGreaterThan(0); // 'a' is now the most recently seen
    expect(limit.take('d', 0)).toBe(0); // forgets 'b'
    expect(limit.size).toBe(3);
    expect(limit.take('c', 0)).toBeGreaterThan(0);
    expect(limit.take('a', 0)).toBeGreaterThan(0);
    expect(limit.take('b', 0)).toBe(0); // forgotten, so a fresh budget
  });
});
