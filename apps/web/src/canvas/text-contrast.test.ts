import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgb, NOTE_COLORS } from '@notevote/board';
import { CLUSTER_TEXT_COLOR, CLUSTER_TINTS } from './cluster-style';
import { NOTE_TEXT_COLOR, VOTE_BADGE } from './note-style';

/** WCAG 2.2 AA for normal text (1.4.3). */
const AA_TEXT = 4.5;

describe('text on the board meets WCAG AA contrast', () => {
  it('note text on every note colour', () => {
    for (const color of NOTE_COLORS) {
      expect({ color, ratio: contrastRatio(hexToRgb(NOTE_TEXT_COLOR), hexToRgb(color)) >= AA_TEXT }).toEqual({
        color,
        ratio: true,
      });
    }
  });

  it('cluster names on every cluster tint', () => {
    for (const { fill } of CLUSTER_TINTS) {
      expect(contrastRatio(hexToRgb(CLUSTER_TEXT_COLOR), hexToRgb(fill))).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('the vote count on its badge', () => {
    expect(contrastRatio(hexToRgb(VOTE_BADGE.text), hexToRgb(VOTE_BADGE.fill))).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
