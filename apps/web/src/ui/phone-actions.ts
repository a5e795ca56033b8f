import type { PhaseAllows } from '@notevote/board';

/**
 * What the phone layout's bottom bar offers, in order. One function decides, so what a phase allows gates the bar in
 * one place.
 */
export type PhoneAction = 'add-note' | 'vote' | 'votes-left' | 'results';

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
}

/**
 * The bottom bar's actions: Add note when this person may edit and the phase lets them write; Vote and their votes
 * left when the phase lets them vote (with a budget above zero); Results always (a projector or a locked board can
 * still look at the ranking).
 */
export function phoneActions({ mayEdit, votesPerPerson, allows }: PhoneActionContext): PhoneAction[] {
  const mayVote = mayEdit && allows.vote && votesPerPerson > 0;
  const actions: PhoneAction[] = [];
  if (mayEdit && allows.write) actions.push('add-note');
  if (mayVote) actions.push('vote', 'votes-left');
  actions.push('results');
  return actions;
}
