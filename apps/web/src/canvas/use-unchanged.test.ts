import { describe, expect, it } from 'vitest';
import { sameElements } from './use-unchanged';

describe('sameElements', () => {
  it('is true only for the same elements by identity, in order', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameElements([a, b], [a, b])).toBe(true);
    expect(sameElements([a, b], [b, a])).toBe(false);
    expect(sameElements([a], [a, b])).toBe(false);
    expect(sameElements([a], [{ id: 'a' }])).toBe(false);
  });
});
