import { breakPieces, graphemes, type Piece } from './line-breaks';

/**
 * Font size that makes a note's text fit its box: wraps it into lines (`wrapLines`, which also decides the lines
 * drawn) and shrinks the font until they fit. Results are cached per (text, box), so rendering 2,000 notes measures
 * each text once, not every frame.
 */

/**
 * The system's own fonts, then ones that cover Arabic and Chinese where the system's first choice may not (no font is
 * fetched from anywhere: see README, "Fonts"). Latin text keeps the system font; the browser falls back glyph by glyph.
 * The UI's stack in styles.css is the same.
 */
export const NOTE_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, " +
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif";
export const MAX_FONT_SIZE = 28;
export const MIN_FONT_SIZE = 9;
export const LINE_HEIGHT = 1.2;

export type MeasureWidth = (text: string, fontSize: number) => number;

/**
 * Number of lines `text` wraps to at `fontSize` within `width`: exactly the lines `wrapLines` draws, so the font size
 * chosen for a note and the text painted for it never disagree.
 */
export function wrappedLineCount(text: string, width: number, fontSize: number, measure: MeasureWidth): number {
  return wrapLines(text, width, fontSize, measure).length;
}

/** The largest font size (between MIN and MAX) at which `text` fits a `width`×`height` box. */
export function fitFontSize(text: string, width: number, height: number, measure: MeasureWidth): number {
  if (text.trim() === '') return MAX_FONT_SIZE;
  const paragraphs = paragraphsOf(text);
  // Breaking a word mid-way ("programme / s") reads badly, so a size fits only if no word had to be broken; words are
  // broken only when even the smallest size cannot hold them.
  const fits = (size: number) => {
    const { lines, brokeWord } = layOut(paragraphs, width, size, measure);
    return !brokeWord && lines.length * size * LINE_HEIGHT <= height;
  };
  let low = MIN_FONT_SIZE;
  let high = MAX_FONT_SIZE;
  if (fits(high)) return high;
  if (!fits(low)) return low;
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return Math.floor(low * 2) / 2;
}

/**
 * The lines `text` wraps to at `fontSize` within `width`: at newlines, at spaces, between words of scripts written
 * without spaces (Chinese, Japanese, Thai…: `line-breaks.ts`), and, for a word wider than the box, between its
 * grapheme clusters.
 */
export function wrapLines(text: string, width: number, fontSize: number, measure: MeasureWidth): string[] {
  return layOut(paragraphsOf(text), width, fontSize, measure).lines;
}

function paragraphsOf(text: string): Piece[][] {
  return text.split('\n').map(breakPieces);
}

/** Fills lines greedily, measuring each line as a whole (as it is drawn: kerning and Arabic joining included). */
function layOut(
  paragraphs: readonly Piece[][],
  width: number,
  fontSize: number,
  measure: MeasureWidth,
): { lines: string[]; brokeWord: boolean } {
  const lines: string[] = [];
  let brokeWord = false;
  for (const pieces of paragraphs) {
    let line = '';
    let space = '';
    for (const piece of pieces) {
      const joined = line === '' ? null : line + space + piece.text;
      space = piece.space;
      if (joined !== null && measure(joined, fontSize) <= width) {
        line = joined;
        continue;
      }
      // The piece starts a line; the space before it is dropped with the break.
      if (line !== '') lines.push(line);
      if (measure(piece.text, fontSize) <= width) {
        line = piece.text;
        continue;
      }
      brokeWord = true;
      const parts = breakWord(piece.text, width, fontSize, measure);
      line = parts.pop() ?? '';
      lines.push(...parts);
    }
    lines.push(line);
  }
  return { lines, brokeWord };
}

/** A word wider than the box, cut between grapheme clusters into lines that fit (at least one cluster a line). */
function breakWord(word: string, width: number, fontSize: number, measure: MeasureWidth): string[] {
  const parts: string[] = [];
  let part = '';
  for (const cluster of graphemes(word)) {
    if (part !== '' && measure(part + cluster, fontSize) > width) {
      parts.push(part);
      part = cluster;
    } else {
      part += cluster;
    }
  }
  parts.push(part);
  return parts;
}

let context: CanvasRenderingContext2D | null = null;
const widthCache = new Map<string, number>();

/** Measures text with a shared offscreen canvas; widths scale linearly with font size, so one size is measured. */
export const canvasMeasure: MeasureWidth = (text, fontSize) => {
  let base = widthCache.get(text);
  if (base === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return text.length * fontSize * 0.55;
    context.font = `100px ${NOTE_FONT_FAMILY}`;
    base = context.measureText(text).width / 100;
    if (widthCache.size > 20_000) widthCache.clear();
    widthCache.set(text, base);
  }
  return base * fontSize;
};

/**
 * How much narrower and shorter (board units) than a note's text box its lines are laid out. `canvasMeasure` measures
 * once at 100 px and scales; Konva measures each line at the size it draws. The two differ by thousandths of a pixel,
 * but a line Konva finds too wide by even that much it wraps again, and a box filled exactly to its height it may
 * cut a line short: half a unit to spare keeps its lines ours.
 */
const LAYOUT_SLACK = 0.5;

const fitCache = new Map<string, number>();

/** Cached `fitFontSize` with the canvas measurer, for a note's text box of `width`×`height`. */
export function noteFontSize(text: string, width: number, height: number): number {
  const key = `${width}x${height}:${text}`;
  let size = fitCache.get(key);
  if (size === undefined) {
    size = fitFontSize(text, width - LAYOUT_SLACK, height - LAYOUT_SLACK, canvasMeasure);
    if (fitCache.size > 10_000) fitCache.clear();
    fitCache.set(key, size);
  }
  return size;
}

const linesCache = new Map<string, string[]>();

/**
 * Cached `wrapLines` with the canvas measurer: the lines every renderer draws for a note whose text box is `width`
 * wide (NoteShape hands them to Konva, the batch paints them itself), at the size `noteFontSize` chose.
 */
export function noteTextLines(text: string, width: number, fontSize: number): string[] {
  const key = `${width}:${fontSize}:${text}`;
  let lines = linesCache.get(key);
  if (lines === undefined) {
    lines = wrapLines(text, width - LAYOUT_SLACK, fontSize, canvasMeasure);
    if (linesCache.size > 10_000) linesCache.clear();
    linesCache.set(key, lines);
  }
  return lines;
}
