import type { Catalog } from './catalog-check';
import { joinFeatures, type LanguageStrings } from './features';
import type { LanguageCode } from './languages';
import { strings as english } from './locales/en';

/**
 * English, the source language and every other's fallback, is bundled with the app, so a page in English needs no
 * second download.
 */
export const ENGLISH: Catalog = joinFeatures(english);

/**
 * Each other language is a chunk of its own (`locales/<code>.ts`), fetched from this server the first time the page
 * speaks it: six languages together were a quarter of the app's first download, and a page speaks one.
 */
const LOADERS: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ strings: LanguageStrings }>> = {
  ar: () => import('./locales/ar'),
  zh: () => import('./locales/zh'),
  fr: () => import('./locales/fr'),
  ru: () => import('./locales/ru'),
  es: () => import('./locales/es'),
};

/** The catalog of `code`, fetching its chunk if it is not English; rejects when the chunk cannot be fetched. */
export async function loadCatalog(code: LanguageCode): Promise<Catalog> {
  return code === 'en' ? ENGLISH : joinFeatures((await LOADERS[code]()).strings);
}
