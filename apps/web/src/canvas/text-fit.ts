/**
 * Font size that makes a note's text fit its box: wraps words as Konva does and shrinks the font until the wrapped
 * lines fit. Results are cached per (text, box), so rendering 2,000 notes measures each text once, not every frame.
 */
export const NOTE_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
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
  let low = MIN_FONT_SIZE;
  let high = MAX_FONT_SIZE;
  // Breaking a word mid-way ("programme / s") reads badly, so a size fits only if its longest word fits a line too;
  // words are broken only when even the smallest size cannot hold them.
  const longestWord = text.split(/\s+/).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
  const fits = (size: number) =>
    measure(longestWord, size) <= width && wrappedLineCount(text, width, size, measure) * size * LINE_HEIGHT <= height;
  if (fits(high)) return high;
  if (!fits(low)) return low;
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return Math.floor(low * 2) / 2;
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

const fitCache = new Map<string, number>();

/** Cached `fitFontSize` with the canvas measurer. */
export function noteFontSize(text: string, width: number, height: number): number {
  const key = `${width}x${height}:${text}`;
  let size = fitCache.get(key);
  if (size === undefined) {
    size = fitFontSize(text, width, height, canvasMeasure);
    if (fitCache.size > 10_000) fitCache.clear();
    fitCache.set(key, size);
  }
  return size;
}

/**
 * The lines `text` wraps to at `fontSize` within `width` (at spaces and
 * newlines, and inside words wider than the box).
 */
export function wrapLines(text: string, width: number, fontSize: number, measure: MeasureWidth): string[] {
  const lines: string[] = [];
  const space = measure(' ', fontSize);
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (let word of paragraph.split(' ')) {
      let wordWidth = measure(word, fontSize);
      if (lineWidth > 0 && lineWidth + space + wordWidth > width) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      while (wordWidth > width && word.length > 1) {
        let fits = 1;
        while (fits < word.length && measure(word.slice(0, fits + 1), fontSize) <= width) fits++;
        lines.push(word.slice(0, fits));
        word = word.slice(fits);
        wordWidth = measure(word, fontSize);
      }
      line = lineWidth > 0 ? `${line} ${word}` : word;
      lineWidth += (lineWidth > 0 ? space : 0) + wordWidth;
    }
    lines.push(line);
  }
  return lines;
}

const linesCache = new Map<string, string[]>();

/** Cached `wrapLines` with the canvas measurer, for drawing note text without Konva. */
export function noteTextLines(text: string, width: number, fontSize: number): string[] {
  const key = `${width}:${fontSize}:${text}`;
  let lines = linesCache.get(key);
  if (lines === undefined) {
    lines = wrapLines(text, width, fontSize, canvasMeasure);
    if (linesCache.size > 10_000) linesCache.clear();
    linesCache.set(key, lines);
  }
  return lines;
}
