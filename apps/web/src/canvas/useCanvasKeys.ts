import { useEffect, type RefObject } from 'react';
import { useBoard } from '../sync/board-context';
import { i18n } from '../i18n';
import { announcer } from '../ui/announcer';
import { revealNotes } from '../ui/commands';
import { NAME_LENGTH } from '../ui/note-list-model';
import { listedName } from '../sketches/sketch-names';
import { readingOrder } from '../ui/reading-order';

/**
 * Tab and Shift+Tab on the focused board select its notes one by one, in reading order (rows top to bottom, each
 * from its start), bringing each into view and saying which it is. Past the last note (or before the first) the
 * selection clears and Tab moves on out of the board as usual, so the board never traps the keyboard. The other keys
 * (arrows, Enter, D, Delete) act on the selection through the board-wide shortcuts.
 */
export function useCanvasKeys(container: RefObject<HTMLElement | null>): void {
  const board = useBoard();
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.target !== element || e.altKey || e.ctrlKey || e.metaKey) return;
      const { connection, ui } = board;
      const order = readingOrder(connection.notes.snapshot.values(), i18n.dir(i18n.language));
      const { selection } = ui.getState();
      const selected = order.flatMap((note, index) => (selection.has(note.id) ? [index] : []));
      const from = e.shiftKey ? selected[0] : selected[selected.length - 1];
      const next = from === undefined ? (e.shiftKey ? order.length - 1 : 0) : from + (e.shiftKey ? -1 : 1);
      const note = order[next];
      if (!note) {
        ui.getState().clearSelection();
        return;
      }
      e.preventDefault();
      ui.getState().select([note.id]);
      revealNotes(board, [note.id]);
      // Named as the notes list names it: a sketch by its description.
      const sketch = {
        named: (description: string) => i18n.t('sketches.list.named', { description }),
        unnamed: i18n.t('sketches.list.unnamed'),
      };
      const text = listedName(note, i18n.t('noteList.untitled'), sketch, NAME_LENGTH);
      announcer.say('selection', i18n.t('keyboard.selected', { text, position: next + 1, total: order.length }), {
        now: true,
      });
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [board, container]);
}
