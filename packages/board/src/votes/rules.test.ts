import { describe, expect, it } from 'vitest';
import { checkNewDot } from './rules';

const session = { votesPerPerson: 3, allowStacking: false };
const dots = (...noteIds: Array<string | null>) => new Map(noteIds.map((noteId, i) => [`v${i}`, noteId]));

describe('vote rules', () => {
  it('allows a dot while budget remains', () => {
    expect(checkNewDot(dots('a', null), 'n', session)).toBeNull();
  });

  it('refuses a dot beyond the budget, counting free dots and dots on deleted notes alike', () => {
    expect(checkNewDot(dots('a', null, 'deleted-note'), 'n', session)).toBe('budget-exhausted');
  });

  it('refuses a second dot on one note unless stacking is allowed', () => {
    expect(checkNewDot(dots('n'), 'n', session)).toBe('stacking-not-allowed');
    expect(checkNewDot(dots('n'), 'n', { ...session, allowStacking: true })).toBeNull();
    expect(checkNewDot(dots(null), null, session)).toBeNull();
  });
});
