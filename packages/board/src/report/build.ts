import type * as Y from 'yjs';
import type { ClusterId, RoundId } from '../schema/ids';
import { DEFAULT_BOARD_LANGUAGE } from '../schema/languages';
import { ROUND_PHASES, type Cluster, type Note, type Round } from '../schema/types';
import { readMeta } from '../doc/board';
import { readClusters } from '../doc/clusters';
import { readNotes } from '../doc/notes';
import { readRounds } from '../doc/rounds';
import { readSession } from '../doc/session';
import { computeDecisions, computeRatings, mayBreakDown, type RatingTally } from '../tally/ballot-results';
import { computeTally } from '../tally/compute';
import { compareIds } from '../tally/rank';
import type { Tally } from '../tally/types';
import type { Outcome, OutcomeCluster, OutcomeDecision, OutcomeNote, OutcomePhase, OutcomeRound } from './types';

/** What `buildOutcome` needs besides the board: the time it is read at (the report's "generated" date). */
export interface OutcomeOptions {
  now: number;
}

/**
 * Reads a board's outcome for its closing session: every round with its phases, how many people voted and how many
 * dots, and the ranked clusters and notes. Every number is `computeTally`'s for that round, never counted another
 * way. Pass the board document only: notes and dots still private (silent writing, secret voting) live in their
 * writers' private documents, so they cannot appear before their reveal.
 */
export function buildOutcome(doc: Y.Doc, { now }: OutcomeOptions): Outcome {
  const meta = readMeta(doc);
  const session = readSession(doc);
  const notes = readNotes(doc).sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
  const clusters = readClusters(doc);
  const rounds = readRounds(doc);
  const outside = computeTally(doc, { round: null });
  const anonymous = meta?.anonymous ?? false;
  const board: BoardFacts = { notes, clusters, current: session.roundId, anonymous };

  const outcomeRounds: OutcomeRound[] = [];
  // Dots cast outside rounds, when there are any; on a board that never ran a round, its notes are listed there.
  if (outside.voters.size > 0 || rounds.length === 0) {
    outcomeRounds.push(roundOutcome(null, outside, board, new Map(), []));
  }
  for (const round of rounds) {
    const ratings = round.ballot === 'agreement' ? computeRatings(doc, { round: round.id }) : new Map();
    const decisions = round.ballot === 'supervote' ? decisionsOf(doc, round.id, notes, clusters) : [];
    outcomeRounds.push(roundOutcome(round, computeTally(doc, { round: round.id }), board, ratings, decisions));
  }
  return {
    title: meta?.title ?? '',
    createdAt: meta?.createdAt ?? 0,
    generatedAt: now,
    anonymous,
    language: meta?.language ?? DEFAULT_BOARD_LANGUAGE,
    noteCount: notes.length,
    rounds: outcomeRounds,
    heatmapRound: session.roundId ?? rounds.at(-1)?.id ?? null,
    hidden: { notes: session.silentWriting, dots: session.secretVoting },
  };
}

/** What every round's outcome reads from the board. */
interface BoardFacts {
  notes: readonly Note[];
  clusters: ReadonlyMap<ClusterId, Cluster>;
  current: RoundId | null;
  anonymous: boolean;
}

/** The deciders' supervotes of a round, each choice named by its note's text or its cluster's name. */
function decisionsOf(
  doc: Y.Doc,
  round: RoundId,
  notes: readonly Note[],
  clusters: ReadonlyMap<ClusterId, Cluster>,
): OutcomeDecision[] {
  const byId = new Map(notes.map((note) => [note.id, note]));
  return computeDecisions(doc, { round }).map((decision) => ({
    name: decision.name,
    initials: decision.initials,
    choices: decision.targets.map((key) =>
      key.startsWith(CLUSTER_KEY)
        ? {
            kind: 'cluster' as const,
            id: key.slice(CLUSTER_KEY.length),
            label: clusters.get(key.slice(CLUSTER_KEY.length))?.name || null,
          }
        : {
            kind: byId.get(key)?.image ? ('sketch' as const) : ('note' as const),
            id: key,
            label: byId.get(key)?.text ?? null,
          },
    ),
  }));
}

const CLUSTER_KEY = 'cluster:';

