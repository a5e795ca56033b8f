import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { IntlFormatter } from './intl-formatter';

async function instance(language: string) {
  const i18n = i18next.createInstance();
  await i18n.use(IntlFormatter).init({
    lng: language,
    resources: {
      [language]: {
        translation: {
          dots_one: '{{count}} dot',
          dots_other: '{{count}} dots',
          plain: 'Round {{number}} of {{title}}',
          list: 'With {{names, list}}',
        },
      },
    },
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  return i18n;
}

describe('numbers in strings', () => {
  it('are formatted for the language, while the plural form still follows the count', async () => {
    const fr = await instance('fr');
    expect(fr.t('dots', { count: 1234 })).toBe(`${new Intl.NumberFormat('fr').format(1234)} dots`);
    expect(fr.t('dots', { count: 1 })).toBe('1 dot');
    expect(fr.t('plain', { number: 2, title: 'Sprint 42' })).toBe('Round 2 of Sprint 42');
  });

  it('uses the digits of the language', async () => {
    const ar = await instance('ar');
    expect(ar.t('plain', { number: 12, title: 'x' })).toBe(`Round ${new Intl.NumberFormat('ar').format(12)} of x`);
  });

  it('formats lists, and leaves text alone', async () => {
    const en = await instance('en');
    expect(en.t('list', { names: ['Amina', 'Bruno', 'Chen'] })).toBe('With Amina, Bruno, and Chen');
    expect(en.t('plain', { number: Number.NaN, title: '{{x}}' })).toBe('Round NaN of {{x}}');
  });
});
