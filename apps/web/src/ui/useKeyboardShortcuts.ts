import { useEffect } from 'react';
import { readSession } from '@notevote/board';
import { useBoard } from '../sync/board-context';
import { allowedNow } from '../sync/permissions';
import { UNDO_CAPTURE_MS } from '../sync/undo-history';
import { i18n } from '../i18n';
import type { Tool } from '../state/ui-store';
import { toolAllowed } from './tool-gating';
import {
  addNoteAtViewCenter,
  deleteSelection,
  editNote,
  fitToContent,
  moveSelectionBy,
  redo,
  undo,
  zoomBy,
} from './commands';
import { groupSelection, ungroupSelection } from './cluster-commands';
import { arrowMove, shortcutLetter } from './shortcut-keys';
import { voteOnSelection } from './vote-commands';

/** True when the key press belongs to a text field, not to the board. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || !!target.closest('input, textarea, select'));
}

/**
 * True when Enter on the target means the target itself (a button, a link): Enter on "Vote for …" votes rather than
 * editing the selected note. Other keys stay shortcuts there.
 */
function takesEnter(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    !!target.closest('button, a[href], summary, [role="button"], [role="link"], [role="menuitem"], [role="radio"]')
  );
}

/**
 * True when the arrow keys are for the board: focus is on the board itself (or nowhere). Elsewhere they keep their
 * own meaning — scrolling a panel or the notes list, moving in a radio group.
 */
function arrowsForBoard(target: EventTarget | null): boolean {
  return !(target instanceof HTMLElement) || target === document.body || target.closest('.board-canvas') !== null;
}

/**
 * Board-wide keyboard shortcuts (the `?` dialog lists them). Ignored while typing in a field. Shortcuts for tools the
 * current phase does not allow this person do nothing (N in Vote, D in Write…). Letters are read by `shortcutLetter`,
 * so N is N on an Arabic or Russian keyboard too.
 */
export function useKeyboardShortcuts(): void {
  const board = useBoard();
  useEffect(() => {
    // When the last arrow-key move happened: presses closer than the undo history's capture time are one burst.
    let lastArrowAt = -Infinity;
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.defaultPrevented) return;
      const state = board.ui.getState();
      const mod = e.ctrlKey || e.metaKey;
      const letter = shortcutLetter(e);
      let handled = true;
      if (state.readOnly) {
        // A projector, a locked board, a board still loading: only looking around.
        if (e.key === '+' || e.key === '=') zoomBy(board, 1.25);
        else if (e.key === '-') zoomBy(board, 1 / 1.25);
        else if (e.key === '!' || (e.shiftKey && e.code === 'Digit1')) fitToContent(board);
        else if (e.key === '?') state.setShortcutsOpen(!state.shortcutsOpen);
        else if (!mod && letter === 'l') state.togglePanel('notes');
        else handled = false;
        if (handled) e.preventDefault();
        return;
      }
      const allows = allowedNow(board.connection);
      const pick = (tool: Tool) => {
        if (toolAllowed(tool, allows, readSession(board.connection.doc).dotsOn)) state.setTool(tool);
      };
      const move = arrowMove(e);
      if (mod && letter === 'z' && !e.shiftKey) undo(board);
      else if (mod && ((letter === 'z' && e.shiftKey) || letter === 'y')) redo(board);
      else if (mod && letter === 'a') state.select(board.connection.notes.snapshot.keys());
      else if (mod && letter === 'g' && !e.shiftKey) groupSelection(board);
      else if (mod && letter === 'g' && e.shiftKey) ungroupSelection(board);
      else if (mod) handled = false;
      else if (letter === 'n') {
        if (allows.write) addNoteAtViewCenter(board);
      } else if (letter === 'v') pick('select');
      // D votes on the one selected note (Shift+D takes a vote back); with no single note selected, the vote tool.
      else if (letter === 'd') {
        if (!voteOnSelection(board, i18n.t, { takeBack: e.shiftKey })) pick('vote');
      } else if (letter === 'h') pick('free-vote');
      else if (letter === 'l') state.togglePanel('notes');
      else if (move && arrowsForBoard(e.target)) {
        const now = performance.now();
        moveSelectionBy(board, { x: move.dx, y: move.dy }, { newStep: now - lastArrowAt > UNDO_CAPTURE_MS });
        lastArrowAt = now;
      } else if (e.key === 'Delete' || e.key === 'Backspace') deleteSelection(board);
      else if (e.key === 'Enter' && !takesEnter(e.target) && state.selection.size === 1) {
        editNote(board, [...state.selection][0]!);
      } else if (e.key === 'Escape') {
        if (state.shortcutsOpen) state.setShortcutsOpen(false);
        else state.clearSelection();
      } else if (e.key === '?') state.setShortcutsOpen(!state.shortcutsOpen);
      else if (e.key === '+' || e.key === '=') zoomBy(board, 1.25);
      else if (e.key === '-') zoomBy(board, 1 / 1.25);
      else if (e.key === '!' || (e.shiftKey && e.code === 'Digit1')) fitToContent(board);
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [board]);
}
