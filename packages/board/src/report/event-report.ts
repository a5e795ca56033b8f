import type { BoardLanguage } from '../schema/languages';
import type { Outcome, OutcomeCluster, OutcomeNote, OutcomeRound } from './types';

/*
 * The combined outcome of an event: several teams, each on its own board, presenting at one closing session. It is
 * read from each board's own `Outcome` (`buildOutcome`), never counted another way, so a team's numbers here are the
 * numbers of its board's own report. Counts only, like the outcome it is made of.
 */

/** How many ranks of clusters and notes a team's section shows (ties at the last rank are all shown). */
export const EVENT_TOP_RANKS = 5;

/** One team's part of the event's outcome: the round its results come from, and what ranked highest in it. */
export interface EventTeamOutcome {
  /** The board's title (from the board itself). */
  title: string;
  /**
   * The round whose results are shown (`reportedRound`): the team's latest ranked vote with dots — a dot vote or a
   * straw poll, not the deciders' supervote (listed apart as decisions), a heat-map vote or an agreement scale (no
   * ranking) — else the latest round with dots, else the latest one (or the dots outside rounds).
   */
  round: OutcomeRound;
  /** People whose dots count in that round: the tally's voter count, as the board's own report says. */
  participants: number;
  /** Clusters with dots, ranked 1 to `EVENT_TOP_RANKS` (ties included). */
  topClusters: OutcomeCluster[];
  /** Notes with dots, ranked 1 to `EVENT_TOP_RANKS` (ties included). */
  topNotes: OutcomeNote[];
  /** The board's whole outcome, for what a team's section adds (decisions). */
  outcome: Outcome;
}

/** An event's outcome at one moment. */
export interface EventOutcome {
  title: string;
  /** The language the combined report is written in (the event's). */
  language: BoardLanguage;
  generatedAt: number;
  /** The teams in the event's order. */
  teams: EventTeamOutcome[];
}

export interface EventOutcomeOptions {
  title: string;
  language: BoardLanguage;
  now: number;
  /** Ranks shown per team (default `EVENT_TOP_RANKS`). */
  topRanks?: number;
}

/**
 * The round a team's results come from: its latest ranked vote of the whole team with dots (after a decide sequence,
 * the straw poll, whose supervote is shown as decisions), else the latest with dots, else the latest there is.
 */
export function reportedRound(outcome: Outcome): OutcomeRound | null {
  const withDots = outcome.rounds.filter((round) => round.dots.total > 0);
  const ranked = withDots.filter(
    (round) => round.ballot === null || round.ballot === 'dots' || round.ballot === 'straw-poll',
  );
  return ranked.at(-1) ?? withDots.at(-1) ?? outcome.rounds.at(-1) ?? null;
}

/** One team's outcome from its board's outcome; null for a board with nothing to report (no round, no notes). */
export function teamOutcome(outcome: Outcome, topRanks = EVENT_TOP_RANKS): EventTeamOutcome | null {
  const round = reportedRound(outcome);
  if (!round) return null;
  const top = <T extends { rank: number | null }>(entries: readonly T[]) =>
    entries.filter((entry) => entry.rank !== null && entry.rank <= topRanks);
  return {
    title: outcome.title,
    round,
    participants: round.participants,
    topClusters: top(round.clusters),
    topNotes: top(round.notes),
    outcome,
  };
}

/**
 * The combined outcome of an event from the outcomes of its boards (in the event's order). `buildOutcome` always
 * gives a board at least one round entry, so every board given is a team here.
 */
export function buildEventOutcome(outcomes: readonly Outcome[], options: EventOutcomeOptions): EventOutcome {
  return {
    title: options.title,
    language: options.language,
    generatedAt: options.now,
    teams: outcomes.flatMap((outcome) => teamOutcome(outcome, options.topRanks) ?? []),
  };
}
