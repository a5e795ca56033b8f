import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  joinCodeFor,
  joinKeyOf,
  normalizeJoinCode,
} from './join-code';

const secret = randomBytes(48);

describe('join codes', () => {
  it('are eight characters of an alphabet without 0, O, 1, I, L (or U)', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(30);
    for (const confusable of '01OILU') expect(JOIN_CODE_ALPHABET).not.toContain(confusable);
    for (let epoch = 0; epoch < 200; epoch++) {
      const code = joinCodeFor(secret, 'board', epoch, 0);
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
    }
  });

  it('are derived: the same board, epoch and salt give the same code; any change gives another', () => {
    const code = joinCodeFor(secret, 'board', 3, 0);
    expect(joinCodeFor(secret, 'board', 3, 0)).toBe(code);
    const others = [
      joinCodeFor(secret, 'board', 4, 0),
      joinCodeFor(secret, 'board', 3, 1),
      joinCodeFor(secret, 'other', 3, 0),
      joinCodeFor(randomBytes(48), 'board', 3, 0),
    ];
    for (const other of others) expect(other).not.toBe(code);
  });

  it('use every character of the alphabet about equally often', () => {
    const counts = new Map<string, number>();
    for (let epoch = 0; epoch < 3000; epoch++) {
      for (const char of joinCodeFor(secret, 'spread', epoch, 0)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(JOIN_CODE_ALPHABET.length);
    // 24,000 characters over 30 symbols: 800 each on average; a biased mapping would be far off.
    for (const count of counts.values()) expect(count).toBeGreaterThan(600);
  });

  it('read as typed: any case, dash and spaces optional; anything else is no code', () => {
    expect(normalizeJoinCode('K7QF-M2XD')).toBe('K7QFM2XD');
    expect(normalizeJoinCode('k7qf-m2xd')).toBe('K7QFM2XD');
    expect(normalizeJoinCode(' k7qf m2xd ')).toBe('K7QFM2XD');
    expect(normalizeJoinCode('K7QFM2XD')).toBe('K7QFM2XD');
    for (const bad of ['', 'K7QF-M2X', 'K7QF-M2XDD', 'K7QF-M2X0', 'K7QF-M2XI', 'K7QF/M2XD', 'K7QF-M2XÉ']) {
      expect(normalizeJoinCode(bad), bad).toBeNull();
    }
  });

  it('are shown in two groups of four', () => {
    expect(formatJoinCode('K7QFM2XD')).toBe('K7QF-M2XD');
  });

  it('are looked up by a key that does not reveal them', () => {
    const key = joinKeyOf(secret, 'K7QFM2XD');
    expect(key).toBe(joinKeyOf(secret, 'K7QFM2XD'));
    expect(key).not.toContain('K7QF');
    expect(joinKeyOf(secret, 'K7QFM2XE')).not.toBe(key);
    expect(joinKeyOf(randomBytes(48), 'K7QFM2XD')).not.toBe(key);
  });
});
