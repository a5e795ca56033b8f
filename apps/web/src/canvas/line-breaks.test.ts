import { describe, expect, it } from 'vitest';
import { breakPieces, graphemes } from './line-breaks';

const texts = (paragraph: string) => breakPieces(paragraph).map((piece) => piece.text);

describe('line breaks', () => {
  it('breaks Latin, Cyrillic and Arabic text at spaces, keeping the spaces after each piece', () => {
    expect(breakPieces('Open data  now')).toEqual([
      { text: 'Open', space: ' ' },
      { text: 'data', space: '  ' },
      { text: 'now', space: '' },
    ]);
    expect(texts('Открытые данные')).toEqual(['Открытые', 'данные']);
    expect(texts('حماية المبلغين عن المخالفات')).toEqual(['حماية', 'المبلغين', 'عن', 'المخالفات']);
  });

  it('never breaks inside what a space does not separate, except after a hyphen', () => {
    expect(texts('see e.g. example.org, 1,000 times')).toEqual(['see', 'e.g.', 'example.org,', '1,000', 'times']);
    expect(texts('whistle-blowers')).toEqual(['whistle-', 'blowers']);
  });

  it('breaks Chinese, Japanese and Thai between words, though they have no spaces', () => {
    const chinese = texts('加强证据共享与司法合作');
    expect(chinese.join('')).toBe('加强证据共享与司法合作');
    expect(chinese.length).toBeGreaterThan(3);
    expect(chinese).toContain('证据'); // a two-character word stays whole
    const japanese = texts('日本語の文章はスペースがありません');
    expect(japanese.join('')).toBe('日本語の文章はスペースがありません');
    expect(japanese).toContain('スペース');
    expect(texts('ภาษาไทยไม่มีช่องว่าง')).toEqual(['ภาษา', 'ไทย', 'ไม่มี', 'ช่อง', 'ว่าง']);
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
    const pieces = texts('「你好」，世界！机制。建立');
    expect(pieces.join('')).toBe('「你好」，世界！机制。建立');
    for (const piece of pieces) {
      expect(piece).not.toMatch(/^[」，！。]/u);
      expect(piece).not.toMatch(/「$/u);
    }
  });

  it('breaks between Latin and Chinese words written together, and around emoji', () => {
    expect(texts('用Python写')).toEqual(['用', 'Python', '写']);
    expect(texts('好👍👍')).toEqual(['好', '👍', '👍']);
  });

  it('keeps a leading indent with the first piece, and an empty paragraph empty', () => {
    expect(breakPieces('  indented text')[0]).toEqual({ text: '  indented', space: ' ' });
    expect(breakPieces('')).toEqual([]);
  });

  it('splits into grapheme clusters: an emoji sequence or a letter with its marks is one', () => {
    expect(graphemes('👩🏽‍⚖️a🇺🇳')).toEqual(['👩🏽‍⚖️', 'a', '🇺🇳']);
    expect(graphemes('مُحَمَّد')).toEqual(['مُ', 'حَ', 'مَّ', 'د']);
  });
});
