import { useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteId } from '@notevote/board';
import { useBoard, useNotes, useUi } from '../sync/board-context';
import { useAllowedNow } from '../sync/use-allowed-now';
import { SKETCH_TYPES } from '../sync/image-api';
import { mayEditNote } from '../sync/permissions';
import { editNote } from '../ui/commands';
import { addSketches } from './add-sketch';
import './sketches.css';

/** The phone menu's file inputs, always in the page (the menu closes, and unmounts, before a file is chosen). */
const CAMERA_INPUT_ID = 'sketch-camera-input';
const PICTURE_INPUT_ID = 'sketch-picture-input';

/**
 * A hidden file input that adds what is chosen as sketches. `camera`: the phone's camera first (`capture`), any
 * image type the camera gives; otherwise the kinds the relay accepts, several at once.
 */
function SketchFileInput({
  inputRef,
  id,
  camera = false,
}: {
  inputRef?: RefObject<HTMLInputElement | null>;
  id?: string;
  camera?: boolean;
}) {
  const board = useBoard();
  return (
    <input
      ref={inputRef}
      id={id}
      type="file"
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      accept={camera ? 'image/*' : SKETCH_TYPES.join(',')}
      capture={camera ? 'environment' : undefined}
      multiple={!camera}
      data-testid={camera ? 'sketch-camera-input' : 'sketch-file-input'}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        // Cleared, so choosing the same file again adds it again.
        e.target.value = '';
        void addSketches(board, files);
      }}
    />
  );
}

/** The one selected note, if it is a sketch whose description this person may edit. */
function useDescribableSketch(): NoteId | null {
  const { connection } = useBoard();
  const selection = useUi((s) => s.selection);
  const notes = useNotes();
  return useMemo(() => {
    if (selection.size !== 1) return null;
    const [id] = selection;
    const note = id === undefined ? undefined : notes.get(id);
    return note?.image && mayEditNote(connection, note.id).ok ? note.id : null;
  }, [selection, notes, connection]);
}

/**
 * The toolbar's sketch buttons: "Add sketch" (a file picker) while this person may add notes, and "Edit
 * description" while the one selected note is a sketch they may describe.
 */
export function SketchTools() {
  const { t } = useTranslation();
  const board = useBoard();
  const allows = useAllowedNow();
  const input = useRef<HTMLInputElement>(null);
  const describable = useDescribableSketch();
  return (
    <>
      {allows.write && (
        <>
          <button
            type="button"
            aria-label={t('sketches.add')}
            title={t('sketches.addHint')}
            onClick={() => input.current?.click()}
          >
            {t('sketches.add')}
          </button>
          <SketchFileInput inputRef={input} />
        </>
      )}
      {describable !== null && (
        <button
          type="button"
          aria-label={t('sketches.describe')}
          title={t('sketches.describeHint')}
          onClick={() => editNote(board, describable)}
        >
          {t('sketches.describe')}
        </button>
      )}
    </>
  );
}

/** The phone layout's file inputs (camera, pictures), in the top bar so they outlive the menu that opens them. */
export function SketchPhoneInputs() {
  const allows = useAllowedNow();
  const readOnly = useUi((s) => s.readOnly);
  if (readOnly || !allows.write) return null;
  return (
    <>
      <SketchFileInput id={CAMERA_INPUT_ID} camera />
      <SketchFileInput id={PICTURE_INPUT_ID} />
    </>
  );
}

/** The phone menu's entries: "Take photo" (the camera) and "Choose picture", while this person may add notes. */
export function SketchMenuItems({ onChosen }: { onChosen: () => void }) {
  const { t } = useTranslation();
  const allows = useAllowedNow();
  const readOnly = useUi((s) => s.readOnly);
  if (readOnly || !allows.write) return null;
  const open = (id: string) => () => {
    // Still inside the tap: browsers open a file picker only for a person's own gesture.
    document.getElementById(id)?.click();
    onChosen();
  };
  return (
    <>
      <li>
        <button type="button" title={t('sketches.takePhotoHint')} onClick={open(CAMERA_INPUT_ID)}>
          {t('sketches.takePhoto')}
        </button>
      </li>
      <li>
        <button type="button" title={t('sketches.addHint')} onClick={open(PICTURE_INPUT_ID)}>
          {t('sketches.choosePicture')}
        </button>
      </li>
    </>
  );
}
