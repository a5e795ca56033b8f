import type { Note, NoteId } from '@notevote/board';
import type { NoteDetail } from './level-of-detail';
import { NOTE_CORNER_RADIUS, NOTE_PADDING, NOTE_TEXT_COLOR, SELECTED_OUTLINE, VOTE_BADGE } from './note-style';
import { LINE_HEIGHT, MAX_FONT_SIZE, NOTE_FONT_FAMILY, noteFontSize, noteTextLines } from './text-fit';
import { textDirection, type TextDirection } from './text-direction';
import { bitmapWidthFor } from '../sketches/bitmap-level';
import { paintSketch, type Drawable } from '../sketches/paint-sketch';
import type { PictureStatus } from '../sketches/sketch-images';

/** Text smaller than this on screen (CSS px) is a grey smear, not worth its cost in a frame with hundreds of notes. */
const MIN_LEGIBLE_TEXT_PX = 5;
/** Below this on-screen height (CSS px) a vote badge is left out: it would be a speck. */
const MIN_BADGE_PX = 4;
/** Rounded corners narrower than a device pixel are invisible; plain rectangles draw several times faster. */
const MIN_VISIBLE_CORNER_PX = 1;
/** A sketch narrower than this on screen (device px) is just its card: a picture that small shows nothing. */
const MIN_PICTURE_PX = 6;

/** Where the batch gets sketches' pictures (the board's SketchImages): the best bitmap for a width, or none yet. */
export interface SketchPictures {
  bitmap(ref: string, width: number): Drawable | null;
  status(ref: string): PictureStatus;
}

/** What the batch draws: notes bottom to top, with what decides their look. */
export interface NoteBatchContent {
  notes: readonly Note[];
  selection: ReadonlySet<NoteId>;
  tally: ReadonlyMap<NoteId, { votes: number }>;
  detail: NoteDetail;
  /** The interface's direction, which a note with no letters follows. */
  uiDirection: TextDirection;
  /** Sketches' pictures; without them, sketches are drawn as placeholders. */
  pictures?: SketchPictures;
  /** Changes when a picture arrives, so the batch (which redraws only for new content) draws it. */
  picturesVersion?: number;
}

/**
 * Draws the notes of a batch that intersect the `width`×`height` device-pixel area of `target` (whose transform maps
 * board units to device pixels) in stacking order, each with its selection outline, text (flat detail, when
 * legible) and vote badge, as a flat NoteShape would look.
 */
export function paintNoteBatch(
  target: CanvasRenderingContext2D,
  width: number,
  height: number,
  content: NoteBatchContent,
  pixelRatio: number,
): void {
  const m = target.getTransform();
  const scale = m.a;
  const screenScale = scale / pixelRatio;
  const area = { left: -m.e / scale, top: -m.f / scale, right: (width - m.e) / scale, bottom: (height - m.f) / scale };
  const rounded = NOTE_CORNER_RADIUS * scale >= MIN_VISIBLE_CORNER_PX;
  const badges = VOTE_BADGE.height * screenScale >= MIN_BADGE_PX;
  const badgeText = VOTE_BADGE.fontSize * screenScale >= MIN_LEGIBLE_TEXT_PX;
  // Skips even looking up font sizes when no note's text could be legible.
  const text = content.detail === 'flat' && MAX_FONT_SIZE * screenScale >= MIN_LEGIBLE_TEXT_PX;
  target.textBaseline = 'alphabetic';
  // The target may have been resized (which resets its font) since the last batch.
  fonts.delete(target);
  for (const note of content.notes) {
    // The badge sticks out above the top edge.
    if (note.x > area.right || note.y - VOTE_BADGE.rise > area.bottom) continue;
    if (note.x + note.width < area.left || note.y + note.height < area.top) continue;
    target.fillStyle = note.color;
    if (rounded) {
      target.beginPath();
      target.roundRect(note.x, note.y, note.width, note.height, NOTE_CORNER_RADIUS);
      target.fill();
    } else {
      target.fillRect(note.x, note.y, note.width, note.height);
    }
    // A sketch shows its picture instead of text: its text is its description, never drawn (nor fitted).
    if (note.image && note.width * scale >= MIN_PICTURE_PX) paintBatchedSketch(target, note, scale, content.pictures);
    if (content.selection.has(note.id)) strokeSelection(target, note, rounded);
    if (text && !note.image) paintText(target, note, screenScale, content.uiDirection);
    const votes = content.tally.get(note.id)?.votes ?? 0;
    if (badges && votes > 0) paintBadge(target, note, votes, badgeText);
  }
}

