import type { LoadResult } from './plan';
import type { Scenario, ScenarioId } from './scenarios';

/** What one server did in one scenario of one round, or why it could not. */
export interface Run {
  server: string;
  round: number;
  scenario: Scenario;
  outcome: { result: LoadResult; cpuSeconds: number; peakRssMib: number } | { error: string };
}

export type Measured = Run & { outcome: { result: LoadResult; cpuSeconds: number; peakRssMib: number } };

export const measured = (run: Run): run is Measured => !('error' in run.outcome);

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One server's runs of one scenario, round by round: what a table row summarises. */
export class ServerRounds {
  readonly measured: Measured[];

  constructor(
    readonly server: string,
    /** Sorted by round. */
    readonly runs: readonly Run[],
  ) {
    this.measured = runs.filter(measured);
  }

  static of(runs: readonly Run[], server: string, id: ScenarioId): ServerRounds {
    const mine = runs.filter((run) => run.server === server && run.scenario.id === id);
    return new ServerRounds(
      server,
      mine.sort((a, b) => a.round - b.round),
    );
  }

  /** Why every round failed (the first round's reason), or null when some round was measured. */
  get failure(): string | null {
    const run = this.runs.find((each) => 'error' in each.outcome);
    return this.measured.length === 0 && run && 'error' in run.outcome ? run.outcome.error.split('\n')[0]! : null;
  }

  /** Each round's value, `r1 / r2 / r3` ("failed" for a round that failed). */
  each(value: (run: Measured) => number, format: (value: number) => string): string {
    return this.runs.map((run) => (measured(run) ? format(value(run)) : 'failed')).join(' / ');
  }

  median(value: (run: Measured) => number): number {
    return median(this.measured.map(value));
  }

  lowest(value: (run: Measured) => number): number {
    return Math.min(...this.measured.map(value));
  }

  highest(value: (run: Measured) => number): number {
    return Math.max(...this.measured.map(value));
  }

  /** The measured run whose `value` is the median one (the lower middle for an even count). */
  medianRun(value: (run: Measured) => number): Measured | undefined {
    const sorted = [...this.measured].sort((a, b) => value(a) - value(b));
    return sorted[Math.floor((sorted.length - 1) / 2)];
  }

  round(round: number): Measured | undefined {
    return this.measured.find((run) => run.round === round);
  }
}
