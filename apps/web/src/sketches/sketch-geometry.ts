import { DEFAULT_NOTE_SIZE, clampNoteSize, type NoteImage, type Rect } from '@notevote/board';

/*
 * Where a sketch's picture goes: its size once the EXIF orientation is applied, the note it is added as, the box
 * inside the note's card it is drawn in (`object-fit: contain`), and the canvas transform that turns the stored
 * pixels the way the camera meant. Pure, so the canvas, the batch painter and the tests agree.
 */

/** The card's margin around the picture (board units): the note's colour shows as a thin frame. */
export const SKETCH_INSET = 6;

/** The longest side (board units) a sketch is added at: big enough to read, small enough not to cover the board. */
export const SKETCH_LONG_SIDE = 400;

/** Orientations 5–8 turn the picture a quarter: its width on screen is its stored height. */
export function turnsQuarter(orientation: number): boolean {
  return orientation >= 5 && orientation <= 8;
}

/** The picture's size as people see it: stored pixels, width and height swapped for orientations 5–8. */
export function displaySize(image: Pick<NoteImage, 'width' | 'height' | 'orientation'>): {
  width: number;
  height: number;
} {
  return turnsQuarter(image.orientation)
    ? { width: image.height, height: image.width }
    : { width: image.width, height: image.height };
}

/**
 * The size of the note a new sketch is added as: the picture's shape (after orientation), its long side
 * `SKETCH_LONG_SIDE` board units, or its own pixel size when smaller but never smaller than a note, plus the card's
 * margin. Sides stay within the board's note limits (a very thin strip gets a card a little wider than itself; the
 * picture is contained in it, never stretched).
 */
export function sketchNoteSize(image: Pick<NoteImage, 'width' | 'height' | 'orientation'>): {
  width: number;
  height: number;
} {
  const { width, height } = displaySize(image);
  const long = Math.max(width, height);
  const target = Math.min(SKETCH_LONG_SIDE, Math.max(long, DEFAULT_NOTE_SIZE)) - 2 * SKETCH_INSET;
  const ratio = target / long;
  return {
    width: clampNoteSize(Math.round(width * ratio) + 2 * SKETCH_INSET),
    height: clampNoteSize(Math.round(height * ratio) + 2 * SKETCH_INSET),
  };
}

/** The box inside a note's card the picture is fitted into (board units). */
export function pictureArea(note: Rect): Rect {
  const inset = Math.min(SKETCH_INSET, note.width / 4, note.height / 4);
  return { x: note.x + inset, y: note.y + inset, width: note.width - 2 * inset, height: note.height - 2 * inset };
}

/** `object-fit: contain`: the largest rectangle of the content's shape inside `box`, centred in it. */
export function containRect(box: Rect, contentWidth: number, contentHeight: number): Rect {
  if (!(contentWidth > 0) || !(contentHeight > 0)) return { ...box, width: 0, height: 0 };
  const scale = Math.min(box.width / contentWidth, box.height / contentHeight);
  const width = contentWidth * scale;
  const height = contentHeight * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}

/** A 2D affine transform as the canvas takes it: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [a: number, b: number, c: number, d: number, e: number, f: number];

/**
 * The transform that draws a picture stored `width`×`height` (drawn at 0,0 in its own pixels) upright as EXIF
 * `orientation` says, inside the rectangle (0,0)–displaySize. 1 leaves it; 2 mirrors it left to right; 3 turns it
 * half round; 4 mirrors it top to bottom; 5 mirrors it along the main diagonal; 6 turns it a quarter clockwise; 7
 * mirrors it along the other diagonal; 8 turns it a quarter anticlockwise. Anything else reads as 1.
 */
export function orientationMatrix(orientation: number, width: number, height: number): Matrix {
  switch (orientation) {
    case 2:
      return [-1, 0, 0, 1, width, 0];
    case 3:
      return [-1, 0, 0, -1, width, height];
    case 4:
      return [1, 0, 0, -1, 0, height];
    case 5:
      return [0, 1, 1, 0, 0, 0];
    case 6:
      return [0, 1, -1, 0, height, 0];
    case 7:
      return [0, -1, -1, 0, height, width];
    case 8:
      return [0, -1, 1, 0, 0, width];
    default:
      return [1, 0, 0, 1, 0, 0];
  }
}

/** Where a matrix takes a point (for tests, and for anyone checking a transform by hand). */
export function applyMatrix([a, b, c, d, e, f]: Matrix, x: number, y: number): { x: number; y: number } {
  return { x: a * x + c * y + e, y: b * x + d * y + f };
}
