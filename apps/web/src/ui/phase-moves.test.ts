import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { backWarnings, endRevealsPending, phaseSteps } from './phase-moves';

describe('phase moves', () => {
  it('leads through a round in order, with no way back before Write and none on after Discuss', () => {
    expect(phaseSteps('write')).toEqual({ back: null, next: 'reveal' });
    expect(phaseSteps('vote')).toEqual({ back: 'reveal', next: 'results' });
    expect(phaseSteps('discuss')).toEqual({ back: 'results', next: null });
    expect(phaseSteps('open')).toEqual({ back: null, next: null });
  });

  it('warns that going back cannot hide what was revealed or shown', () => {
    const say = (from: Parameters<typeof backWarnings>[0], to: Parameters<typeof backWarnings>[1]) =>
      backWarnings(from, to).map((key) => i18n.t(key));
    expect(say('reveal', 'write')).toEqual(['Notes already revealed stay visible.']);
    expect(say('results', 'vote')).toEqual(['Dots already shown stay visible.']);
    expect(say('vote', 'reveal')).toEqual([]);
  });

  it('knows when ending the round reveals what is still private', () => {
    expect(endRevealsPending({ silentWriting: true, secretVoting: false })).toBe(true);
    expect(endRevealsPending({ silentWriting: false, secretVoting: false })).toBe(false);
  });
});
