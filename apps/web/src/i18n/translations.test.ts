import { describe, expect, it } from 'vitest';
import { CATALOGS, LANGUAGE_STRINGS } from './all-catalogs';
import { catalogProblems, placeholders, type Catalog } from './catalog-check';
import { loadCatalog } from './catalogs';
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
    const english = LANGUAGE_STRINGS.en;
    const sections = english.features.map((feature) => Object.keys(feature));
    for (const section of sections) expect(section).toHaveLength(1);
    for (const { code } of LANGUAGES) {
      const { base, features } = LANGUAGE_STRINGS[code];
      // The same features in the same order in every language, so each language's chunk has every feature.
      expect(features.map((feature) => Object.keys(feature))).toEqual(sections);
      const taken = new Set(Object.keys(base));
      for (const [section] of sections) {
        expect(taken.has(section!), `${code}: section ${section} is taken`).toBe(false);
        taken.add(section!);
      }
    }
  });

  it('the app loads each language’s own catalog', async () => {
    for (const { code } of LANGUAGES) expect(await loadCatalog(code), code).toEqual(CATALOGS[code]);
  });

  it('reads placeholders with formats', () => {
    expect(placeholders('{{count}} of {{ total }} at {{when, datetime}}')).toEqual(['count', 'total', 'when']);
  });
});
