import { describe, expect, it } from 'vitest';
import { OpenCounts } from './open-counts';

describe('open socket counts', () => {
  it('counts per key until released, once per release, forgetting keys with nothing open', () => {
    const counts = new OpenCounts();
    const first = counts.open('a');
    const second = counts.open('a');
    counts.open('b');
    expect([counts.count('a'), counts.count('b'), counts.count('c')]).toEqual([2, 1, 0]);
    first();
    first();
    expect(counts.count('a')).toBe(1);
    second();
    expect(counts.count('a')).toBe(0);
    expect(counts.size).toBe(1);
  });
});
