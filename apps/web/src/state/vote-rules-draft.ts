import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BallotChoice } from '@notevote/board';

/**
 * The vote's rules as the facilitator is choosing them, before the round enters Vote: the round type (`ballot`) and
 * its settings, as `votingRules` (votes/ballots in the board package) takes them — `votesPerPerson` 0 in a heat-map
 * vote means no limit — so the move to Vote writes what the board package makes of them.
 */
export type VoteRules = BallotChoice;

/**
 * Local UI state: the rules typed into the facilitator panel wait here until the round goes to Vote (from the panel
 * or from the top bar's stepper), and are written then, with the phase change. Null: nothing chosen yet, so the
 * session's current rules (the last vote's) apply. One draft per page's UI store, so it outlives a reopened board.
 */
export type VoteRulesDraftStore = StoreApi<{ draft: VoteRules | null }>;

const drafts = new WeakMap<object, VoteRulesDraftStore>();

/** The draft store that belongs to `owner` (the page's UI store). */
export function voteRulesDraft(owner: object): VoteRulesDraftStore {
  let store = drafts.get(owner);
  if (!store) {
    store = createStore(() => ({ draft: null as VoteRules | null }));
    drafts.set(owner, store);
  }
  return store;
}
