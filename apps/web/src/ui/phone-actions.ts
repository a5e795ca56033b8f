/**
 * What the phone layout's bottom bar offers, in order. One function decides, so what a phase allows can gate the
 * bar in one place: add the phase to the context and filter here.
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
}

/**
 * The bottom bar's actions: Add note when this person may edit; Vote and their votes left when they may also vote
 * (a budget above zero); Results always (a projector or a locked board can still look at the ranking).
 */
export function phoneActions({ mayEdit, votesPerPerson }: PhoneActionContext): PhoneAction[] {
  const mayVote = mayEdit && votesPerPerson > 0;
  const actions: PhoneAction[] = [];
  if (mayEdit) actions.push('add-note');
  if (mayVote) actions.push('vote', 'votes-left');
  actions.push('results');
  return actions;
}
