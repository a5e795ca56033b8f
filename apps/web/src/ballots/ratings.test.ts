import { describe, expect, it } from 'vitest';
import type { PlacedVote, RatingTally } from '@notevote/board';
import { i18n } from '../i18n';
import { agreementOrder, distributionText, myRatingsByTarget, ratingSegments } from './ratings';

function tally(counts: Partial<RatingTally['counts']>, mean: number | null): RatingTally {
  const full = { 'strongly-disagree': 0, disagree: 0, neutral: 0, agree: 0, 'strongly-agree': 0, unsure: 0, ...counts };
  return { counts: full, raters: Object.values(full).reduce((a, b) => a + b, 0), mean };
}

describe('the agreement scale in the results', () => {
  it('draws the ratings given, in scale order, each its share of the bar', () => {
    expect(ratingSegments(tally({ 'strongly-agree': 2, disagree: 1, unsure: 1 }, 1))).toEqual([
      { rating: 'disagree', count: 1, share: 0.25 },
      { rating: 'strongly-agree', count: 2, share: 0.5 },
      { rating: 'unsure', count: 1, share: 0.25 },
    ]);
    expect(ratingSegments(tally({}, null))).toEqual([]);
  });

  it('gives the numbers in words, for screen readers and anyone who cannot tell the colours apart', () => {
    expect(distributionText(i18n.t, tally({ agree: 1, 'strongly-agree': 2, unsure: 1 }, 1.67))).toBe(
      'Agree: 1, Strongly agree: 2, Unsure / need more information: 1',
    );
  });

  it('lists the most agreed first, and on an anonymous board withholds (and sorts last) options under three raters', () => {
    const ratings = new Map([
      ['lukewarm', tally({ neutral: 3 }, 0)],
      ['loved', tally({ 'strongly-agree': 3 }, 2)],
      ['pair', tally({ 'strongly-agree': 2 }, 2)],
      ['puzzling', tally({ unsure: 4 }, null)],
    ]);
    expect(agreementOrder(ratings, false).map((entry) => [entry.key, entry.shown])).toEqual([
      ['loved', true],
      ['pair', true],
      ['lukewarm', true],
      ['puzzling', true],
    ]);
    // Two raters on an anonymous board: no distribution, and no place by its mean (that would tell it).
    expect(agreementOrder(ratings, true).map((entry) => [entry.key, entry.shown])).toEqual([
      ['loved', true],
      ['lukewarm', true],
      ['puzzling', true],
      ['pair', false],
    ]);
  });
});

describe('your own ratings', () => {
  const dot = (voteId: string, voterId: string, vote: Partial<PlacedVote['vote']>): PlacedVote => ({
    key: `${voterId}/${voteId}`,
    voterId,
    voteId,
    vote: { noteId: null, x: 0, y: 0, at: 0, ...vote },
  });

  it('are this person’s ratings of the round in progress, by what they rate; a later rating wins', () => {
    const votes = [
      dot('v1', 'me', { noteId: 'n1', round: 'r1', rating: 'agree', at: 1 }),
      dot('v2', 'me', { noteId: 'n1', round: 'r1', rating: 'disagree', at: 2 }),
      dot('v3', 'me', { clusterId: 'c1', round: 'r1', rating: 'unsure', at: 3 }),
      dot('v4', 'me', { noteId: 'n2', round: 'r1', at: 4 }),
      dot('v5', 'me', { noteId: 'n3', round: 'r0', rating: 'agree' }),
      dot('v6', 'someone', { noteId: 'n2', round: 'r1', rating: 'agree' }),
    ];
    expect(myRatingsByTarget(votes, 'me', 'r1')).toEqual(
      new Map([
        ['n1', 'disagree'],
        ['cluster:c1', 'unsure'],
      ]),
    );
    expect(myRatingsByTarget(votes, null, 'r1').size).toBe(0);
  });
});
