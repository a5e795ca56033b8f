import { describe, expect, it } from 'vitest';
import { LIMITS } from '@notevote/board';
import { i18n } from '../i18n';
import { budgetLine, countsDown } from './budget';

const say = (line: ReturnType<typeof budgetLine>) => line && i18n.t(line.key, line.values);

describe('the budget display', () => {
  it('counts down a dot vote, a straw poll and a heat-map vote with a budget', () => {
    expect(say(budgetLine({ ballot: 'dots', votesPerPerson: 5, spent: 2, decider: false }))).toBe('3 of 5 votes left');
    expect(say(budgetLine({ ballot: 'straw-poll', votesPerPerson: 1, spent: 1, decider: false }))).toBe(
      '0 of 1 votes left',
    );
    expect(say(budgetLine({ ballot: 'heatmap', votesPerPerson: 12, spent: 4, decider: false }))).toBe(
      '8 of 12 votes left',
    );
  });

  it('never says "0 of 300" where there is no budget: what was placed, or rated, instead', () => {
    const noLimit = say(
      budgetLine({ ballot: 'heatmap', votesPerPerson: LIMITS.maxDotsPerPerson, spent: 4, decider: false }),
    );
    expect(noLimit).toBe('4 dots placed · no limit');
    const rated = say(
      budgetLine({ ballot: 'agreement', votesPerPerson: LIMITS.maxDotsPerPerson, spent: 1, decider: false }),
    );
    expect(rated).toBe('You rated 1 option');
    expect(countsDown('heatmap', LIMITS.maxDotsPerPerson)).toBe(false);
    expect(countsDown('agreement', LIMITS.maxDotsPerPerson)).toBe(false);
    expect(countsDown('heatmap', 12)).toBe(true);
  });

  it('shows a supervote’s budget to its deciders only', () => {
    expect(say(budgetLine({ ballot: 'supervote', votesPerPerson: 2, spent: 1, decider: true }))).toBe(
      '1 of 2 supervotes left',
    );
    expect(budgetLine({ ballot: 'supervote', votesPerPerson: 2, spent: 0, decider: false })).toBeNull();
  });
});