function roundOutcome(
  round: Round | null,
  tally: Tally,
  { notes, clusters, current, anonymous }: BoardFacts,
  ratings: ReadonlyMap<string, RatingTally>,
  decisions: OutcomeDecision[],
): OutcomeRound {
  const nameOf = (id: ClusterId): string | null => clusters.get(id)?.name || null;
  const spread = (people: number) => (mayBreakDown(anonymous, people) ? people : null);
  return {
    id: round?.id ?? null,
    number: round?.number ?? null,
    title: round?.title ?? '',
    startedAt: round?.startedAt ?? null,
    endedAt: round?.endedAt ?? null,
    current: round !== null && round.id === current,
    phases: round ? phasesOf(round) : [],
    votesPerPerson: round?.votesPerPerson ?? null,
    dotsOn: round?.dotsOn ?? null,
    ballot: round?.ballot ?? null,
    decisions,
    participants: tally.voterCount,
    dots: {
      total: tally.totalVotes + tally.clusterVotes + tally.freeVotes,
      onNotes: tally.totalVotes,
      onClusters: tally.clusterVotes,
      free: tally.freeVotes,
    },
    clusters: clusterResults(tally, nameOf, spread),
    notes: noteResults(tally, notes, nameOf, spread, (noteId) => {
      const rated = ratings.get(noteId);
      if (!rated) return { ratings: null, raters: 0 };
      const shown = mayBreakDown(anonymous, rated.raters);
      return { ratings: shown ? { counts: rated.counts, mean: rated.mean } : null, raters: rated.raters };
    }),
  };
}

/** The phases a round went through, in the order they (last) began; each ends when the next begins. */
function phasesOf(round: Round): OutcomePhase[] {
  const begun = ROUND_PHASES.flatMap((phase) => {
    const startedAt = round.phases[phase];
    return startedAt === undefined ? [] : [{ phase, startedAt }];
  }).sort((a, b) => a.startedAt - b.startedAt || ROUND_PHASES.indexOf(a.phase) - ROUND_PHASES.indexOf(b.phase));
  return begun.map((entry, i) => ({ ...entry, endedAt: begun[i + 1]?.startedAt ?? round.endedAt }));
}

type Spread = (people: number) => number | null;

function clusterResults(tally: Tally, nameOf: (id: ClusterId) => string | null, spread: Spread): OutcomeCluster[] {
  const result = (id: ClusterId, rank: number | null): OutcomeCluster => {
    const entry = tally.clusters.get(id);
    return {
      id,
      name: nameOf(id),
      rank,
      dots: entry?.votes ?? 0,
      supporters: spread(entry?.voters ?? 0),
      dotsOnCluster: entry?.clusterDots ?? 0,
      noteCount: entry?.noteCount ?? 0,
    };
  };
  const ranked = tally.clusterRanking.map((entry) => result(entry.clusterId, entry.rank));
  const rankedIds = new Set(tally.clusterRanking.map((entry) => entry.clusterId));
  const rest = [...tally.clusters.keys()]
    .filter((id) => !rankedIds.has(id))
    .map((id) => result(id, null))
    .sort((a, b) => compareIds(a.name ?? '', b.name ?? '') || compareIds(a.id, b.id));
  return [...ranked, ...rest];
}

function noteResults(
  tally: Tally,
  notes: readonly Note[],
  nameOf: (id: ClusterId) => string | null,
  spread: Spread,
  ratingsOf: (noteId: string) => Pick<OutcomeNote, 'ratings' | 'raters'>,
): OutcomeNote[] {
  const byId = new Map(notes.map((note) => [note.id, note]));
  const result = (note: Note, rank: number | null): OutcomeNote => {
    const entry = tally.notes.get(note.id);
    return {
      id: note.id,
      text: note.text,
      clusterId: note.clusterId ?? null,
      clusterName: note.clusterId === undefined ? null : nameOf(note.clusterId),
      rank,
      dots: entry?.votes ?? 0,
      supporters: spread(entry?.voters ?? 0),
      sketch: note.image !== undefined,
      ...ratingsOf(note.id),
    };
  };
  const ranked = tally.ranking.flatMap((entry) => {
    const note = byId.get(entry.noteId);
    return note ? [result(note, entry.rank)] : [];
  });
  const rest = notes.filter((note) => !tally.notes.has(note.id)).map((note) => result(note, null));
  return [...ranked, ...rest];
}
