import { describe, expect, it } from 'vitest';
import { phoneActions } from './phone-actions';

describe('phoneActions', () => {
  it('offers adding, voting, the votes left and the results to someone who may edit and vote', () => {
    expect(phoneActions({ mayEdit: true, votesPerPerson: 5 })).toEqual(['add-note', 'vote', 'votes-left', 'results']);
  });

  it('offers only the results to someone who may not change the board (a projector, a locked board, loading)', () => {
    expect(phoneActions({ mayEdit: false, votesPerPerson: 5 })).toEqual(['results']);
  });

  it('leaves voting out when the round gives nobody a dot', () => {
    expect(phoneActions({ mayEdit: true, votesPerPerson: 0 })).toEqual(['add-note', 'results']);
  });

  it('never offers more than four actions, so each keeps a large touch target on a phone', () => {
    for (const mayEdit of [true, false]) {
      for (const votesPerPerson of [0, 1, 99]) {
        const actions = phoneActions({ mayEdit, votesPerPerson });
        expect(actions.length).toBeLessThanOrEqual(4);
        expect(actions).toContain('results');
      }
    }
  });
});
