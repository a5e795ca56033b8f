import type { FanoutResult } from './plan';
import type { Measured } from './rounds';

/** The figure scenarios compare servers on: lower is better for latency and sync time, higher for rates. */
export interface Headline {
  value: number;
  lowerIsBetter: boolean;
  label: string;
}

/** Updates that reached all their receivers, per second of load. */
export const sustained = (result: FanoutResult) => result.fullyDelivered / result.seconds;

/** A run's headline figures, in a fixed order per kind of scenario (the first is the one goals compare). */
export function headlines(run: Measured | undefined): Headline[] {
  if (!run) return [];
  const result = run.outcome.result;
  switch (result.kind) {
    case 'fanout':
      return [
        { value: result.latency.p99, lowerIsBetter: true, label: 'p99' },
        { value: sustained(result), lowerIsBetter: false, label: 'sustained upd/s' },
      ];
    case 'ramp':
      return [{ value: result.lastPassingRate, lowerIsBetter: false, label: 'highest passing rate' }];
    case 'reconnect':
      return [
        { value: result.allSyncedMs ?? Infinity, lowerIsBetter: true, label: 'all synced' },
        { value: result.syncMs.p99, lowerIsBetter: true, label: 'p99 sync' },
      ];
    case 'people':
      return [
        { value: result.load.latency.p99, lowerIsBetter: true, label: 'p99' },
        { value: result.load.delivered / Math.max(1, result.load.expected), lowerIsBetter: false, label: 'delivered' },
      ];
    case 'idle-memory':
      return [];
  }
}

/** Whether `ours` beats `theirs` (a missing figure of theirs, e.g. a failed run, counts as beaten). */
export function beats(ours: Headline | undefined, theirs: Headline | undefined): boolean {
  if (!ours) return false;
  if (!theirs) return true;
  return ours.lowerIsBetter ? ours.value < theirs.value : ours.value > theirs.value;
}
