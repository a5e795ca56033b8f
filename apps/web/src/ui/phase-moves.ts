import { cannotUndo, nextPhase, previousPhase, type Phase, type RoundPhase } from '@notevote/board';

/*
 * The facilitator's moves between phases, as data: where Next and Back lead, and what going back cannot undo (a
 * reveal is final; shown dots stay shown), for the confirmation that says so.
 */

/** Where Back and Next lead from `phase` (null where there is none: before Write, after Discuss, outside rounds). */
export function phaseSteps(phase: Phase): { back: RoundPhase | null; next: RoundPhase | null } {
  return { back: previousPhase(phase), next: nextPhase(phase) };
}

/**
 * The i18n keys of what going from `from` to `to` leaves as it is (`phases.controls.cannotUndo.*`): empty when nothing
 * is lost, and then no confirmation is needed.
 */
export function backWarnings(from: Phase, to: Phase): string[] {
  return cannotUndo(from, to).map((lost) => `phases.controls.cannotUndo.${lost}`);
}

/** Whether ending the round in `phase` reveals something still private (notes in Write, dots in Vote). */
export function endRevealsPending(session: { silentWriting: boolean; secretVoting: boolean }): boolean {
  return session.silentWriting || session.secretVoting;
}
