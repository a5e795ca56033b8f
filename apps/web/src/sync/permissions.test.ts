import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  answerDecider,
  deriveBoardIdentity,
  initBoard,
  nameDecider,
  setPhase,
  updateSession,
  votingRules,
  type Role,
} from '@notevote/board';
import { allowedNow, votingClosed } from './permissions';

function asker(role: Role | null, { loaded = true } = {}) {
  const board = new Y.Doc();
  initBoard(board, { title: 'Sprint' });
  return {
    board,
    asker: {
      role,
      identity: loaded ? deriveBoardIdentity('device secret', 'board-1', 2) : null,
      workspace: { board, own: role === 'projector' ? null : new Y.Doc() },
    },
  };
}

describe('allowedNow', () => {
  it('follows the phase for a participant: write and arrange in Write, only vote in Vote, nothing in Results', () => {
    const { board, asker: participant } = asker('participant');
    expect(allowedNow(participant)).toEqual({ write: true, arrange: true, vote: true });
    setPhase(board, 'write', { now: 1 });
    expect(allowedNow(participant)).toEqual({ write: true, arrange: true, vote: false });
    setPhase(board, 'vote', { now: 2 });
    expect(allowedNow(participant)).toEqual({ write: false, arrange: false, vote: true });
    setPhase(board, 'results', { now: 3 });
    expect(allowedNow(participant)).toEqual({ write: false, arrange: false, vote: false });
  });

  it('holds the facilitator to no phase', () => {
    const { board, asker: facilitator } = asker('facilitator');
    setPhase(board, 'results', { now: 1 });
    expect(allowedNow(facilitator)).toEqual({ write: true, arrange: true, vote: true });
  });

  it('allows nothing on a locked board (participant), to a projector, or before the board has loaded', () => {
    const { board, asker: participant } = asker('participant');
    updateSession(board, { locked: true });
    expect(allowedNow(participant)).toEqual({ write: false, arrange: false, vote: false });
    expect(allowedNow(asker('projector').asker)).toEqual({ write: false, arrange: false, vote: false });
    expect(allowedNow(asker('participant', { loaded: false }).asker)).toEqual({
      write: false,
      arrange: false,
      vote: false,
    });
  });
});

describe('the round type', () => {
  const rules = (ballot: 'supervote' | 'agreement') =>
    votingRules({ ballot, votesPerPerson: 2, allowStacking: false, dotsOn: 'notes' });

  it('in a supervote, leaves dots to the deciders who accepted, the facilitator included', () => {
    const { board, asker: participant } = asker('participant');
    setPhase(board, 'vote', { now: 1, ...rules('supervote') });
    expect(allowedNow(participant).vote).toBe(false);
    expect(votingClosed(participant)).toBe('not-a-decider');
    nameDecider(board, participant.identity!.userId, 'Amina Diallo');
    // Named is not enough: their supervotes carry their name, so they vote once they said yes.
    expect(votingClosed(participant)).toBe('not-a-decider');
    answerDecider(board, participant.identity!.userId, true);
    expect(allowedNow(participant).vote).toBe(true);
    expect(votingClosed(participant)).toBeNull();
    const { board: other, asker: facilitator } = asker('facilitator');
    setPhase(other, 'vote', { now: 1, ...rules('supervote') });
    expect(allowedNow(facilitator).vote).toBe(false);
  });

  it('in an agreement vote, leaves no dots to place, and rating open (the phase still closes it)', () => {
    const { board, asker: participant } = asker('participant');
    setPhase(board, 'vote', { now: 1, ...rules('agreement') });
    expect(allowedNow(participant).vote).toBe(false);
    expect(votingClosed(participant)).toBeNull();
    setPhase(board, 'results', { now: 2 });
    expect(votingClosed(participant)).toBe('phase-closed');
  });
});
