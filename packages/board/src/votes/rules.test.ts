import { describe, expect, it } from 'vitest';
import { checkVote, countsTowardBudget } from './rules';

const session = { votesPerPerson: 3, allowStacking: false };

describe('vote rules', () => {
  it('allows a vote while budget remains', () => {
    expect(checkVote({ spent: 2, noteId: 'n', noteExists: true, dotsOnNote: 0 }, session)).toEqual({ ok: true });
  });

  it('refuses a vote beyond the budget', () => {
    const check = checkVote({ spent: 3, noteId: 'n', noteExists: true, dotsOnNote: 0 }, session);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toBe('budget-exhausted');
  });

  it('refuses a second dot on one note unless stacking is allowed', () => {
    const context = { spent: 1, noteId: 'n', noteExists: true, dotsOnNote: 1 };
    const refused = checkVote(context, session);
    expect(!refused.ok && refused.reason).toBe('stacking-not-allowed');
    expect(checkVote(context, { ...session, allowStacking: true }).ok).toBe(true);
  });

  it('refuses a vote on a missing note but allows free dots', () => {
    const refused = checkVote({ spent: 0, noteId: 'gone', noteExists: false, dotsOnNote: 0 }, session);
    expect(!refused.ok && refused.reason).toBe('note-missing');
    expect(checkVote({ spent: 0, noteId: null, noteExists: false, dotsOnNote: 0 }, session).ok).toBe(true);
  });

  it('does not charge dots on deleted notes to the budget', () => {
    const exists = (id: string) => id === 'alive';
    expect(countsTowardBudget('alive', exists)).toBe(true);
    expect(countsTowardBudget('deleted', exists)).toBe(false);
    expect(countsTowardBudget(null, exists)).toBe(true);
  });
});
