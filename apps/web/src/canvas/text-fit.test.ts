import { describe, expect, it } from 'vitest';
import { graphemes } from './line-breaks';
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

// A deterministic stand-in for every script: each grapheme cluster is one em wide if it is Chinese, Japanese, CJK
// punctuation or an emoji (full-width), half an em otherwise.
const FULL_WIDTH =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\p{Extended_Pictographic}]/u;
const perGrapheme: MeasureWidth = (text, size) =>
  graphemes(text).reduce((width, cluster) => width + (FULL_WIDTH.test(cluster) ? 1 : 0.5) * size, 0);

/** A default note's text box: 200 × 200 less 12 of padding on each side. */
const BOX = 176;
/** What a person reads comfortably on a note at 100 % zoom. */
const READABLE = 14;

const SAMPLES = {
  chinese: '加强跨境证据共享与司法合作机制，建立统一的数据库，让各国检察官都能及时查询。',
  japanese: '国境を越えた証拠の共有と司法協力の仕組みを強化し、検察官が迅速に照会できるようにする。',
  thai: 'เสริมสร้างความร่วมมือระหว่างประเทศในการแบ่งปันหลักฐานและข้อมูลระหว่างอัยการ',
  arabic: 'حماية المبلغين عن المخالفات وضحايا الجريمة المنظمة عبر الحدود',
  mixed: 'Open data 开放数据 حماية الشهود 2030 👩🏽‍⚖️ witness protection',
  emoji: '👩🏽‍⚖️👨🏿‍🌾🇺🇳👍🏽'.repeat(6),
} as const;

describe('text fit in every script', () => {
  it('fits a Chinese, Japanese, Thai or Arabic note of realistic length at a readable size', () => {
    for (const [script, text] of Object.entries(SAMPLES)) {
      if (script === 'emoji') continue;
      const size = fitFontSize(text, BOX, BOX, perGrapheme);
      expect(size, script).toBeGreaterThanOrEqual(READABLE);
    }
  });

  it('lays out exactly the lines it chose the size for: within the box, no text lost, no word broken', () => {
    for (const [script, text] of Object.entries(SAMPLES)) {
      const size = fitFontSize(text, BOX, BOX, perGrapheme);
      const lines = wrapLines(text, BOX, size, perGrapheme);
      expect(lines.length, script).toBe(wrappedLineCount(text, BOX, size, perGrapheme));
      expect(lines.length * size * LINE_HEIGHT, script).toBeLessThanOrEqual(BOX);
      for (const line of lines) expect(perGrapheme(line, size), `${script}: ${line}`).toBeLessThanOrEqual(BOX);
      // Breaks drop only the spaces they replace.
      expect(lines.join(' ').replace(/\s+/gu, ''), script).toBe(text.replace(/\s+/gu, ''));
    }
  });

  it('wraps Chinese between words and keeps punctuation off the start of a line', () => {
    const lines = wrapLines(SAMPLES.chinese, 100, 20, perGrapheme);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(SAMPLES.chinese);
    for (const line of lines) {
      expect(perGrapheme(line, 20)).toBeLessThanOrEqual(100);
      expect(line).not.toMatch(/^[，。]/u);
    }
    // Two-character words such as 证据 (evidence) and 司法 (judicial) are never split across lines.
    for (const word of ['证据', '司法', '数据']) expect(lines.some((line) => line.includes(word))).toBe(true);
  });

  it('wraps Thai at its words, which have no spaces between them', () => {
    expect(wrapLines('ภาษาไทยไม่มีช่องว่างระหว่างคำ', 40, 10, perGrapheme)).toEqual([
      'ภาษาไทย',
      'ไม่มีช่อง',
      'ว่าง',
      'ระหว่างคำ',
    ]);
  });

  it('wraps Arabic at spaces, and breaks a word too wide for the box only between letters with their marks', () => {
    expect(wrapLines(SAMPLES.arabic, 80, 10, perGrapheme)).toEqual([
      'حماية المبلغين',
      'عن المخالفات',
      'وضحايا الجريمة',
      'المنظمة عبر',
      'الحدود',
    ]);
    const lines = wrapLines('مُحَمَّدٌ', 10, 10, perGrapheme);
    expect(lines).toEqual(['مُحَ', 'مَّدٌ']);
    for (const line of lines) expect(line).not.toMatch(/^\p{M}/u);
  });

  it('never splits an emoji sequence, even when one is all that fits a line', () => {
    const lines = wrapLines('👩🏽‍⚖️👩🏽‍⚖️👩🏽‍⚖️👩🏽‍⚖️👩🏽‍⚖️', 25, 10, perGrapheme);
    expect(lines).toEqual(['👩🏽‍⚖️👩🏽‍⚖️', '👩🏽‍⚖️👩🏽‍⚖️', '👩🏽‍⚖️']);
    expect(wrapLines('🇺🇳🇺🇳', 5, 10, perGrapheme)).toEqual(['🇺🇳', '🇺🇳']);
  });

  it('keeps Latin words whole in mixed text, breaking between scripts', () => {
    const lines = wrapLines(SAMPLES.mixed, 60, 10, perGrapheme);
    expect(lines.join(' ').replace(/\s+/gu, '')).toBe(SAMPLES.mixed.replace(/\s+/gu, ''));
    for (const word of ['Open', 'data', 'witness', 'protection', 'حماية', 'الشهود']) {
      expect(lines.some((line) => line.split(' ').includes(word))).toBe(true);
    }
  });

  it('chooses a smaller size rather than break a Chinese word, as for a long English one', () => {
    // A narrow note: at the largest size 证据 (evidence, one word of two characters) would not fit one line.
    const size = fitFontSize('证据', 50, 400, perGrapheme);
    expect(size).toBeLessThan(MAX_FONT_SIZE);
    expect(size).toBeGreaterThanOrEqual(24);
    expect(wrapLines('证据', 50, size, perGrapheme)).toEqual(['证据']);
  });
});
