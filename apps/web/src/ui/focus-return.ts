import { useEffect } from 'react';
import { useBoard } from '../sync/board-context';
import type { UiState } from '../state/ui-store';

/** The notes list's id (NoteList's `NOTES_LIST_ID`; repeated here so this module does not import the component). */
const NOTES_LIST_ID = 'notes-list';

/*
 * Keyboard focus after something closes. A side panel, the shortcuts dialog, the note editor and the cluster name
 * editor each remember what had focus when they opened (the button, the list item, the board), and when they close
 * and take the focus with them — it falls to the page's body, or stays in the notes list as it tucks itself away —
 * it goes back there; failing that, to the board. Focus the person moved elsewhere themselves is left alone.
 */

/** The board's focusable canvas (see BoardCanvas), if it is on screen. */
function boardCanvas(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.board-canvas');
}

/** Puts keyboard focus on the board, where Tab selects notes and the arrows move them. */
export function focusBoardCanvas(): void {
  boardCanvas()?.focus({ preventScroll: true });
}

/** What opens and closes, by name, from the UI state (null while closed). */
const OPENABLE: Record<string, (state: UiState) => unknown> = {
  panel: (state) => (state.panel === 'none' ? null : state.panel),
  shortcuts: (state) => state.shortcutsOpen || null,
  editor: (state) => state.editingNoteId,
  renaming: (state) => state.renamingClusterId,
};

/** Whether focus went with what closed: nowhere, out of the page, or left inside the tucked-away notes list. */
function focusWasLost(closedNotesList: boolean): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) return true;
  return closedNotesList && active.closest(`#${NOTES_LIST_ID}`) !== null;
}

/**
 * Where focus goes back to. A panel or dialog: what opened it. An editor: the notes list's button that opened it, or
 * else the board, where the edited note is selected (Enter edits it again, the arrows move it), rather than the
 * toolbar button that made the note, which Enter would press again.
 */
function returnTo(name: string, opener: HTMLElement | null, closedNotesList: boolean): HTMLElement | null {
  const inList = opener !== null && opener.closest(`#${NOTES_LIST_ID}`) !== null;
  if (name === 'editor' || name === 'renaming') return inList ? opener : boardCanvas();
  return closedNotesList && inList ? null : opener;
}

/** Returns focus to what opened a panel, dialog or editor when it closes (mount once, on the board screen). */
export function useFocusReturn(): void {
  const { ui } = useBoard();
  useEffect(() => {
    const openers = new Map<string, HTMLElement | null>();
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const stop = ui.subscribe((state, previous) => {
      for (const [name, read] of Object.entries(OPENABLE)) {
        const was = read(previous);
        const is = read(state);
        if (was === null && is !== null) {
          const active = document.activeElement;
          openers.set(name, active instanceof HTMLElement && active !== document.body ? active : null);
        } else if (was !== null && is === null) {
          const opener = openers.get(name) ?? null;
          openers.delete(name);
          const closedNotesList = name === 'panel' && was === 'notes';
          // After React has removed what closed (its render follows this store change).
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!focusWasLost(closedNotesList)) return;
            const back = returnTo(name, opener, closedNotesList);
            (back?.isConnected ? back : boardCanvas())?.focus({ preventScroll: true });
          }, 0);
          timers.add(timer);
        }
        // Switching (one panel for another, the editor to another note) keeps the first opener.
      }
    });
    return () => {
      stop();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [ui]);
}
