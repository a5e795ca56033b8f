import { describe, expect, it } from 'vitest';
import { PHASE_ALLOWS, PHASES } from '@notevote/board';
import { phoneActions } from './phone-actions';

const open = PHASE_ALLOWS.open;

describe('phoneActions', () => {
  it('offers adding, voting, the votes left and the results to someone who may edit and vote', () => {
    expect(phoneActions({ mayEdit: true, votesPerPerson: 5, allows: open })).toEqual([
      'add-note',
      'vote',
      'votes-left',
      'results',
    ]);
  });

  it('offers only the results to someone who may not change the board (a projector, a locked board, loading)', () => {
    expect(phoneActions({ mayEdit: false, votesPerPerson: 5, allows: open })).toEqual(['results']);
  });

  it('leaves voting out when the round gives nobody a dot', () => {
    expect(phoneActions({ mayEdit: true, votesPerPerson: 0, allows: open })).toEqual(['add-note', 'results']);
  });

  it('offers what each phase allows a participant: notes in Write, dots in Vote, only the results in Results', () => {
    const inPhase = (phase: keyof typeof PHASE_ALLOWS) =>
      phoneActions({ mayEdit: true, votesPerPerson: 5, allows: PHASE_ALLOWS[phase] });
    expect(inPhase('write')).toEqual(['add-note', 'results']);
    expect(inPhase('reveal')).toEqual(['add-note', 'results']);
    expect(inPhase('vote')).toEqual(['vote', 'votes-left', 'results']);
    expect(inPhase('results')).toEqual(['results']);
    expect(inPhase('discuss')).toEqual(['add-note', 'results']);
  });

  it('leaves out the votes left where the budget does not count down (a heat-map vote without a limit)', () => {
    expect(phoneActions({ mayEdit: true, votesPerPerson: 300, allows: PHASE_ALLOWS.vote, countsDown: false })).toEqual([
      'vote',
      'results',
    ]);
  });

  it('offers Rate, not Vote, in an agreement vote, and nothing to vote with to someone who is no decider', () => {
    // allowedNow leaves no dots to place in an agreement vote, nor in a supervote to anyone but its deciders.
    const noDots = { ...PHASE_ALLOWS.vote, vote: false };
    expect(
      phoneActions({ mayEdit: true, votesPerPerson: 300, allows: noDots, countsDown: false, mayRate: true }),
    ).toEqual(['rate', 'results']);
    expect(phoneActions({ mayEdit: true, votesPerPerson: 2, allows: noDots })).toEqual(['results']);
    expect(phoneActions({ mayEdit: false, votesPerPerson: 300, allows: noDots, mayRate: true })).toEqual(['results']);
  });

  it('never offers more than four actions, so each keeps a large touch target on a phone', () => {
    for (const mayEdit of [true, false]) {
      for (const votesPerPerson of [0, 1, 99]) {
        for (const phase of PHASES) {
          for (const mayRate of [false, true]) {
            const actions = phoneActions({ mayEdit, votesPerPerson, allows: PHASE_ALLOWS[phase], mayRate });
            expect(actions.length).toBeLessThanOrEqual(4);
          }
          const actions = phoneActions({ mayEdit, votesPerPerson, allows: PHASE_ALLOWS[phase] });
          expect(actions.length).toBeLessThanOrEqual(4);
          expect(actions).toContain('results');
        }
      }
    }
  });
});
