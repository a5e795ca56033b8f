import type { TextDirection } from '../canvas/text-direction';
import { NOTE_FONT_FAMILY, canvasMeasure, wrapLines } from '../canvas/text-fit';
import { BAR_HEIGHT, SUPPORT_FONT, type RatingBar, type SupportLine, type WrapSupportLine } from './under-notes';

/** The support line's ink (the supervote markers' too). */
export const UNDER_NOTE_INK = '#1f2328';
const SUPPORT_CSS_FONT = `${SUPPORT_FONT}px ${NOTE_FONT_FAMILY}`;
/** A hairline between a bar's segments, so two neighbours of similar lightness stay apart (board units). */
const SEGMENT_HAIRLINE = 1;

/** What goes under the notes, in the interface's direction (the words are the interface's). */
export interface UnderNotes {
  lines: readonly SupportLine[];
  bars: readonly RatingBar[];
  direction: TextDirection;
}

/**
 * Paints the support lines and ratings bars that reach into the `width`×`height` device-pixel area of `target`, whose
 * transform maps board units to device pixels, and skips the rest: one shape for thousands of notes costs a loop,
 * where a Konva node each cost a draw each, on screen or not, on every frame of a pan. Text sits where Konva's Text
 * puts it (centred, lines one font size apart, the baseline half the font's ascent minus descent below each line's middle).
 */
export function paintUnderNotes(
  target: CanvasRenderingContext2D,
  width: number,
  height: number,
  content: UnderNotes,
): void {
  const m = target.getTransform();
  const scale = m.a;
  const area = { left: -m.e / scale, top: -m.f / scale, right: (width - m.e) / scale, bottom: (height - m.f) / scale };
  const inArea = (x: number, y: number, w: number, h: number) =>
    x <= area.right && y <= area.bottom && x + w >= area.left && y + h >= area.top;

  if (content.lines.length > 0) {
    // Set on every paint: the layer's context is shared with other shapes, which may have changed it.
    target.font = SUPPORT_CSS_FONT;
    target.direction = content.direction;
    target.textAlign = 'center';
    target.textBaseline = 'alphabetic';
    target.fillStyle = UNDER_NOTE_INK;
    const centre = baselineBelowMiddle(target);
    for (const line of content.lines) {
      if (!inArea(line.x, line.y, line.width, line.lines.length * SUPPORT_FONT)) continue;
      for (let i = 0; i < line.lines.length; i++) {
        target.fillText(line.lines[i]!, line.x + line.width / 2, line.y + (i + 0.5) * SUPPORT_FONT + centre);
      }
    }
  }

  if (content.bars.length > 0) {
    target.strokeStyle = '#ffffff';
    target.lineWidth = SEGMENT_HAIRLINE;
    for (const bar of content.bars) {
      if (!inArea(bar.x, bar.y, bar.width, BAR_HEIGHT)) continue;
      let x = bar.x;
      for (const segment of bar.segments) {
        target.fillStyle = segment.color;
        target.fillRect(x, bar.y, segment.width, BAR_HEIGHT);
        target.strokeRect(x, bar.y, segment.width, BAR_HEIGHT);
        x += segment.width;
      }
    }
  }
}

let supportCentre: number | null = null;

/** How far below a line's middle the alphabetic baseline of the support font goes (measured once). */
function baselineBelowMiddle(target: CanvasRenderingContext2D): number {
  if (supportCentre === null) {
    const metrics = target.measureText('M');
    const ascent = metrics.fontBoundingBoxAscent ?? metrics.actualBoundingBoxAscent;
    const descent = metrics.fontBoundingBoxDescent ?? metrics.actualBoundingBoxDescent;
    supportCentre = (ascent - descent) / 2;
  }
  return supportCentre;
}

const wrapped = new Map<string, readonly string[]>();

/**
 * A support line's words broken into lines that fit under its note, as the note text breaks (`wrapLines`): a board
 * has few distinct lines and widths, so each is measured once.
 */
export const wrapSupportLine: WrapSupportLine = (text, width) => {
  const key = `${width}:${text}`;
  let lines = wrapped.get(key);
  if (lines === undefined) {
    lines = wrapLines(text, width, SUPPORT_FONT, canvasMeasure);
    if (wrapped.size > 1_000) wrapped.clear();
    wrapped.set(key, lines);
  }
  return lines;
};
