import type { NoteImage, Rect } from '@notevote/board';
import { containRect, displaySize, pictureArea, turnsQuarter } from './sketch-geometry';

/**
 * The widths (in the picture's stored pixels) a sketch is decoded at: steps of 1.5× or less, so a bitmap is never
 * much bigger than what the screen shows of it. A board zoomed out over 50 phone photos then keeps 50 thumbnails of
 * a hundred pixels or so, not 50 twelve-megapixel bitmaps, and each frame copies that little.
 */
export const BITMAP_WIDTHS: readonly number[] = [64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096];

/** Never decoded wider than this, however far in someone zooms: 4,096 px wide is already 64 MB for a square. */
export const MAX_BITMAP_WIDTH = BITMAP_WIDTHS[BITMAP_WIDTHS.length - 1]!;

/**
 * The width to decode a sketch's picture at, for its note drawn at `devicePxPerUnit` device pixels per board unit:
 * the smallest step at least as wide as the picture is drawn (in stored pixels: along the screen's height for
 * orientations 5–8), and never wider than the picture itself (then it is decoded as it is).
 */
export function bitmapWidthFor(note: Rect & { image: NoteImage }, devicePxPerUnit: number): number {
  const { image } = note;
  const shown = displaySize(image);
  const area = containRect(pictureArea(note), shown.width, shown.height);
  const drawn = (turnsQuarter(image.orientation) ? area.height : area.width) * devicePxPerUnit;
  // A note drawn at no size (or a scale that is not a number) needs only the smallest thumbnail.
  if (!(drawn > 0)) return Math.min(BITMAP_WIDTHS[0]!, image.width);
  const step = BITMAP_WIDTHS.find((width) => width >= drawn) ?? MAX_BITMAP_WIDTH;
  return Math.min(step, image.width);
}
