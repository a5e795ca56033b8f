import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DotsOn } from '@notevote/board';

/** The vote's rules as the facilitator is choosing them, before the round enters Vote. */
export interface VoteRules {
  votesPerPerson: number;
  allowStacking: boolean;
  dotsOn: DotsOn;
}

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
