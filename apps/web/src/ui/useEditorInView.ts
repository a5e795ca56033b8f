import { useEffect, type RefObject } from 'react';
import { useBoard } from '../sync/board-context';
import { intersectRects, panToReveal } from '../canvas/keep-in-view';
import { panBy } from '../canvas/viewport';

/**
 * While `active`, keeps the note editor inside the part of the board the person can see: on a phone the on-screen
 * keyboard covers the lower half of the screen without resizing the page, and only `visualViewport` says so. The
 * board pans (the page never scrolls) whenever the visible area changes, and once when editing starts.
 */
export function useEditorInView(editor: RefObject<HTMLElement | null>, active: boolean): void {
  const { ui } = useBoard();
  useEffect(() => {
    const visual = window.visualViewport;
    if (!active || !visual) return;
    const reveal = () => {
      const element = editor.current;
      const board = element?.offsetParent;
      if (!element || !board) return;
      // Client coordinates are the layout viewport's; the visual viewport sits at its offset inside it.
      const seen = { x: visual.offsetLeft, y: visual.offsetTop, width: visual.width, height: visual.height };
      const visible = intersectRects(board.getBoundingClientRect(), seen);
      if (visible.width === 0 || visible.height === 0) return;
      const { dx, dy } = panToReveal(element.getBoundingClientRect(), visible);
      if (dx !== 0 || dy !== 0) ui.getState().setViewport(panBy(ui.getState().viewport, dx, dy));
    };
    reveal();
    visual.addEventListener('resize', reveal);
    visual.addEventListener('scroll', reveal);
    return () => {
      visual.removeEventListener('resize', reveal);
      visual.removeEventListener('scroll', reveal);
    };
  }, [editor, active, ui]);
}
