import { describe, expect, it } from 'vitest';
import { PHASE_ALLOWS } from '@notevote/board';
import { fallbackTool, toolAllowed } from './tool-gating';

describe('toolAllowed', () => {
  it('leaves a participant in Write the note tools and no vote tool', () => {
    const allows = PHASE_ALLOWS.write;
    expect(toolAllowed('add-note', allows, 'anywhere')).toBe(true);
    expect(toolAllowed('vote', allows, 'anywhere')).toBe(false);
    expect(toolAllowed('free-vote', allows, 'anywhere')).toBe(false);
  });

  it('leaves a participant in Vote the vote tools and no note tool; dots anywhere only when the vote allows it', () => {
    const allows = PHASE_ALLOWS.vote;
    expect(toolAllowed('add-note', allows, 'anywhere')).toBe(false);
    expect(toolAllowed('vote', allows, 'notes')).toBe(true);
    expect(toolAllowed('free-vote', allows, 'notes')).toBe(false);
    expect(toolAllowed('free-vote', allows, 'anywhere')).toBe(true);
    expect(toolAllowed('free-vote', allows, 'clusters')).toBe(false);
  });

  it('always leaves Select and move, even in Results', () => {
    expect(toolAllowed('select', PHASE_ALLOWS.results, 'notes')).toBe(true);
    for (const tool of ['add-note', 'vote', 'free-vote'] as const) {
      expect(toolAllowed(tool, PHASE_ALLOWS.results, 'anywhere')).toBe(false);
    }
  });
});

describe('fallbackTool', () => {
  it('goes back to Select with a notice when the phase closes the active tool', () => {
    expect(fallbackTool('vote', PHASE_ALLOWS.results)).toEqual({ tool: 'select', notice: 'phases.tools.voteClosed' });
    expect(fallbackTool('add-note', PHASE_ALLOWS.vote)).toEqual({
      tool: 'select',
      notice: 'phases.tools.writeClosed',
    });
  });

  it('keeps voting with the ordinary vote tool when only dots anywhere were closed', () => {
    expect(fallbackTool('free-vote', PHASE_ALLOWS.vote)).toEqual({ tool: 'vote', notice: null });
  });
});
