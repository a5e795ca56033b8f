import * as Y from 'yjs';
import type { UserId } from '../schema/ids';
import { LIMITS, RATINGS, type Rating } from '../schema/types';
import { votesMap } from '../doc/access';
import { readDeciders, initialsOf } from '../doc/deciders';
import { readSession } from '../doc/session';
import { parseVote } from '../votes/parse';
import { stackKey } from '../votes/rules';
import { readNoteTable } from './note-table';

/*
 * The results of the ballots that are not plain dot counts (votes/ballots.ts): the agreement scale's distribution per
 * option, and the deciders' supervotes. Both read the same dots of one round as `computeTally` does, in one pass.
 */

/** How many people gave each rating to one option; `raters` is everyone who rated it. */
export interface RatingTally {
  counts: Record<Rating, number>;
  raters: number;
  /** The mean on the scale from −2 (strongly disagree) to +2 (strongly agree), "unsure" left out; null if none. */
  mean: number | null;
}

const SCORE: Record<Exclude<Rating, 'unsure'>, number> = {
  'strongly-disagree': -2,
  disagree: -1,
  neutral: 0,
  agree: 1,
  'strongly-agree': 2,
};

const emptyCounts = (): Record<Rating, number> =>
  Object.fromEntries(RATINGS.map((rating) => [rating, 0])) as Record<Rating, number>;

/**
 * Ratings by option (`stackKey`: a note id, or `cluster:<id>`) in one round (default: the round in progress), on
 * existing notes and clusters only. A voter holds one rating per option (the rules see to it); should a document hold
 * more, each counts, as each is a dot the voter placed.
 */
export function computeRatings(doc: Y.Doc, options: { round?: string | null } = {}): Map<string, RatingTally> {
  const round = options.round === undefined ? readSession(doc).roundId : options.round;
  const table = readNoteTable(doc);
  const live = new Set(table.ids);
  const clusters = new Set(table.clusterIds.map((id) => `cluster:${id}`));
  const raters = new Map<string, Set<UserId>>();
  const result = new Map<string, RatingTally>();
  votesMap(doc).forEach((dots: unknown, voterId) => {
    if (!(dots instanceof Y.Map)) return;
    dots.forEach((raw: unknown) => {
      const vote = parseVote(raw);
      if (!vote?.rating || (vote.round ?? null) !== round) return;
      const key = stackKey(vote);
      if (key === null || !(live.has(key) || clusters.has(key))) return;
      let tally = result.get(key);
      if (!tally) result.set(key, (tally = { counts: emptyCounts(), raters: 0, mean: null }));
      tally.counts[vote.rating]++;
      let who = raters.get(key);
      if (!who) raters.set(key, (who = new Set()));
      who.add(voterId);
    });
  });
  for (const [key, tally] of result) {
    tally.raters = raters.get(key)!.size;
    let sum = 0;
    let scored = 0;
    for (const [rating, score] of Object.entries(SCORE)) {
      sum += score * tally.counts[rating as Rating];
      scored += tally.counts[rating as Rating];
    }
    tally.mean = scored === 0 ? null : sum / scored;
  }
  return result;
}

/** One decider's supervotes in a round: on which notes or clusters (`stackKey`s, in the order cast). */
export interface Decision {
  deciderId: UserId;
  /** The name the facilitator gave them (supervotes are named by design), or null when their entry is gone. */
  name: string | null;
  initials: string;
  targets: string[];
}

/**
 * The supervotes of a round: each voter's dots on existing notes or clusters, under their decider name. Meant for a
 * round whose ballot was `supervote` (only deciders could vote in it); deciders in name order.
 */
export function computeDecisions(doc: Y.Doc, options: { round?: string | null } = {}): Decision[] {
  const round = options.round === undefined ? readSession(doc).roundId : options.round;
  const table = readNoteTable(doc);
  const live = new Set(table.ids);
  const clusters = new Set(table.clusterIds.map((id) => `cluster:${id}`));
  const deciders = readDeciders(doc);
  const decisions: Decision[] = [];
  votesMap(doc).forEach((dots: unknown, voterId) => {
    if (!(dots instanceof Y.Map)) return;
    const cast: { key: string; at: number }[] = [];
    dots.forEach((raw: unknown) => {
      const vote = parseVote(raw);
      if (!vote || (vote.round ?? null) !== round) return;
      const key = stackKey(vote);
      if (key !== null && (live.has(key) || clusters.has(key))) cast.push({ key, at: vote.at });
    });
    if (cast.length === 0) return;
    const name = deciders.get(voterId)?.name ?? null;
    decisions.push({
      deciderId: voterId,
      name,
      initials: name === null ? '?' : initialsOf(name),
      targets: cast.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1)).map((entry) => entry.key),
    });
  });
  return decisions.sort(
    (a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') || (a.deciderId < b.deciderId ? -1 : 1),
  );
}

/**
 * Whether a result may be broken down (how many people, which ratings) when `people` are behind it: always on a named
 * board; on an anonymous board only from `LIMITS.minBreakdownGroup` people up, so nobody's choice can be told from
 * a small number ("3 dots from 1 person" on a board of two says what one of them did).
 */
export function mayBreakDown(anonymous: boolean, people: number): boolean {
  // Nobody behind a number (no dots at all) gives nobody away.
  return !anonymous || people === 0 || people >= LIMITS.minBreakdownGroup;
}

/** Support spread: the dots and, where `mayBreakDown`, how many distinct (pseudonymous) people they came from. */
export function supportSpread(
  dots: number,
  people: number,
  anonymous: boolean,
): { dots: number; people: number | null } {
  return { dots, people: mayBreakDown(anonymous, people) ? people : null };
}
