import { useEffect, type RefObject } from 'react';
import { useBoard } from '../sync/board-context';
import { screenToBoard } from '../canvas/viewport';
import { addSketches, mayAddSketches } from './add-sketch';

/** Whether a drag carries files (not text or a link dragged from elsewhere on the page). */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** True while the person types in a field: a paste there is text for the field. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || !!target.closest('input, textarea, select'));
}

/**
 * Pictures dropped on the board become sketches where they are dropped; a picture pasted (Ctrl/⌘+V) anywhere but a
 * text field becomes one at the centre of the view. Files dropped elsewhere on the page are caught too: the browser
 * would otherwise leave the board to show them.
 */
export function useSketchDrop(container: RefObject<HTMLElement | null>): void {
  const board = useBoard();
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = mayAddSketches(board) ? 'copy' : 'none';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      const box = element.getBoundingClientRect();
      const at = screenToBoard(board.ui.getState().viewport, { x: e.clientX - box.left, y: e.clientY - box.top });
      void addSketches(board, files, at);
    };
    const elsewhere = (e: DragEvent) => {
      if (carriesFiles(e) && !element.contains(e.target as Node)) e.preventDefault();
    };
    const paste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || e.defaultPrevented) return;
      const files = [...(e.clipboardData?.files ?? [])].filter((file) => file.type.startsWith('image/'));
      if (files.length === 0) return;
      e.preventDefault();
      void addSketches(board, files);
    };
    element.addEventListener('dragover', over);
    element.addEventListener('drop', drop);
    window.addEventListener('dragover', elsewhere);
    window.addEventListener('drop', elsewhere);
    document.addEventListener('paste', paste);
    return () => {
      element.removeEventListener('dragover', over);
      element.removeEventListener('drop', drop);
      window.removeEventListener('dragover', elsewhere);
      window.removeEventListener('drop', elsewhere);
      document.removeEventListener('paste', paste);
    };
  }, [board, container]);
}
