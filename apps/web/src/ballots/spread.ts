import type { TFunction } from 'i18next';
import { supportSpread } from '@notevote/board';

/*
 * Support spread in words: "12 dots from 7 people", so a note carried by one enthusiast reads differently from one
 * with broad support. On an anonymous board a number with fewer than three people behind it is not broken down
 * (`supportSpread` / `mayBreakDown` in the board package): it reads "2 dots", and nothing says how many people.
 */

/** "12 dots from 7 people", or "12 dots" where the people behind them may not be told. */
export function spreadText(t: TFunction, dots: number, people: number, anonymous: boolean): string {
  const spread = supportSpread(dots, people, anonymous);
  const dotsText = t('ballots.spread.dots', { count: spread.dots });
  if (spread.people === null) return dotsText;
  return t('ballots.spread.both', { dots: dotsText, people: t('ballots.spread.people', { count: spread.people }) });
}

/** "From 7 people" (the notes list's detail beside its count), or null where it may not be told. */
export function fromPeopleText(t: TFunction, dots: number, people: number, anonymous: boolean): string | null {
  const spread = supportSpread(dots, people, anonymous);
  return spread.people === null || dots === 0 ? null : t('ballots.spread.from', { count: spread.people });
}

/**
 * A cluster's tally as the clusters show it everywhere ("4 votes · 3 supporters"), with the supporters left out
 * where they may not be told ("4 votes").
 */
export function clusterTallyText(t: TFunction, dots: number, people: number, anonymous: boolean): string {
  const spread = supportSpread(dots, people, anonymous);
  const votes = t('clusters.votes', { count: spread.dots });
  if (spread.people === null) return votes;
  return t('clusters.tally', { votes, supporters: t('clusters.supporters', { count: spread.people }) });
}
