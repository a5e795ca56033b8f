import { unionRects, type NoteId, type Point } from '@notevote/board';
import { freeSpotNear } from '../canvas/placement';
import type { BoardConnection } from '../sync/board-connection';
import type { UiStore } from '../state/ui-store';
import { addNoteCenteredAt, deleteNotes, moveNotes, recolorNotes } from '../sync/actions';
import { allowedNow, mayDeleteNotes, mayEditNote } from '../sync/permissions';
import { mayArrangeNotes } from '../sync/cluster-permissions';
import { i18n } from '../i18n';
import { boardToScreen, centerOn, fitRect, panBy, screenToBoard, zoomAround } from '../canvas/viewport';
import { panToReveal } from '../canvas/keep-in-view';

/**
 * What to tell someone the rules refused (asked before acting, so nothing reached the relay). A closed phase is not a
 * late change here but a tool the phase does not offer: the banner says what it does.
 */
function refusalNotice(code: string): string {
  return i18n.t(code === 'phase-closed' ? 'phases.tools.notNow' : `refusals.${code}`);
}

/** What every command needs: the open board and the local UI state. */
export interface Board {
  connection: BoardConnection;
  ui: UiStore;
}

/** Adds a note at the centre of the view (or the nearest free spot beside it), selects it and opens its editor. */
export function addNoteAtViewCenter({ connection, ui }: Board): NoteId {
  const { viewport, canvasSize, noteColor } = ui.getState();
  const center = screenToBoard(viewport, { x: canvasSize.width / 2, y: canvasSize.height / 2 });
  const id = addNoteCenteredAt(connection, freeSpotNear(connection.notes.snapshot.values(), center), noteColor);
  ui.getState().select([id]);
  ui.getState().startEditing(id);
  return id;
}

/**
 * Deletes the selected notes, if this person may delete all of them (their own; any as the facilitator); otherwise
 * says why and deletes nothing, so nobody's idea disappears by a stray shift-click.
 */
export function deleteSelection({ connection, ui }: Board): void {
  const { selection } = ui.getState();
  if (selection.size === 0) return;
  const verdict = mayDeleteNotes(connection, selection);
  if (!verdict.ok) {
    ui.getState().showNotice(refusalNotice(verdict.refusal));
    return;
  }
  deleteNotes(connection, selection);
  ui.getState().clearSelection();
  ui.getState().startEditing(null);
}

/** Opens a note's text for editing, if this person may edit it (their own; any as the facilitator). */
export function editNote({ connection, ui }: Board, noteId: NoteId): void {
  const verdict = mayEditNote(connection, noteId);
  if (!verdict.ok) {
    ui.getState().showNotice(refusalNotice(verdict.refusal));
    return;
  }
  ui.getState().select([noteId]);
  ui.getState().startEditing(noteId);
}

/** Gives the selected notes a colour (arranging notes: not in a phase that closes it, e.g. Vote). */
export function recolorSelection({ connection, ui }: Board, color: string): void {
  if (!allowedNow(connection).arrange) return;
  recolorNotes(connection, ui.getState().selection, color);
}

/** Undoes this user's last change (never anyone else's), on the board or in their private document. */
export function undo({ connection, ui }: Board): void {
  ui.getState().startEditing(null);
  connection.undo.undo();
}

/** Redoes this user's last undone change. */
export function redo({ connection }: Board): void {
  connection.undo.redo();
}

/** Zooms in or out around the centre of the view. */
export function zoomBy({ ui }: Board, factor: number): void {
  const { viewport, canvasSize } = ui.getState();
  ui.getState().setViewport(zoomAround(viewport, { x: canvasSize.width / 2, y: canvasSize.height / 2 }, factor));
}

/** Sets the zoom to 100% around the centre of the view. */
export function resetZoom(board: Board): void {
  zoomBy(board, 1 / board.ui.getState().viewport.scale);
}

/** Pans and zooms so every note is visible. */
export function fitToContent({ connection, ui }: Board): void {
  const bounds = unionRects(connection.notes.snapshot.values());
  const { canvasSize } = ui.getState();
  if (!bounds || canvasSize.width === 0) return;
  ui.getState().setViewport(fitRect(bounds, canvasSize.width, canvasSize.height));
}

/** Centres the view on a note and selects it. */
export function showNote({ connection, ui }: Board, noteId: NoteId): void {
  const note = connection.notes.snapshot.get(noteId);
  if (!note) return;
  const { viewport, canvasSize } = ui.getState();
  ui.getState().setViewport(
    centerOn(
      viewport,
      { x: note.x + note.width / 2, y: note.y + note.height / 2 },
      canvasSize.width,
      canvasSize.height,
    ),
  );
  ui.getState().select([noteId]);
}

/**
 * Moves the selected notes by `delta` board units (the arrow keys), if this person may arrange all of them, and pans
 * so they stay in view. `newStep`: the first press of a burst starts an undo step of its own; the presses that follow
 * within the undo history's capture time join it, so one Ctrl+Z puts the notes back where the burst began.
 */
export function moveSelectionBy(board: Board, delta: Point, { newStep }: { newStep: boolean }): void {
  const { connection, ui } = board;
  const { selection } = ui.getState();
  if (selection.size === 0) return;
  const verdict = mayArrangeNotes(connection, selection);
  if (!verdict.ok) {
    ui.getState().showNotice(refusalNotice(verdict.refusal));
    return;
  }
  const positions = new Map<NoteId, Point>();
  for (const id of selection) {
    const note = connection.notes.snapshot.get(id);
    if (note) positions.set(id, { x: note.x + delta.x, y: note.y + delta.y });
  }
  if (newStep) connection.undo.stopCapturing();
  moveNotes(connection, positions);
  revealNotes(board, selection);
}

/** Pans as little as possible so that the given notes are in view (a note chosen or moved with the keyboard). */
export function revealNotes({ connection, ui }: Board, ids: Iterable<NoteId>): void {
  const notes = [...ids].flatMap((id) => connection.notes.snapshot.get(id) ?? []);
  const bounds = unionRects(notes);
  const { viewport, canvasSize } = ui.getState();
  if (!bounds || canvasSize.width === 0) return;
  const topLeft = boardToScreen(viewport, bounds);
  const onScreen = { ...topLeft, width: bounds.width * viewport.scale, height: bounds.height * viewport.scale };
  const { dx, dy } = panToReveal(onScreen, { x: 0, y: 0, ...canvasSize }, 24);
  if (dx !== 0 || dy !== 0) ui.getState().setViewport(panBy(viewport, dx, dy));
}
