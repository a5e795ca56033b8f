import { describe, expect, it } from 'vitest';
import { BALLOTS, LIMITS, ROUND_PHASES, type PHASES, type Session } from '@notevote/board';
import { i18n } from '../i18n';
import { audienceOf, bannerShown, phaseInstruction, type Audience, type InstructionRules } from './phase-instruction';

const rules: Pick<Session, 'votesPerPerson' | 'dotsOn'> = { votesPerPerson: 5, dotsOn: 'notes' };
const text = (phase: (typeof PHASES)[number], audience: Audience, r: InstructionRules = rules) => {
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

describe('phaseInstruction per round type', () => {
  const vote = (
    audience: Audience,
    ballot: 'heatmap' | 'straw-poll' | 'supervote' | 'agreement',
    votesPerPerson = 5,
    decider = false,
  ) => {
    const instruction = phaseInstruction('vote', audience, { votesPerPerson, dotsOn: 'notes', ballot }, { decider });
    return instruction && i18n.t(instruction.key, instruction.values);
  };

  it('asks for small dots on parts of notes in a heat-map vote, and never counts down 300 dots without a budget', () => {
    expect(vote('participant', 'heatmap', 12)).toBe(
      'Place up to 12 small dots on the parts of notes you like, several on one if you wish. Nobody sees votes until the results.',
    );
    const noLimit = vote('participant', 'heatmap', LIMITS.maxDotsPerPerson);
    expect(noLimit).toContain('as many small dots as you like');
    expect(noLimit).not.toContain('300');
    expect(vote('projector', 'heatmap', LIMITS.maxDotsPerPerson)).not.toContain('300');
  });

  it('tells a decider to supervote, and everyone else (the room too) that the deciders are voting', () => {
    expect(vote('participant', 'supervote', 2, true)).toBe(
      'You are a decider: place your 2 supervotes. Everyone sees them as you place them, with your name and initials.',
    );
    expect(vote('participant', 'supervote', 2, false)).toBe(
      'The deciders are voting. Their supervotes appear on the board, with their names, as they place them.',
    );
    expect(vote('projector', 'supervote', 2, true)).toBe('The deciders are voting on their devices.');
  });

  it('asks for one dot in a straw poll and for ratings, not dots, on an agreement scale', () => {
    expect(vote('participant', 'straw-poll', 1)).toContain('your one dot');
    const agreement = vote('participant', 'agreement', LIMITS.maxDotsPerPerson);
    expect(agreement).toContain('Rate each option');
    expect(agreement).not.toMatch(/\d/);
    expect(vote('facilitator', 'agreement')).toContain('you see how many have voted');
  });

  it('says at Results where each kind of result is', () => {
    const results = (ballot: 'heatmap' | 'supervote' | 'agreement') => {
      const instruction = phaseInstruction('results', 'participant', { votesPerPerson: 5, dotsOn: 'notes', ballot });
      return instruction && i18n.t(instruction.key, instruction.values);
    };
    expect(results('heatmap')).toContain('heatmap');
    expect(results('supervote')).toContain('decisions');
    expect(results('agreement')).toContain('ratings');
  });

  it('keeps the dot vote’s lines, and reads a session without a ballot as a dot vote', () => {
    expect(text('vote', 'participant', { ...rules, ballot: 'dots' })).toBe(text('vote', 'participant'));
    expect(text('write', 'participant', { ...rules, ballot: 'agreement' })).toBe(text('write', 'participant'));
  });

  it('has a translated line for every round type, phase and audience, with and without a budget', () => {
    for (const audience of ['participant', 'facilitator', 'projector'] as const) {
      for (const ballot of BALLOTS) {
        for (const phase of ROUND_PHASES) {
          for (const votesPerPerson of [1, 3, LIMITS.maxDotsPerPerson]) {
            for (const decider of [false, true]) {
              const instruction = phaseInstruction(
                phase,
                audience,
                { votesPerPerson, dotsOn: 'notes', ballot },
                { decider },
              )!;
              expect(i18n.exists(instruction.key, instruction.values), `${ballot} ${phase} ${audience}`).toBe(true);
            }
          }
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
