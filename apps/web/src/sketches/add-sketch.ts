import type { NoteId, Point } from '@notevote/board';
import { i18n } from '../i18n';
import { freeSpotNear } from '../canvas/placement';
import { screenToBoard } from '../canvas/viewport';
import { readBoardAccess } from '../sync/board-link';
import { checkBeforeUpload, looksLikePicture, uploadImage } from '../sync/image-api';
import { allowedNow } from '../sync/permissions';
import { addSketch } from '../sync/sketch-actions';
import type { Board } from '../ui/commands';
import { sketchNoteSize } from './sketch-geometry';
import { sketchUploads } from './upload-store';

/** How far apart (board units) the sketches of one drop land, so none hides another. */
const DROP_STEP = 32;

/**
 * Whether this person may add a sketch now: what lets them add a note (`allowedNow(…).write`, the same rules probe
 * the toolbar asks), on a board that is not read-only for them. A phase that closes writing closes sketches.
 */
export function mayAddSketches({ connection, ui }: Board): boolean {
  return !ui.getState().readOnly && allowedNow(connection).write;
}

/**
 * Adds pictures as sketches: each is sent to the relay (progress and failures in the uploads store), then becomes a
 * sketch note of its picture's shape — at `at` (a drop), one beside the other, or else at the centre of the view
 * (the nearest free spot) — selected, and the last one's description is asked for. Files that are not pictures are
 * left out and said so; the rules are asked before sending and again before the note is made, since a phase may
 * close writing while a photo travels.
 */
export async function addSketches(board: Board, files: readonly File[], at?: Point): Promise<NoteId[]> {
  const { connection, ui } = board;
  const uploads = sketchUploads(ui).getState();
  const pictures = files.filter(looksLikePicture);
  const skipped = files.length - pictures.length;
  if (skipped > 0) ui.getState().showNotice(i18n.t('sketches.skipped', { count: skipped }));
  // A projector or a locked board: the page already says why nothing can be added (the locked banner).
  if (pictures.length === 0 || ui.getState().readOnly) return [];
  if (!mayAddSketches(board)) {
    ui.getState().showNotice(i18n.t('phases.tools.notNow'));
    return [];
  }
  const token = readBoardAccess().token ?? '';
  const created: NoteId[] = [];
  for (const file of pictures) {
    const id = uploads.start(file.name);
    const early = checkBeforeUpload(file);
    if (early) {
      uploads.fail(id, early);
      continue;
    }
    const result = await uploadImage(connection.boardId, token, file, (fraction) => uploads.progress(id, fraction));
    if (!result.ok) {
      uploads.fail(id, result.problem);
      continue;
    }
    if (!mayAddSketches(board) || !connection.identity) {
      uploads.fail(id, 'phase-closed');
      continue;
    }
    const size = sketchNoteSize(result.image);
    const centre = at
      ? { x: at.x + created.length * DROP_STEP, y: at.y + created.length * DROP_STEP }
      : freeSpotNear(connection.notes.snapshot.values(), viewCentre(board), 6, size);
    const box = { x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size };
    created.push(addSketch(connection, box, result.image, ui.getState().noteColor));
    uploads.finish(id);
  }
  const last = created[created.length - 1];
  if (last !== undefined) {
    const state = ui.getState();
    // Someone typing in a note while their photo travelled keeps typing; they can describe it afterwards.
    if (state.editingNoteId !== null) return created;
    state.setTool('select');
    state.select(created);
    // The description dialog (NoteEditor shows it for a sketch): skippable, and editable later.
    state.startEditing(last);
  }
  return created;
}

/** The board point at the centre of the view. */
function viewCentre({ ui }: Board): Point {
  const { viewport, canvasSize } = ui.getState();
  return screenToBoard(viewport, { x: canvasSize.width / 2, y: canvasSize.height / 2 });
}
