import { describe, expect, it } from 'vitest';
import { undoOutlives } from './phase-undo';

describe('undoOutlives', () => {
  it('clears a participant’s history at every phase change, where undoing would be refused', () => {
    expect(undoOutlives({ phase: 'write', roundId: 'r1' }, { phase: 'reveal', roundId: 'r1' }, 'participant')).toBe(
      false,
    );
    expect(undoOutlives({ phase: 'write', roundId: 'r1' }, { phase: 'write', roundId: 'r1' }, 'participant')).toBe(
      true,
    );
  });

  it('keeps the facilitator’s history within a round (no phase holds them) but not across rounds', () => {
    expect(undoOutlives({ phase: 'vote', roundId: 'r1' }, { phase: 'results', roundId: 'r1' }, 'facilitator')).toBe(
      true,
    );
    expect(undoOutlives({ phase: 'discuss', roundId: 'r1' }, { phase: 'write', roundId: 'r2' }, 'facilitator')).toBe(
      false,
    );
    expect(undoOutlives({ phase: 'discuss', roundId: 'r1' }, { phase: 'open', roundId: null }, 'facilitator')).toBe(
      false,
    );
  });
});
