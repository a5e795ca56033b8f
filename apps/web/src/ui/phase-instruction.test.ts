import { describe, expect, it } from 'vitest';
import { ROUND_PHASES, type PHASES, type Session } from '@notevote/board';
import { i18n } from '../i18n';
import { audienceOf, bannerShown, phaseInstruction, type Audience } from './phase-instruction';

const rules: Pick<Session, 'votesPerPerson' | 'dotsOn'> = { votesPerPerson: 5, dotsOn: 'notes' };
const text = (phase: (typeof PHASES)[number], audience: Audience, r = rules) => {
  const instruction = phaseInstruction(phase, audience, r);
  return instruction && i18n.t(instruction.key, instruction.values);
};

describe('phaseInstruction', () => {
  it('tells a participant in Write to write privately, one idea per note', () => {
    expect(text('write', 'participant')).toBe('Write your ideas, one per note. Nobody sees them until the reveal.');
  });

  it('tells a participant in Vote how many dots they have and where they go', () => {
    expect(text('vote', 'participant')).toBe('Place your 5 dots on notes. Nobody sees votes until the results.');
    expect(text('vote', 'participant', { votesPerPerson: 1, dotsOn: 'anywhere' })).toBe(
      'Place your dot, on a note or anywhere. Nobody sees votes until the results.',
    );
    expect(text('vote', 'participant', { votesPerPerson: 3, dotsOn: 'clusters' })).toContain('3 dots on clusters');
  });

  it('says the votes are in at Results', () => {
    expect(text('results', 'participant')).toBe('The votes are in.');
  });

  it('gives the facilitator and the projector lines of their own', () => {
    expect(text('vote', 'facilitator')).toContain('you see how many have voted');
    expect(text('vote', 'projector')).toContain('Vote on your device: 5 dots each');
    expect(text('write', 'facilitator')).not.toBe(text('write', 'participant'));
  });

  it('has a translated line for every round phase and audience, and none for the open board', () => {
    for (const audience of ['participant', 'facilitator', 'projector'] as const) {
      expect(phaseInstruction('open', audience, rules)).toBeNull();
      for (const phase of ROUND_PHASES) {
        for (const dotsOn of ['notes', 'anywhere', 'clusters'] as const) {
          const instruction = phaseInstruction(phase, audience, { votesPerPerson: 2, dotsOn })!;
          expect(i18n.exists(instruction.key, instruction.values), `${phase} ${audience}`).toBe(true);
        }
      }
    }
  });
});

describe('audienceOf', () => {
  it('reads a projector and a facilitator as themselves, anyone else as a participant', () => {
    expect(audienceOf('projector')).toBe('projector');
    expect(audienceOf('facilitator')).toBe('facilitator');
    expect(audienceOf('participant')).toBe('participant');
    expect(audienceOf(null)).toBe('participant');
  });
});

describe('bannerShown', () => {
  it('shows during a round, and on the open board only while a timebox is set', () => {
    for (const phase of ROUND_PHASES) expect(bannerShown(phase, { state: 'idle' })).toBe(true);
    expect(bannerShown('open', { state: 'idle' })).toBe(false);
    expect(bannerShown('open', { state: 'paused', remainingMs: 1000, durationMs: 60_000 })).toBe(true);
  });
});
