import { describe, expect, it } from 'vitest';
import { TokenBucket } from './rate-limit';

describe('token bucket', () => {
  it('allows a burst, then asks to wait in proportion to the debt', () => {
    const bucket = new TokenBucket(10, 3, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([0, 0, 0]);
    expect(bucket.take(0)).toBe(100);
    expect(bucket.take(0)).toBe(200);
  });

  it('refills over time up to the burst size', () => {
    const bucket = new TokenBucket(10, 3, 0);
    for (let i = 0; i < 3; i++) bucket.take(0);
    expect(bucket.take(1_000)).toBe(0);
    expect(bucket.take(1_000)).toBe(0);
    expect(bucket.take(1_000)).toBe(0);
    expect(bucket.take(1_000)).toBeGreaterThan(0);
  });

  it('says how long until the next token without spending one', () => {
    const bucket = new TokenBucket(2, 1, 0);
    expect(bucket.msUntilToken(0)).toBe(0);
    expect(bucket.tryTake(0)).toBe(true);
    expect(bucket.msUntilToken(0)).toBe(500);
    expect(bucket.msUntilToken(250)).toBe(250);
    expect(bucket.tryTake(250)).toBe(false);
    expect(bucket.tryTake(500)).toBe(true);
  });
});
