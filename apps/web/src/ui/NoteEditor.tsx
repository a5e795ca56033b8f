import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@notevote/board';
import { useBoard, useNotes, useUi } from '../sync/board-context';
import { editText } from '../sync/actions';
import { LINE_HEIGHT, NOTE_FONT_FAMILY, noteFontSize } from '../canvas/text-fit';
import { textDirection } from '../canvas/text-direction';
import { boardToScreen } from '../canvas/viewport';
import { useCompactLayout } from './useCompactLayout';
import { uiDirection } from '../i18n';
import { useEditorInView } from './useEditorInView';
import { SketchDescriptionDialog } from '../sketches/SketchDescriptionDialog';

const PADDING = 12;

/**
 * Inline editing: an HTML textarea laid exactly over the note. Every keystroke is a small Y.Text edit, so others
 * see the text as it is typed and two people typing in one note merge. Enter adds a line; Escape or Ctrl/⌘+Enter
 * finishes, as in FigJam. On phones the board pans to keep it clear of the on-screen keyboard.
 */
export function NoteEditor() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const editingNoteId = useUi((s) => s.editingNoteId);
  const startEditing = useUi((s) => s.startEditing);
  const viewport = useUi((s) => s.viewport);
  const notes = useNotes();
  const note = editingNoteId ? notes.get(editingNoteId) : undefined;
  const ref = useRef<HTMLTextAreaElement>(null);
  useEditorInView(ref, useCompactLayout() && editingNoteId !== null);

  // Remote edits replace the value; keep the caret where it was rather than jumping to the end.
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area || !note || area.value === note.text) return;
    const { selectionStart, selectionEnd } = area;
    area.value = note.text;
    area.setSelectionRange(Math.min(selectionStart, note.text.length), Math.min(selectionEnd, note.text.length));
  }, [note]);

  useLayoutEffect(() => {
    // The board pans to show the editor; the browser scrolling it into view would shift the page under the canvas.
    if (editingNoteId) ref.current?.focus({ preventScroll: true });
  }, [editingNoteId]);

  if (!note) return null;
  // A sketch's text is its picture's description: asked in a dialog, not typed over the picture.
  if (note.image) return <SketchDescriptionDialog key={note.id} note={{ ...note, image: note.image }} />;
  const topLeft = boardToScreen(viewport, note);
  const fontSize = noteFontSize(note.text, note.width - 2 * PADDING, note.height - 2 * PADDING) * viewport.scale;
  return (
    <textarea
      ref={ref}
      className="note-editor"
      aria-label={t('note.editLabel')}
      placeholder={t('note.placeholder')}
      defaultValue={note.text}
      maxLength={LIMITS.noteTextLength}
      spellCheck
      // The note's own direction, as the canvas draws it (not dir="auto", which would set a note of digits left to right
      // on an Arabic board while the canvas follows the interface).
      dir={textDirection(note.text, uiDirection())}
      // Physical left/top on purpose: it sits over a canvas point, and canvas coordinates do not flip in RTL.
      style={{
        left: topLeft.x,
        top: topLeft.y,
        width: note.width * viewport.scale,
        height: note.height * viewport.scale,
        padding: PADDING * viewport.scale,
        fontSize,
        lineHeight: LINE_HEIGHT,
        fontFamily: NOTE_FONT_FAMILY,
        backgroundColor: note.color,
      }}
      onChange={(e) => editText(connection, note.id, e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          startEditing(null);
        }
        e.stopPropagation();
      }}
      onBlur={() => startEditing(null)}
    />
  );
}
