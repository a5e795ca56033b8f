import { deciderIdFor, type BoardIdentity } from '../identity/derive';
import type { UserId } from '../schema/ids';
import { LIMITS, type Ballot, type DotsOn, type Session } from '../schema/types';

/*
 * What each ballot (round type) means for the rules every dot is judged by. A ballot is chosen with the vote's other
 * rules when a round goes to Vote, and `votingRules` turns the facilitator's choice into the session values the
 * budget and stacking rule read (votes/rules.ts), so the tallies, the budgets shown and the relay's checks all follow
 * from the session alone. What no session value can say (a rating must come with an agreement vote; only deciders
 * supervote) is judged in rules/authorize.ts.
 */

/** The facilitator's choice for one vote. `votesPerPerson` 0 in a heat-map vote means no budget. */
export interface BallotChoice {
  ballot: Ballot;
  votesPerPerson: number;
  allowStacking: boolean;
  dotsOn: DotsOn;
}

/** The session values a vote runs with. */
export type VotingRules = Pick<Session, 'ballot' | 'votesPerPerson' | 'allowStacking' | 'dotsOn'>;

/** The session values that carry out `choice`. */
export function votingRules(choice: BallotChoice): VotingRules {
  const { ballot } = choice;
  switch (ballot) {
    case 'heatmap':
      // Dots on the parts of notes one likes: several on one note is the point.
      return {
        ballot,
        votesPerPerson: choice.votesPerPerson === 0 ? LIMITS.maxDotsPerPerson : choice.votesPerPerson,
        allowStacking: true,
        dotsOn: choice.dotsOn === 'clusters' ? 'notes' : choice.dotsOn,
      };
    case 'straw-poll':
      return { ballot, votesPerPerson: 1, allowStacking: false, dotsOn: notFree(choice.dotsOn) };
    case 'agreement':
      // One rating per option, as many options as there are.
      return { ballot, votesPerPerson: LIMITS.maxDotsPerPerson, allowStacking: false, dotsOn: notFree(choice.dotsOn) };
    case 'supervote':
      return {
        ballot,
        votesPerPerson: Math.max(1, choice.votesPerPerson),
        allowStacking: false,
        dotsOn: notFree(choice.dotsOn),
      };
    case 'dots':
      return { ballot, ...pick(choice) };
  }
}

const notFree = (dotsOn: DotsOn): DotsOn => (dotsOn === 'anywhere' ? 'notes' : dotsOn);
const pick = ({ votesPerPerson, allowStacking, dotsOn }: BallotChoice) => ({ votesPerPerson, allowStacking, dotsOn });

/** Whether a vote has no budget to speak of (a heat-map vote without one): the UI says "no limit", not "300 dots". */
export function hasNoBudget(session: Pick<Session, 'ballot' | 'votesPerPerson'>): boolean {
  return (
    (session.ballot === 'heatmap' || session.ballot === 'agreement') &&
    session.votesPerPerson >= LIMITS.maxDotsPerPerson
  );
}

/** Whether the results of a ballot are a ranking (a heat-map vote's result is the heatmap itself). */
export function ballotRanks(ballot: Ballot | null): boolean {
  return ballot !== 'heatmap';
}

/** Whether a ballot's dots are drawn as dots on the board (an agreement scale's ratings are shown as bars instead). */
export function ballotDrawsDots(ballot: Ballot | null): boolean {
  return ballot !== 'agreement';
}

/**
 * The id a person's dots are filed under in the current vote: their user id, or in a supervote their decider id
 * (`deciderIdFor`), which on an anonymous board is a tag that ties their name to their supervotes only.
 */
export function voterIdIn(session: Pick<Session, 'ballot'>, identity: BoardIdentity, anonymous: boolean): UserId {
  return session.ballot === 'supervote' ? deciderIdFor(identity, anonymous) : identity.userId;
}
