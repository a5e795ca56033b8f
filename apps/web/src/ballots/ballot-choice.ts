import {
  BALLOTS,
  DEFAULT_SESSION,
  DOTS_ON,
  LIMITS,
  hasNoBudget,
  votingRules,
  type Ballot,
  type DotsOn,
  type Session,
  type VotingRules,
} from '@notevote/board';
import type { VoteRules } from '../state/vote-rules-draft';

/*
 * The facilitator's choice of round type, as data: which settings each ballot has in the vote's rules, what a draft
 * becomes when the ballot changes, and the one-line summary of the rules in force. `votingRules` in the board package
 * turns the draft into session values when the round enters Vote; this only decides what the form offers.
 */

/** The round types in the order the form lists them: the familiar dot vote first. */
export const BALLOT_ORDER: readonly Ballot[] = BALLOTS;

/** The budget field a ballot has: dots per person, the same with "no limit", supervotes per decider, or none. */
export type BudgetField = 'dots' | 'dots-or-no-limit' | 'supervotes' | null;

/** What the vote's rules show for one ballot. */
export interface BallotFields {
  budget: BudgetField;
  /** Whether the facilitator chooses stacking (a heat-map vote always stacks; the others never do). */
  stacking: boolean;
  /** What dots (or ratings) may sit on, in the form's order. */
  dotsOn: readonly DotsOn[];
  /** Whether the deciders are chosen with the rules (a supervote). */
  deciders: boolean;
}

/**
 * What each ballot lets the facilitator set. The offers match what `votingRules` keeps: a heat-map vote is on parts
 * of notes (never on clusters as wholes), and the others rate or vote on options (notes or clusters, never "anywhere").
 */
export function ballotFields(ballot: Ballot): BallotFields {
  switch (ballot) {
    case 'dots':
      return { budget: 'dots', stacking: true, dotsOn: DOTS_ON, deciders: false };
    case 'heatmap':
      return { budget: 'dots-or-no-limit', stacking: false, dotsOn: ['notes', 'anywhere'], deciders: false };
    case 'straw-poll':
      return { budget: null, stacking: false, dotsOn: ['notes', 'clusters'], deciders: false };
    case 'supervote':
      return { budget: 'supervotes', stacking: false, dotsOn: ['notes', 'clusters'], deciders: true };
    case 'agreement':
      return { budget: null, stacking: false, dotsOn: ['notes', 'clusters'], deciders: false };
  }
}

/** The budget a new draft starts with, as the board's default session does. */
const DEFAULT_BUDGET = 5;

/** Whether `votesPerPerson` fits the budget field (0 only where "no limit" is offered). */
function budgetFits(field: BudgetField, votesPerPerson: number): boolean {
  if (field === null) return true;
  const min = field === 'dots-or-no-limit' ? 0 : 1;
  return Number.isInteger(votesPerPerson) && votesPerPerson >= min && votesPerPerson <= LIMITS.maxVotesPerPerson;
}

/**
 * The draft for `ballot`, keeping what still applies of `rules`: a budget the new ballot cannot take (no limit, or
 * the 300 an agreement vote runs with) becomes the default, and a place dots may not go becomes the first it offers.
 */
export function withBallot(rules: VoteRules, ballot: Ballot): VoteRules {
  const fields = ballotFields(ballot);
  return {
    ballot,
    votesPerPerson: budgetFits(fields.budget, rules.votesPerPerson) ? rules.votesPerPerson : DEFAULT_BUDGET,
    allowStacking: rules.allowStacking,
    dotsOn: fields.dotsOn.includes(rules.dotsOn) ? rules.dotsOn : fields.dotsOn[0]!,
  };
}

/**
 * The draft the session's current rules stand for (the last vote's), read back into the form: a heat-map vote
 * without a budget shows as "no limit", not as the 300 dots it stops at.
 */
export function draftFromSession(session: Pick<Session, 'ballot' | 'votesPerPerson' | 'allowStacking' | 'dotsOn'>) {
  const rules: VoteRules = {
    ballot: session.ballot,
    votesPerPerson: hasNoBudget(session) ? 0 : session.votesPerPerson,
    allowStacking: session.allowStacking,
    dotsOn: session.dotsOn,
  };
  return withBallot(rules, session.ballot);
}

/** The i18n key and values of a one-line summary of the rules in force. */
export function rulesSummary(session: Pick<Session, 'ballot' | 'votesPerPerson' | 'allowStacking' | 'dotsOn'>): {
  key: string;
  values: { count?: number };
  stacking: boolean;
} {
  const { ballot, votesPerPerson: count } = session;
  switch (ballot) {
    case 'dots':
      return { key: 'phases.voteRules.summary', values: { count }, stacking: session.allowStacking };
    case 'heatmap':
      return hasNoBudget(session)
        ? { key: 'ballots.rules.summary.heatmapNoLimit', values: {}, stacking: true }
        : { key: 'ballots.rules.summary.heatmap', values: { count }, stacking: true };
    case 'supervote':
      return { key: 'ballots.rules.summary.supervote', values: { count }, stacking: false };
    case 'straw-poll':
    case 'agreement':
      return { key: `ballots.rules.summary.${ballot}`, values: {}, stacking: false };
  }
}

/**
 * The session values to write when a round of `ballot` ends: nothing after a dot vote; otherwise the board's default
 * dot vote, since a round type belongs to its round (which keeps it on record) and the open board after it should not
 * stay an agreement scale or a supervote nobody is running.
 */
export function rulesAfterRound(ballot: Ballot): Partial<VotingRules> {
  if (ballot === 'dots') return {};
  return votingRules({
    ballot: 'dots',
    votesPerPerson: DEFAULT_SESSION.votesPerPerson,
    allowStacking: DEFAULT_SESSION.allowStacking,
    dotsOn: DEFAULT_SESSION.dotsOn,
  });
}
