import type { NoteImage, Rect } from '@notevote/board';
import type { PictureStatus } from './sketch-images';
import { containRect, orientationMatrix, pictureArea, turnsQuarter } from './sketch-geometry';

/** What can be drawn: an ImageBitmap (or a canvas) with its size; a closed ImageBitmap reports 0 × 0. */
export type Drawable = CanvasImageSource & { readonly width: number; readonly height: number };

/** Behind the picture: a transparent PNG (a screenshot with no background) reads on white, as on paper. */
const PICTURE_BACKING = '#ffffff';
/** The placeholder while a picture loads, or when it could not be loaded. */
const PLACEHOLDER = { fill: '#f6f8fa', glyph: '#8c959f', failed: '#cf222e' } as const;

/**
 * Draws a sketch's picture on its note's card (the card itself is drawn by the caller, in the note's colour), in
 * board units on a target whose transform maps them to the screen: turned upright as `image.orientation` says and
 * fitted inside the card (`object-fit: contain`). Without a picture to draw, a placeholder: a picture glyph while it
 * loads, struck through when it could not be loaded. Used by NoteShape and by the batched painter alike.
 */
export function paintSketch(
  target: CanvasRenderingContext2D,
  note: Rect,
  image: NoteImage,
  bitmap: Drawable | null,
  status: PictureStatus,
): void {
  const area = pictureArea(note);
  if (!(area.width > 0 && area.height > 0)) return;
  if (bitmap && bitmap.width > 0 && bitmap.height > 0) {
    paintPicture(target, area, image.orientation, bitmap);
    return;
  }
  paintPlaceholder(target, area, status === 'failed');
}

function paintPicture(target: CanvasRenderingContext2D, area: Rect, orientation: number, bitmap: Drawable): void {
  // The bitmap's own shape, not the note's record of it: a malformed record never stretches the picture.
  const { width, height } = bitmap;
  const turned = turnsQuarter(orientation);
  const shown = containRect(area, turned ? height : width, turned ? width : height);
  target.save();
  target.fillStyle = PICTURE_BACKING;
  target.fillRect(shown.x, shown.y, shown.width, shown.height);
  target.translate(shown.x, shown.y);
  target.scale(shown.width / (turned ? height : width), shown.height / (turned ? width : height));
  target.transform(...orientationMatrix(orientation, width, height));
  try {
    target.drawImage(bitmap, 0, 0, width, height);
  } catch {
    // A bitmap closed between reading and drawing (evicted): the next frame draws another, or the placeholder.
  }
  target.restore();
}

/** A framed landscape (a hill and a sun): "a picture goes here". Struck through when it could not be loaded. */
function paintPlaceholder(target: CanvasRenderingContext2D, area: Rect, failed: boolean): void {
  target.save();
  target.fillStyle = PLACEHOLDER.fill;
  target.fillRect(area.x, area.y, area.width, area.height);
  const size = Math.min(area.width, area.height) * 0.4;
  const left = area.x + (area.width - size) / 2;
  const top = area.y + (area.height - size) / 2;
  target.lineWidth = Math.max(size / 14, 0.5);
  target.lineJoin = 'round';
  target.strokeStyle = PLACEHOLDER.glyph;
  target.fillStyle = PLACEHOLDER.glyph;
  target.strokeRect(left, top, size, size * 0.8);
  target.beginPath();
  target.moveTo(left + size * 0.1, top + size * 0.7);
  target.lineTo(left + size * 0.4, top + size * 0.35);
  target.lineTo(left + size * 0.6, top + size * 0.55);
  target.lineTo(left + size * 0.72, top + size * 0.45);
  target.lineTo(left + size * 0.9, top + size * 0.7);
  target.closePath();
  target.fill();
  target.beginPath();
  target.arc(left + size * 0.72, top + size * 0.22, size * 0.08, 0, 2 * Math.PI);
  target.fill();
  if (failed) {
    target.strokeStyle = PLACEHOLDER.failed;
    target.beginPath();
    target.moveTo(left - size * 0.1, top + size * 0.9);
    target.lineTo(left + size * 1.1, top - size * 0.1);
    target.stroke();
  }
  target.restore();
}
