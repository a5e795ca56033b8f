import { describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import type { Note, RatingTally } from '@notevote/board';
import { i18n } from '../i18n';
import { testNote } from '../canvas/test-notes';
import { RATING_COLORS } from './ratings';
import { UNDER_NOTE_GAP, ratingBars, supportLegible, supportLineTexts, supportLines } from './under-notes';

const notes = new Map<string, Note>(
  [testNote('a', { x: 10, y: 20 }), testNote('b', { x: 200, y: 20, width: 150, height: 120 })].map((n) => [n.id, n]),
);
const words = (dots: number, people: number) => `${dots} from ${people}`;
const oneLine = (text: string) => [text];

const ratings = (counts: Partial<RatingTally['counts']>, raters: number): RatingTally => ({
  counts: {
    'strongly-disagree': 0,
    disagree: 0,
    neutral: 0,
    agree: 0,
    'strongly-agree': 0,
    unsure: 0,
    ...counts,
  },
  raters,
  mean: null,
});

describe('what a round shows under notes', () => {
  it('puts a support line under each counted note that still exists, in the order counted', () => {
    const counted = new Map([
      ['b', { votes: 3, voters: 2 }],
      ['deleted', { votes: 9, voters: 9 }],
      ['a', { votes: 1, voters: 1 }],
    ]);
    expect(supportLines(notes, counted, words, oneLine)).toEqual([
      { x: 200, y: 20 + 120 + UNDER_NOTE_GAP, width: 150, lines: ['3 from 2'] },
      { x: 10, y: 20 + 100 + UNDER_NOTE_GAP, width: 100, lines: ['1 from 1'] },
    ]);
  });

  it('breaks each line to its note’s width', () => {
    const wrap = vi.fn((text: string, width: number) => [`${text} in ${width}`]);
    supportLines(notes, new Map([['b', { votes: 3, voters: 2 }]]), words, wrap);
    expect(wrap).toHaveBeenCalledWith('3 from 2', 150);
  });

  it('puts a bar of its ratings under each rated note, split by share, and none where they may not be told', () => {
    const bars = ratingBars(
      notes,
      new Map([
        ['a', ratings({ agree: 3, disagree: 1 }, 4)],
        ['b', ratings({ agree: 2 }, 2)],
        ['cluster:c1', ratings({ agree: 5 }, 5)],
      ]),
      true,
    );
    expect(bars).toEqual([
      {
        x: 10,
        y: 20 + 100 + UNDER_NOTE_GAP,
        width: 100,
        segments: [
          { color: RATING_COLORS.disagree, width: 25 },
          { color: RATING_COLORS.agree, width: 75 },
        ],
      },
    ]);
  });

  it('leaves the support line out where it would be too small to read', () => {
    expect(supportLegible(1)).toBe(true);
    expect(supportLegible(0.5)).toBe(true);
    expect(supportLegible(0.45)).toBe(false);
    expect(supportLegible(0.1)).toBe(false);
  });

  it('puts each pair of numbers in words once, as spreadText does', () => {
    const t = vi.fn(i18n.t) as unknown as TFunction;
    const say = supportLineTexts(t, false);
    expect(say(12, 7)).toBe('12 dots from 7 people');
    const calls = vi.mocked(t).mock.calls.length;
    expect(say(12, 7)).toBe('12 dots from 7 people');
    expect(vi.mocked(t).mock.calls.length).toBe(calls);
    expect(say(1, 1)).toBe('1 dot from 1 person');
    // On an anonymous board, fewer than three people are not broken down.
    expect(supportLineTexts(t, true)(5, 2)).toBe('5 dots');
  });
});
