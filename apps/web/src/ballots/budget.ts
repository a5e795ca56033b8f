import { hasNoBudget, type Ballot } from '@notevote/board';

/*
 * What the budget display says, per ballot: "3 of 5 votes left" says nothing true about a heat-map vote without a
 * budget (it stops at 300) or an agreement scale (one rating per option), so those say what was done instead.
 */

export interface BudgetFacts {
  ballot: Ballot;
  votesPerPerson: number;
  /** This person's dots (or ratings) that spend the round's budget. */
  spent: number;
  /** Whether this person is a decider who accepted (only they vote in a supervote). */
  decider: boolean;
}

/** An i18n key with its values. */
export interface Line {
  key: string;
  values: Record<string, number>;
}

/** The budget line for this person, or null when there is none to show (a supervote they do not vote in). */
export function budgetLine({ ballot, votesPerPerson, spent, decider }: BudgetFacts): Line | null {
  const left = Math.max(0, votesPerPerson - spent);
  if (ballot === 'agreement') return { key: 'ballots.budget.rated', values: { count: spent } };
  if (hasNoBudget({ ballot, votesPerPerson })) return { key: 'ballots.budget.noLimit', values: { count: spent } };
  if (ballot === 'supervote') {
    return decider ? { key: 'ballots.budget.supervotes', values: { left, total: votesPerPerson } } : null;
  }
  return { key: 'votes.left', values: { left, total: votesPerPerson } };
}

/** Whether the ballot has dots left to count down (the phone bar's "votes left" and the list's "all placed"). */
export function countsDown(ballot: Ballot, votesPerPerson: number): boolean {
  return ballot !== 'agreement' && !hasNoBudget({ ballot, votesPerPerson });
}
