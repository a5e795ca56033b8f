import { useEffect } from 'react';
import { useBoard } from '../sync/board-context';
import { fitToContent, resetZoom, zoomBy } from '../ui/commands';
import { shortcutLetter } from '../ui/shortcut-keys';

/**
 * The projector's keys, for whoever sits at the computer that drives the big screen (no mouse needed): + and − zoom,
 * 0 shows 100 %, ! fits every note in view, H shows or hides the heatmap, L follows the facilitator again. Zooming
 * frees the view from the facilitator's, as looking around with the mouse does.
 */
export function useProjectorKeys(): void {
  const board = useBoard();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const state = board.ui.getState();
      // H and L on any keyboard layout (an Arabic or Russian one types other letters on those keys).
      const key = shortcutLetter(e);
      if (e.key === '+' || e.key === '=') zoomBy(board, 1.25);
      else if (e.key === '-') zoomBy(board, 1 / 1.25);
      else if (e.key === '0') resetZoom(board);
      else if (e.key === '!' || (e.shiftKey && e.code === 'Digit1')) fitToContent(board);
      else if (key === 'h') state.setHeatmapVisible(!state.heatmapVisible);
      else if (key === 'l') state.setFollow('on');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [board]);
}
