import type { ClusterId, NoteId, RoundId } from '../schema/ids';
import type { BoardLanguage } from '../schema/languages';
import type { Ballot, DotsOn, Rating, RoundPhase } from '../schema/types';

/*
 * The outcome of a board for its closing session, as plain data: what `buildOutcome` reads from the board and what
 * the Markdown and CSV formatters print. Counts only: it holds no person's name or id, so an export can never say
 * who wrote or voted for what, on a named board or an anonymous one — except the deciders' names on their
 * supervotes, which are named by design (the decider accepted that before voting). On an anonymous board, a number
 * with fewer than `LIMITS.minBreakdownGroup` people behind it is not broken down: its supporters and its ratings are
 * null ("withheld"), its dots still counted.
 */

/** One phase a round went through, with when it began and ended (relay clock, ms since epoch). */
export interface OutcomePhase {
  phase: RoundPhase;
  startedAt: number;
  /** When the next phase began, or the round ended; null while it runs. */
  endedAt: number | null;
}

/** A cluster's result in one round. Every number is the round's `computeTally` value. */
export interface OutcomeCluster {
  id: ClusterId;
  /** Its name, or null for a cluster nobody named. */
  name: string | null;
  /** Competition rank among the clusters with dots (1, 1, 3); null for a cluster without dots. */
  rank: number | null;
  /** The dots on its notes plus the dots on the cluster as a whole. */
  dots: number;
  /** Distinct voters among those dots; null when withheld (anonymous board, too few people). */
  supporters: number | null;
  /** Of `dots`, those on the cluster as a whole. */
  dotsOnCluster: number;
  /** Notes in it now. */
  noteCount: number;
}

/** A note's result in one round. */
export interface OutcomeNote {
  id: NoteId;
  text: string;
  clusterId: ClusterId | null;
  /** The cluster's name, or null (no cluster, or a cluster nobody named: see `clusterId`). */
  clusterName: string | null;
  /** Competition rank among the notes with dots; null for a note without dots. */
  rank: number | null;
  dots: number;
  /** Distinct voters among its dots (support spread); null when withheld (anonymous board, too few people). */
  supporters: number | null;
  /** Whether the note is a sketch (its `text` is then the picture's description). */
  sketch: boolean;
  /** In an agreement vote: how many people gave each rating; null when withheld or nobody rated it. */
  ratings: OutcomeRatings | null;
  /** In an agreement vote: how many people rated it (shown even when the distribution is withheld). */
  raters: number;
}

/** An option's ratings in an agreement vote. */
export interface OutcomeRatings {
  counts: Readonly<Record<Rating, number>>;
  /** From −2 (strongly disagree) to +2 (strongly agree), "unsure" left out; null when only "unsure" was given. */
  mean: number | null;
}

/** One decider's supervotes (named by design). */
export interface OutcomeDecision {
  name: string | null;
  initials: string;
  /** What they chose, in the order they chose it: a note's text, or a cluster's name. */
  choices: { kind: 'note' | 'sketch' | 'cluster'; id: string; label: string | null }[];
}

/** The dots of one round, as the tally counts them. */
export interface OutcomeDots {
  /** All counted dots: on notes, on clusters as wholes, and anywhere else on the board (free dots). */
  total: number;
  onNotes: number;
  onClusters: number;
  free: number;
}

/** One round (or, with `id` null, the dots cast outside rounds). */
export interface OutcomeRound {
  /** Null for the dots cast outside rounds (an open board, or before the first round). */
  id: RoundId | null;
  /** 1, 2, 3…; null outside rounds. */
  number: number | null;
  title: string;
  startedAt: number | null;
  endedAt: number | null;
  /** Whether this is the round in progress. */
  current: boolean;
  /** The phases it went through, in the order they began. */
  phases: OutcomePhase[];
  /** The vote's rules, as recorded when its Vote phase began. */
  votesPerPerson: number | null;
  dotsOn: DotsOn | null;
  /** How it voted (null for rounds from before ballots, and outside rounds: plain dots). */
  ballot: Ballot | null;
  /** In a supervote round: each decider's supervotes. Empty otherwise. */
  decisions: OutcomeDecision[];
  /** People whose dots count on a note or a cluster (the tally's `voterCount`). A count, never names. */
  participants: number;
  dots: OutcomeDots;
  /** Clusters with dots by rank, then those without (by name). */
  clusters: OutcomeCluster[];
  /** Every note on the board: those with dots by rank, then those without (oldest first). */
  notes: OutcomeNote[];
}

/** A board's outcome at one moment. */
export interface Outcome {
  title: string;
  /** When the board was created, and when this outcome was read (ms since epoch). */
  createdAt: number;
  generatedAt: number;
  anonymous: boolean;
  /** The board's language: the Markdown and CSV are written in it unless asked for another. */
  language: BoardLanguage;
  /** Notes on the board (public ones: notes still private to their writer are not on the board yet). */
  noteCount: number;
  /** Rounds oldest first; dots cast outside rounds come first, as a round with `id` null, when there are any. */
  rounds: OutcomeRound[];
  /** The round whose dots the report's heatmap shows: the round in progress, else the latest; null: outside rounds. */
  heatmapRound: RoundId | null;
  /** What is still hidden at this moment (silent writing, secret voting): its content is not in the outcome. */
  hidden: { notes: boolean; dots: boolean };
}
