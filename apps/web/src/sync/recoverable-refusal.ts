/*
 * Refusals an honest client can meet only because of timing: its change was fine when it was made, but the board
 * moved on before it arrived (a dot sent just after Results began, a note just after the board was locked, a dot on
 * a note deleted meanwhile). The relay closes the connection with 4403 either way; for these the web app reopens the
 * board by itself (a fresh document: the refused change is dropped, the server's copy is the truth) instead of
 * leaving the person on a dead screen. Anything else (a replaced link, an erased board, a malformed message) keeps
 * the refusal screen: reopening would only be refused again, or hide a real problem.
 */

const TIMING_REFUSALS: ReadonlySet<string> = new Set([
  'phase-closed',
  'board-locked',
  'silent-writing',
  'secret-voting',
  'round-closed',
  'wrong-round',
  'budget-exhausted',
  'stacking-not-allowed',
  'note-missing',
  'note-private',
  'cluster-missing',
  'dots-on-notes',
  'dots-on-clusters',
  'not-a-cluster-vote',
  // The facilitator changed the ballot, or removed a decider, while a dot was on its way.
  'rating-needed',
  'not-an-agreement-vote',
  'not-a-decider',
]);

/** Whether a connection closed with this reason should reopen by itself. */
export function isRecoverableRefusal(reason: string | null | undefined): reason is string {
  return typeof reason === 'string' && (TIMING_REFUSALS.has(reason) || reason.startsWith('dots-on-'));
}

/** At most this many reopenings within `RECOVERY_WINDOW_MS`: past that, something else is wrong; show the refusal. */
export const MAX_RECOVERIES = 3;
export const RECOVERY_WINDOW_MS = 60_000;

/**
 * Whether another reopening is allowed at `now`, given the times of the earlier ones (a fresh document sends nothing
 * refused, so a loop means a real problem, which the refusal screen then shows).
 */
export function mayRecoverAgain(earlier: readonly number[], now: number): boolean {
  return earlier.filter((at) => now - at < RECOVERY_WINDOW_MS).length < MAX_RECOVERIES;
}
