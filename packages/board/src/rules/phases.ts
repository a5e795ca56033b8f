import { ROUND_PHASES, type Phase, type RoundPhase, type Session } from '../schema/types';

/*
 * The phases of a round, as rules: what participants may do in each, which secrecy mode each keeps on, where each
 * leads, and what going back cannot undo. The facilitator is held to none of the phase limits (they moderate), only
 * to the secrecy modes like everyone.
 */

/** What a participant may do in a phase: write (create, reword, delete own notes), arrange (move, group), vote. */
export interface PhaseAllows {
  write: boolean;
  arrange: boolean;
  vote: boolean;
}

export const PHASE_ALLOWS: Readonly<Record<Phase, Readonly<PhaseAllows>>> = {
  // Outside rounds the board is open; secrecy is whatever the facilitator set by hand.
  open: { write: true, arrange: true, vote: true },
  write: { write: true, arrange: true, vote: false },
  reveal: { write: true, arrange: true, vote: false },
  vote: { write: false, arrange: false, vote: true },
  results: { write: false, arrange: false, vote: false },
  discuss: { write: true, arrange: true, vote: false },
};

/**
 * The secrecy modes of a round phase, entered from a session with `before`'s modes: silent writing in Write, secret
 * voting in Vote. Going back from Vote to Write or Reveal keeps the dots cast so far secret (voting is closed there
 * anyway), so they are shown with the others at Results rather than early.
 */
export function modesOf(
  phase: RoundPhase,
  before: Pick<Session, 'secretVoting'> & Partial<Pick<Session, 'ballot'>>,
): Pick<Session, 'silentWriting' | 'secretVoting'> {
  // A supervote is cast in the open: the deciders are named by design, and in a design sprint everyone watches them
  // place their supervotes after the straw poll.
  const secretVote = phase === 'vote' && before.ballot !== 'supervote';
  return {
    silentWriting: phase === 'write',
    secretVoting: secretVote || (before.secretVoting && (phase === 'write' || phase === 'reveal')),
  };
}

/** The phase after `phase` in a round, or null after the last. */
export function nextPhase(phase: Phase): RoundPhase | null {
  if (phase === 'open') return null;
  const index = ROUND_PHASES.indexOf(phase);
  return ROUND_PHASES[index + 1] ?? null;
}

/** The phase before `phase` in a round, or null before the first. */
export function previousPhase(phase: Phase): RoundPhase | null {
  if (phase === 'open') return null;
  const index = ROUND_PHASES.indexOf(phase);
  return index > 0 ? ROUND_PHASES[index - 1]! : null;
}

/** Something going back a phase cannot undo. */
export type Irreversible = 'notes-revealed' | 'votes-shown';

/**
 * What going from `from` back to `to` cannot undo, for the facilitator's confirmation: notes once revealed stay on
 * the board, dots once shown stay shown. Empty when going that way loses nothing (or it is not going back).
 */
export function cannotUndo(from: Phase, to: Phase): Irreversible[] {
  if (from === 'open' || to === 'open') return [];
  const fromIndex = ROUND_PHASES.indexOf(from);
  const toIndex = ROUND_PHASES.indexOf(to);
  const lost: Irreversible[] = [];
  if (toIndex >= fromIndex) return lost;
  if (to === 'write' && fromIndex >= ROUND_PHASES.indexOf('reveal')) lost.push('notes-revealed');
  if (toIndex <= ROUND_PHASES.indexOf('vote') && fromIndex >= ROUND_PHASES.indexOf('results')) lost.push('votes-shown');
  return lost;
}

/** Whether the results of the current round are for everyone to see (tallies, ranking, heatmap). */
export function resultsVisible(phase: Phase): boolean {
  return phase === 'open' || phase === 'results' || phase === 'discuss';
}

/**
 * When the relay should move the round on by itself (the timebox's end, with auto-advance on and a phase to go to),
 * or null. The relay checks it whenever the session changes, and when it loads a board (the end may have passed while
 * nobody was connected, or while the relay was down).
 */
export function autoAdvanceAt(session: Pick<Session, 'phase' | 'timerAdvances' | 'timerEndsAt'>): number | null {
  if (!session.timerAdvances || session.timerEndsAt === null || nextPhase(session.phase) === null) return null;
  return session.timerEndsAt;
}
