import type { Session } from '../schema/types';
import type { BoardSettings } from './actions';
import { autoAdvanceAt } from './phases';

/** What the relay must do when the board's state changes; it runs these, the rules only decide them. */
export type Effect =
  /** Copy private content of a mode that is now off into the board (see `dueForReveal`). */
  | { type: 'reveal' }
  /** The secrecy counts everyone sees changed meaning (a mode turned on or off): publish them again. */
  | { type: 'publish-secrecy-counts' }
  /** The board became anonymous: forget the names stored so far and presence that carries them. */
  | { type: 'forget-names' }
  /**
   * When the round moves on by itself changed (`autoAdvanceAt`: a timebox started, paused, extended or stopped,
   * auto-advance turned on or off, a new phase): the relay sets its one phase timer again.
   */
  | { type: 'schedule-phase-clock' };

/** The part of a board's state that effects depend on. */
export interface BoardState {
  session: Session;
  settings: BoardSettings;
}

/** The effects of going from `before` to `after` (usually a facilitator's update). */
export function transition(before: BoardState, after: BoardState): Effect[] {
  const effects: Effect[] = [];
  const notesRevealed = before.session.silentWriting && !after.session.silentWriting;
  const dotsRevealed = before.session.secretVoting && !after.session.secretVoting;
  if (notesRevealed || dotsRevealed) effects.push({ type: 'reveal' });
  if (
    before.session.silentWriting !== after.session.silentWriting ||
    before.session.secretVoting !== after.session.secretVoting
  ) {
    effects.push({ type: 'publish-secrecy-counts' });
  }
  if (!before.settings.anonymous && after.settings.anonymous) effects.push({ type: 'forget-names' });
  if (autoAdvanceAt(before.session) !== autoAdvanceAt(after.session)) effects.push({ type: 'schedule-phase-clock' });
  return effects;
}

/**
 * The secrecy invariant: private content exists only for a mode that is on. Whatever a mode that is off still holds
 * (just turned off, or written offline before it was) is due to be revealed.
 */
export function dueForReveal(session: Pick<Session, 'silentWriting' | 'secretVoting'>): {
  notes: boolean;
  votes: boolean;
} {
  return { notes: !session.silentWriting, votes: !session.secretVoting };
}
