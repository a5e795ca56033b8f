import { useEffect } from 'react';
import { readSession } from '@notevote/board';
import { useBoard } from '../sync/board-context';
import { allowedNow } from '../sync/permissions';
import type { Tool } from '../state/ui-store';
import { toolAllowed } from './tool-gating';
import { addNoteAtViewCenter, deleteSelection, editNote, fitToContent, redo, undo, zoomBy } from './commands';
import { groupSelection, ungroupSelection } from './cluster-commands';

/** True when the key press belongs to a text field, not to the board. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || !!target.closest('input, textarea, select'));
}

/**
 * Board-wide keyboard shortcuts (the `?` dialog lists them). Ignored while typing in a field. Shortcuts for tools the
 * current phase does not allow this person do nothing (N in Vote, D in Write…).
 */
export function useKeyboardShortcuts(): void {
  const board = useBoard();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey) return;
      const state = board.ui.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (state.readOnly) {
        // A projector: only looking around.
        if (e.key === '+' || e.key === '=') zoomBy(board, 1.25);
        else if (e.key === '-') zoomBy(board, 1 / 1.25);
        else if (e.key === '!' || (e.shiftKey && e.code === 'Digit1')) fitToContent(board);
        else if (e.key === '?') state.setShortcutsOpen(!state.shortcutsOpen);
        else handled = false;
        if (handled) e.preventDefault();
        return;
      }
      const allows = allowedNow(board.connection);
      const pick = (tool: Tool) => {
        if (toolAllowed(tool, allows, readSession(board.connection.doc).dotsOn)) state.setTool(tool);
      };
      if (mod && key === 'z' && !e.shiftKey) undo(board);
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) redo(board);
      else if (mod && key === 'a') state.select(board.connection.notes.snapshot.keys());
      else if (mod && key === 'g' && !e.shiftKey) groupSelection(board);
      else if (mod && key === 'g' && e.shiftKey) ungroupSelection(board);
      else if (mod) handled = false;
      else if (key === 'n') {
        if (allows.write) addNoteAtViewCenter(board);
      } else if (key === 'v') pick('select');
      else if (key === 'd') pick('vote');
      else if (key === 'h') pick('free-vote');
      else if (e.key === 'Delete' || e.key === 'Backspace') deleteSelection(board);
      else if (e.key === 'Enter' && state.selection.size === 1) editNote(board, [...state.selection][0]!);
      else if (e.key === 'Escape') {
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