/** A sketch's picture at the width its size on screen (`scale`: device px per board unit) needs, or a placeholder. */
function paintBatchedSketch(
  target: CanvasRenderingContext2D,
  note: Note,
  scale: number,
  pictures: SketchPictures | undefined,
): void {
  const image = note.image!;
  const bitmap = pictures?.bitmap(image.ref, bitmapWidthFor({ ...note, image }, scale)) ?? null;
  paintSketch(target, note, image, bitmap, pictures?.status(image.ref) ?? 'loading');
}

function strokeSelection(target: CanvasRenderingContext2D, note: Note, rounded: boolean): void {
  target.beginPath();
  if (rounded) target.roundRect(note.x, note.y, note.width, note.height, NOTE_CORNER_RADIUS);
  else target.rect(note.x, note.y, note.width, note.height);
  target.strokeStyle = SELECTED_OUTLINE.stroke;
  target.lineWidth = SELECTED_OUTLINE.strokeWidth;
  target.stroke();
}

function paintText(
  target: CanvasRenderingContext2D,
  note: Note,
  screenScale: number,
  uiDirection: TextDirection,
): void {
  const innerWidth = note.width - 2 * NOTE_PADDING;
  const innerHeight = note.height - 2 * NOTE_PADDING;
  const fontSize = noteFontSize(note.text, innerWidth, innerHeight);
  if (fontSize * screenScale < MIN_LEGIBLE_TEXT_PX || note.text.trim() === '') return;
  const lineHeight = fontSize * LINE_HEIGHT;
  const lines = noteTextLines(note.text, innerWidth, fontSize);
  // Lines that do not fit are left out (Konva would end the last one with an ellipsis; too small to tell here).
  const count = Math.min(lines.length, Math.floor(innerHeight / lineHeight));
  const centre = setFont(target, `${fontSize}px ${NOTE_FONT_FAMILY}`);
  target.fillStyle = NOTE_TEXT_COLOR;
  // Each note in its own direction, as NoteShape draws it: set on every note, never inherited from the page, and a
  // right-to-left note starts at the right edge ('start' aligns to the right in 'rtl').
  const direction = textDirection(note.text, uiDirection);
  target.direction = direction;
  target.textAlign = 'start';
  const x = direction === 'rtl' ? note.x + note.width - NOTE_PADDING : note.x + NOTE_PADDING;
  for (let i = 0; i < count; i++) {
    target.fillText(lines[i]!, x, note.y + NOTE_PADDING + (i + 0.5) * lineHeight + centre);
  }
}

/** A badge too small for its number is just a dark mark, and a plain rectangle draws fastest. */
function paintBadge(target: CanvasRenderingContext2D, note: Note, votes: number, withText: boolean): void {
  const x = note.x + note.width - VOTE_BADGE.width;
  const y = note.y - VOTE_BADGE.rise;
  target.fillStyle = VOTE_BADGE.fill;
  if (!withText) {
    target.fillRect(x, y, VOTE_BADGE.width, VOTE_BADGE.height);
    return;
  }
  target.beginPath();
  target.roundRect(x, y, VOTE_BADGE.width, VOTE_BADGE.height, VOTE_BADGE.cornerRadius);
  target.fill();
  const centre = setFont(target, `bold ${VOTE_BADGE.fontSize}px ${NOTE_FONT_FAMILY}`);
  target.fillStyle = 'white';
  target.textAlign = 'center';
  target.fillText(String(votes), x + VOTE_BADGE.width / 2, y + VOTE_BADGE.height / 2 + centre);
  target.textAlign = 'start';
}

/**
 * Sets `font` and returns how far below a line's middle its alphabetic baseline goes, placing text where Konva's Text
 * does (half the font's ascent minus descent). Setting `font` makes the canvas parse it even when unchanged, so runs
 * of notes with the same size skip that.
 */
function setFont(target: CanvasRenderingContext2D, font: string): number {
  if (fonts.get(target) !== font) {
    target.font = font;
    fonts.set(target, font);
  }
  let centre = baselines.get(font);
  if (centre === undefined) {
    const metrics = target.measureText('M');
    const ascent = metrics.fontBoundingBoxAscent ?? metrics.actualBoundingBoxAscent;
    const descent = metrics.fontBoundingBoxDescent ?? metrics.actualBoundingBoxDescent;
    centre = (ascent - descent) / 2;
    baselines.set(font, centre);
  }
  return centre;
}

const fonts = new WeakMap<CanvasRenderingContext2D, string>();
const baselines = new Map<string, number>();
