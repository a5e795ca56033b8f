import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Note, type NoteImage } from '@notevote/board';
import { useBoard, useUi } from '../sync/board-context';
import { editText } from '../sync/actions';
import { bitmapWidthFor } from './bitmap-level';
import { paintSketch } from './paint-sketch';
import { devicePixelRatio, useSketchImages, useSketchPicture } from './use-sketch-images';
import './sketches.css';

/** The preview's size in CSS px: enough to see what one is describing. */
const PREVIEW = { width: 280, height: 200 } as const;

/**
 * The description (alt text) of a sketch, asked right after it is added and editable later (double-click or Enter
 * on it, the notes list's button): what people who cannot see the picture read or hear instead. Opened as the
 * note editor is (`editingNoteId`), so focus comes back where it was when it closes. Skipping leaves the sketch
 * without one; the notes list then asks its author for one.
 */
export function SketchDescriptionDialog({ note }: { note: Note & { image: NoteImage } }) {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const startEditing = useUi((s) => s.startEditing);
  const [description, setDescription] = useState(note.text);
  const headingId = useId();
  const introId = useId();
  const fieldId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const hadOne = note.text.trim() !== '';

  useEffect(() => {
    field.current?.focus({ preventScroll: true });
  }, []);

  const close = () => startEditing(null);
  const save = (event?: FormEvent) => {
    event?.preventDefault();
    editText(connection, note.id, description.trim());
    close();
  };

  return (
    // No closing on a press outside: a stray tap would throw away a description being typed.
    <div className="modal-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        aria-describedby={introId}
        className="modal sketch-description"
        data-testid="sketch-description"
        onKeyDown={(e) => {
          // The board's shortcuts (Delete, arrows, letters) are not for this dialog's fields and buttons.
          e.stopPropagation();
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
        }}
      >
        <h2 id={headingId}>{t('sketches.dialog.heading')}</h2>
        <SketchPreview note={note} />
        <p id={introId} className="fine-print">
          {t('sketches.dialog.intro')}
        </p>
        <form className="stack-form" onSubmit={save}>
          <label htmlFor={fieldId}>{t('sketches.dialog.label')}</label>
          <textarea
            ref={field}
            id={fieldId}
            className="sketch-description-field"
            value={description}
            maxLength={LIMITS.noteTextLength}
            rows={4}
            dir="auto"
            spellCheck
            placeholder={t('sketches.dialog.placeholder')}
            onChange={(e) => setDescription(e.target.value)}
          />
          <div className="sketch-description-actions">
            <button type="submit" className="primary">
              {t('sketches.dialog.save')}
            </button>
            <button type="button" onClick={close}>
              {hadOne ? t('sketches.dialog.cancel') : t('sketches.dialog.skip')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** The sketch as the board draws it, small: the picture one is describing. Decorative to a screen reader. */
function SketchPreview({ note }: { note: Note & { image: NoteImage } }) {
  const images = useSketchImages();
  const canvas = useRef<HTMLCanvasElement>(null);
  const ratio = devicePixelRatio();
  // The card keeps the note's shape, fitted into the preview's box.
  const scale = Math.min(PREVIEW.width / note.width, PREVIEW.height / note.height);
  const card = { x: 0, y: 0, width: note.width * scale, height: note.height * scale };
  const width = bitmapWidthFor({ ...card, image: note.image }, ratio);
  const { bitmap, status } = useSketchPicture(note.image, width);

  useEffect(() => images.want(note.image.ref, width, note.image.width), [images, note.image, width]);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, element.width, element.height);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = note.color;
    context.fillRect(0, 0, card.width, card.height);
    paintSketch(context, card, note.image, bitmap, status);
  });

  return (
    <canvas
      ref={canvas}
      className="sketch-preview"
      aria-hidden="true"
      width={Math.round(card.width * ratio)}
      height={Math.round(card.height * ratio)}
      style={{ inlineSize: card.width, blockSize: card.height }}
    />
  );
}
