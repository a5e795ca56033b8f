import { describe, expect, it } from 'vitest';
import {
  fitFontSize,
  LINE_HEIGHT,
  MAX_FONT_SIZE,
  MIN_FONT_SIZE,
  wrapLines,
  wrappedLineCount,
  type MeasureWidth,
} from './text-fit';

// Monospace stand-in: every character is 0.5 em wide.
const mono: MeasureWidth = (text, size) => text.length * size * 0.5;

describe('text fit', () => {
  it('wraps at spaces and newlines', () => {
    expect(wrappedLineCount('aaaa bbbb', 40, 10, mono)).toBe(2);
    expect(wrappedLineCount('aa bb', 100, 10, mono)).toBe(1);
    expect(wrappedLineCount('aa\nbb', 100, 10, mono)).toBe(2);
  });

  it('breaks words longer than the box', () => {
    expect(wrappedLineCount('x'.repeat(30), 50, 10, mono)).toBe(3);
  });

  it('uses the largest font for short text and shrinks for long text', () => {
    expect(fitFontSize('Hi', 180, 180, mono)).toBe(MAX_FONT_SIZE);
    const long = 'word '.repeat(60).trim();
    const size = fitFontSize(long, 180, 180, mono);
    expect(size).toBeLessThan(MAX_FONT_SIZE);
    expect(wrappedLineCount(long, 180, size, mono) * size * LINE_HEIGHT).toBeLessThanOrEqual(180);
  });

  it('shrinks the font so a long word fits on one line rather than breaking it', () => {
    // A tall, narrow note: at the largest size the lines would fit, but "programmes" would be split.
    const size = fitFontSize('Youth crime prevention programmes', 120, 400, mono);
    expect(size).toBeLessThan(MAX_FONT_SIZE);
    expect(mono('programmes', size)).toBeLessThanOrEqual(120);
  });

  it('never goes below the minimum size', () => {
    expect(fitFontSize('word '.repeat(2000), 100, 100, mono)).toBe(MIN_FONT_SIZE);
  });

  it('wraps into the same lines it counts', () => {
    expect(wrapLines('aaaa bbbb', 40, 10, mono)).toEqual(['aaaa', 'bbbb']);
    expect(wrapLines('aa bb', 100, 10, mono)).toEqual(['aa bb']);
    expect(wrapLines('aa\nbb', 100, 10, mono)).toEqual(['aa', 'bb']);
    const long = 'word '.repeat(12).trim();
    expect(wrapLines(long, 70, 10, mono)).toHaveLength(wrappedLineCount(long, 70, 10, mono));
  });

  it('breaks a word longer than the box across lines', () => {
    expect(wrapLines('x'.repeat(25), 50, 10, mono)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});
