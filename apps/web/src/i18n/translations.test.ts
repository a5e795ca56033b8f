import { describe, expect, it } from 'vitest';
import { catalogProblems, placeholders, type Catalog } from './catalog-check';
import { CATALOGS } from './catalogs';
import { LANGUAGES } from './languages';

describe('translations', () => {
  for (const { code } of LANGUAGES) {
    it(`${code} has every string of English, with its plural forms and placeholders`, () => {
      expect(catalogProblems(CATALOGS.en, CATALOGS[code], code)).toEqual([]);
    });
  }

  it('the check finds a missing key, a missing plural form and a lost placeholder', () => {
    const english: Catalog = { a: { b: 'Hello {{name}}' }, dots_one: 'one dot', dots_other: '{{count}} dots' };
    const russian: Catalog = { a: { b: 'Привет' }, dots_one: '{{count}} точка', dots_other: '{{count}} точки' };
    expect(catalogProblems(english, russian, 'ru')).toEqual([
      'ru: a.b lacks {{name}}',
      'ru: missing dots_few',
      'ru: missing dots_many',
    ]);
    expect(catalogProblems(english, {}, 'zh')).toEqual(['zh: missing a.b', 'zh: missing dots_other']);
  });

  it('reads placeholders with formats', () => {
    expect(placeholders('{{count}} of {{ total }} at {{when, datetime}}')).toEqual(['count', 'total', 'when']);
  });
});
