import { describe, expect, it } from 'vitest';
import { catalogProblems, placeholders, type Catalog } from './catalog-check';
import { CATALOGS } from './catalogs';
import { en } from './en';
import { FEATURE_CATALOGS } from './features';
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

  it('each feature adds one section of its own: none replaces a base section or another feature’s', () => {
    const taken = new Set(Object.keys(en));
    for (const feature of FEATURE_CATALOGS) {
      const sections = Object.keys(feature.en);
      expect(sections).toHaveLength(1);
      for (const { code } of LANGUAGES) expect(Object.keys(feature[code])).toEqual(sections);
      expect(taken.has(sections[0]!), `section ${sections[0]} is taken`).toBe(false);
      taken.add(sections[0]!);
    }
  });

  it('reads placeholders with formats', () => {
    expect(placeholders('{{count}} of {{ total }} at {{when, datetime}}')).toEqual(['count', 'total', 'when']);
  });
});
