import type { TFunction } from 'i18next';
import {
  RATINGS,
  mayBreakDown,
  stackKey,
  type PlacedVote,
  type Rating,
  type RatingTally,
  type RoundId,
} from '@notevote/board';

/*
 * The agreement scale in the UI, as pure functions: the colours of the distribution bar, its segments, the order of
 * the options (most agreed first), the words a screen reader gets instead of the colours, and this person's own
 * ratings for the rating buttons' pressed state.
 */

/**
 * One colour per rating: a diverging orange–purple scale (ColorBrewer's PuOr, which readers with red–green colour
 * blindness tell apart) with "unsure" in grey, off the scale. The numbers are always given in text as well.
 */
export const RATING_COLORS: Readonly<Record<Rating, string>> = {
  'strongly-disagree': '#b35806',
  disagree: '#f1a340',
  neutral: '#f7f7f7',
  agree: '#998ec3',
  'strongly-agree': '#542788',
  unsure: '#8c8c8c',
};

/** One part of a distribution bar: a rating, how many gave it, and its share of the bar (0–1). */
export interface Segment {
  rating: Rating;
  count: number;
  share: number;
}

/** The bar's segments in scale order, only the ratings someone gave. */
export function ratingSegments(tally: Pick<RatingTally, 'counts'>): Segment[] {
  const total = RATINGS.reduce((sum, rating) => sum + tally.counts[rating], 0);
  if (total === 0) return [];
  return RATINGS.filter((rating) => tally.counts[rating] > 0).map((rating) => ({
    rating,
    count: tally.counts[rating],
    share: tally.counts[rating] / total,
  }));
}

/**
 * The rated options, most agreed first: by the mean on −2…+2 ("unsure" left out; options only called unsure come
 * last), then by how many rated them, then by key so every screen lists them alike.
 */
export function byAgreement<T extends { key: string; tally: RatingTally }>(entries: Iterable<T>): T[] {
  return [...entries].sort(
    (a, b) =>
      (b.tally.mean ?? -Infinity) - (a.tally.mean ?? -Infinity) ||
      b.tally.raters - a.tally.raters ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** Whether an option's ratings may be shown one by one (never on an anonymous board with fewer than 3 raters). */
export function showsDistribution(tally: Pick<RatingTally, 'raters'>, anonymous: boolean): boolean {
  return mayBreakDown(anonymous, tally.raters);
}

/**
 * The distribution in words, for screen readers and anyone who cannot tell the colours apart: "Strongly agree: 2,
 * Agree: 1, Unsure / need more information: 1".
 */
export function distributionText(t: TFunction, tally: Pick<RatingTally, 'counts'>): string {
  return ratingSegments(tally)
    .map((segment) =>
      t('ballots.results.ratingCount', { rating: t(`ballots.rate.names.${segment.rating}`), count: segment.count }),
    )
    .join(t('ballots.results.separator'));
}

/**
 * This person's ratings in the round in progress, by what they rate (`stackKey`: a note id, `cluster:<id>`): the
 * rating buttons show the one given as pressed. Their own secret ratings are among `votes` (they see their own).
 */
export function myRatingsByTarget(
  votes: Iterable<PlacedVote>,
  me: string | null,
  round: RoundId | null,
): Map<string, Rating> {
  const mine = new Map<string, { rating: Rating; at: number }>();
  if (me === null) return new Map();
  for (const placed of votes) {
    const { vote } = placed;
    if (placed.voterId !== me || vote.rating === undefined || (vote.round ?? null) !== round) continue;
    const key = stackKey(vote);
    if (key === null) continue;
    // One rating per option is the rule; should a document hold two, the later one is what the person chose last.
    const before = mine.get(key);
    if (!before || vote.at >= before.at) mine.set(key, { rating: vote.rating, at: vote.at });
  }
  return new Map([...mine].map(([key, { rating }]) => [key, rating]));
}

/**
 * The agreement vote's options in the order they are listed: those shown one by one by their mean (most agreed
 * first), then those whose ratings are withheld (whose mean would tell what is withheld), by how many rated them.
 */
export function agreementOrder(ratings: ReadonlyMap<string, RatingTally>, anonymous: boolean) {
  const entries = [...ratings].map(([key, tally]) => {
    const shown = showsDistribution(tally, anonymous);
    return { key, tally, shown, order: shown ? tally : { ...tally, mean: null } };
  });
  const sorted = byAgreement(entries.map((entry) => ({ key: entry.key, tally: entry.order })));
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  return sorted.map(({ key }) => byKey.get(key)!);
}
