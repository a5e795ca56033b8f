import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from './catalog-check';
import type * as catalogs from './catalogs';
import { chooseLanguage, currentLanguage, i18n } from './index';
import type { LanguageCode } from './languages';

/** Each fetch of a language's chunk, held until the test settles it. */
const fetches = vi.hoisted(
  () => [] as Array<{ code: LanguageCode; resolve: () => void; reject: (error: Error) => void }>,
);

vi.mock('./catalogs', async (importOriginal) => {
  const actual = await importOriginal<typeof catalogs>();
  return {
    ...actual,
    loadCatalog: (code: LanguageCode) =>
      new Promise<Catalog>((resolve, reject) => {
        fetches.push({ code, resolve: () => void actual.loadCatalog(code).then(resolve), reject });
      }),
  };
});

/** Lets pending promise callbacks (and i18next's own) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loading a language', () => {
  afterEach(async () => {
    for (const pending of fetches.splice(0)) pending.reject(new Error('test over'));
    await chooseLanguage('en');
  });

  it('starts in English, which the app bundles, and fetches nothing for it', async () => {
    expect(currentLanguage()).toBe('en');
    expect(i18n.t('language.label')).toBe('Language');
    await chooseLanguage('en');
    expect(fetches).toEqual([]);
  });

  it('keeps the page in its language until the new one’s strings are here', async () => {
    const switching = chooseLanguage('fr');
    await settle();
    expect(fetches.map((fetch) => fetch.code)).toEqual(['fr']);
    expect(currentLanguage()).toBe('en');
    fetches[0]!.resolve();
    await switching;
    expect(currentLanguage()).toBe('fr');
    expect(i18n.t('language.label')).toBe('Langue');
  });

  it('gives way to a language chosen while it was loading', async () => {
    const spanish = chooseLanguage('es');
    const arabic = chooseLanguage('ar');
    await settle();
    fetches.find((fetch) => fetch.code === 'ar')!.resolve();
    await arabic;
    fetches.find((fetch) => fetch.code === 'es')!.resolve();
    await spanish;
    expect(currentLanguage()).toBe('ar');
    expect(i18n.dir(currentLanguage())).toBe('rtl');
  });

  it('changes nothing, and says so, when the strings cannot be fetched; a later try fetches again', async () => {
    const failing = chooseLanguage('zh');
    await settle();
    fetches.splice(0)[0]!.reject(new Error('offline'));
    await expect(failing).rejects.toThrow('offline');
    expect(currentLanguage()).toBe('en');

    const retrying = chooseLanguage('zh');
    await settle();
    fetches.splice(0)[0]!.resolve();
    await retrying;
    expect(currentLanguage()).toBe('zh');
  });
});
