import type { PhaseAllows } from '@notevote/board';

/**
 * What the phone layout's bottom bar offers, in order. One function decides, so what a phase allows gates the bar in
 * one place.
 */
export type PhoneAction = 'add-note' | 'vote' | 'votes-left' | 'rate' | 'results';

export interface PhoneActionContext {
  /**
   * This person may change the board now: the board has loaded, the link is not a projector's, and the board is not
   * locked for them (the UI store's `readOnly` is false).
   */
  mayEdit: boolean;
  /** Dots per person in this round; 0 means there is nothing to vote with. */
  votesPerPerson: number;
  /**
   * What the current phase leaves this person (`allowedNow` in sync/permissions: the rules' `PHASE_ALLOWS` for a
   * participant, everything for the facilitator): adding notes needs `write`, voting `vote`.
   */
  allows: Pick<PhaseAllows, 'write' | 'vote'>;
  /**
   * Whether the budget counts down ("3 votes left"): not in a heat-map vote without a budget, nor in an agreement
   * vote (see `countsDown` in ballots/budget). Default: it does.
   */
  countsDown?: boolean;
  /** This person may rate options now (an agreement vote open to them: `votingClosed` is null). Default: no. */
  mayRate?: boolean;
}

/**
 * The bottom bar's actions: Add note when this person may edit and the phase lets them write; Vote and their votes
 * left when the phase lets them place dots (with a budget above zero; the votes left only where the budget counts
 * down); Rate in an agreement vote (it opens the notes list, each note with its rating buttons; a tap on a note
 * offers them too); Results always (a projector or a locked board can still look at the ranking).
 */
export function phoneActions({
  mayEdit,
  votesPerPerson,
  allows,
  countsDown = true,
  mayRate = false,
}: PhoneActionContext): PhoneAction[] {
  // Ratings take the place of dots (an agreement vote has none), so the bar never holds both.
  const mayVote = mayEdit && allows.vote && votesPerPerson > 0 && !mayRate;
  const actions: PhoneAction[] = [];
  if (mayEdit && allows.write) actions.push('add-note');
  if (mayVote) actions.push(...(countsDown ? (['vote', 'votes-left'] as const) : (['vote'] as const)));
  if (mayEdit && mayRate) actions.push('rate');
  actions.push('results');
  return actions;
}
