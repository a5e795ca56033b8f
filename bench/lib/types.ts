/**
 * The shape every benchmark suite shares, so `pnpm bench` can run them one after another and write one report.
 * Benchmarks measure; they never assert timings (that is what the goals column of the report is for).
 */
export interface BenchOptions {
  /** A tiny run that only proves the benchmark still works (CI); its numbers mean nothing. */
  smoke: boolean;
  /** Progress lines for the person running it (stderr), never part of the report. */
  log: (line: string) => void;
}

/** One goal from the issue, with what was measured against it. */
export interface GoalResult {
  name: string;
  /** What was measured, with its unit, e.g. "3.9 ms". */
  measured: string;
  /** The goal, with its unit, e.g. "≤ 5 ms". */
  goal: string;
  met: boolean;
}

/** One suite's part of the report. */
export interface BenchSection {
  title: string;
  /** Markdown: tables and a sentence or two on how it was measured. */
  body: string;
  goals: GoalResult[];
}

export type BenchSuite = (options: BenchOptions) => Promise<BenchSection>;
