import type { DotsOn, PhaseAllows } from '@notevote/board';
import type { Tool } from '../state/ui-store';

/*
 * Which tools the current phase leaves this person (from `allowedNow` in sync/permissions, which asks the rules):
 * adding notes needs `write`, the vote tools `vote`; the heat-map vote (a dot anywhere) also needs the vote to allow
 * dots anywhere. Select and move is always there (moving itself is gated by `arrange` on the canvas).
 */

/** Whether `tool` may be used now. */
export function toolAllowed(tool: Tool, allows: PhaseAllows, dotsOn: DotsOn): boolean {
  switch (tool) {
    case 'select':
      return true;
    case 'add-note':
      return allows.write;
    case 'vote':
      return allows.vote;
    case 'free-vote':
      return allows.vote && dotsOn === 'anywhere';
  }
}

/**
 * The tool to fall back to when the phase closed `tool`, and the notice that says so (an i18n key; null when the
 * change needs no explaining). The heat-map vote becomes the ordinary vote while voting is still open.
 */
export function fallbackTool(tool: Tool, allows: PhaseAllows): { tool: Tool; notice: string | null } {
  if (tool === 'free-vote' && allows.vote) return { tool: 'vote', notice: null };
  if (tool === 'add-note') return { tool: 'select', notice: 'phases.tools.writeClosed' };
  if (tool === 'vote' || tool === 'free-vote') return { tool: 'select', notice: 'phases.tools.voteClosed' };
  return { tool: 'select', notice: null };
}
