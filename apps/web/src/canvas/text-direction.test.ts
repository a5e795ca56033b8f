import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

describe('textDirection', () => {
  it('reads right to left for the right-to-left scripts', () => {
    expect(textDirection('حماية المبلغين', 'ltr')).toBe('rtl'); // Arabic
    expect(textDirection('שלום עולם', 'ltr')).toBe('rtl'); // Hebrew
    expect(textDirection('ܫܠܡܐ', 'ltr')).toBe('rtl'); // Syriac
    expect(textDirection('ދިވެހި', 'ltr')).toBe('rtl'); // Thaana
    expect(textDirection('ߒߞߏ', 'ltr')).toBe('rtl'); // NKo
    expect(textDirection('ﻻ ﷲ', 'ltr')).toBe('rtl'); // Arabic presentation forms
    expect(textDirection('𞤀𞤣𞤤𞤢𞤥', 'ltr')).toBe('rtl'); // Adlam, outside the BMP
  });

  it('reads left to right for Latin, Cyrillic, Greek and the scripts of East and South Asia', () => {
    for (const text of [
      'Protect whistle-blowers',
      'Защита свидетелей',
      'Ελλάδα',
      '加强证据共享',
      'こんにちは',
      'ภาษาไทย',
      'हिन्दी',
    ]) {
      expect(textDirection(text, 'rtl')).toBe('ltr');
    }
  });

  it('goes by the first strong character, past digits, punctuation, spaces, marks and emoji', () => {
    expect(textDirection('  2030: «حماية» and more', 'ltr')).toBe('rtl');
    expect(textDirection('👩🏽‍⚖️ 1. Open data على', 'rtl')).toBe('ltr');
    expect(textDirection('٣٤٥ — ok', 'rtl')).toBe('ltr'); // Arabic-Indic digits are not strong
    expect(textDirection('\u064Bx', 'rtl')).toBe('ltr'); // a lone Arabic mark is not strong either
  });

  it('follows the interface when nothing in the text is strong', () => {
    for (const text of ['', '   ', '2030', '!!! ???', '👍👍', '١٢٣ %']) {
      expect(textDirection(text, 'rtl')).toBe('rtl');
      expect(textDirection(text, 'ltr')).toBe('ltr');
    }
  });

  it('obeys direction marks and skips what isolates enclose', () => {
    expect(textDirection('\u200Fabc', 'ltr')).toBe('rtl');
    expect(textDirection('\u200Eعربي', 'rtl')).toBe('ltr');
    expect(textDirection('\u2067abc\u2069 عربي', 'ltr')).toBe('rtl');
    expect(textDirection('\u2068عربي\u2069', 'ltr')).toBe('ltr');
  });
});
