import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveBoardIdentity, initBoard, setPhase, updateSession, type Role } from '@notevote/board';
import { allowedNow } from './permissions';

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
