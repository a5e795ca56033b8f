import type { Catalog } from './catalog-check';
import { joinFeatures, type LanguageStrings } from './features';
import type { LanguageCode } from './languages';
import { strings as ar } from './locales/ar';
import { strings as en } from './locales/en';
import { strings as es } from './locales/es';
import { strings as fr } from './locales/fr';
import { strings as ru } from './locales/ru';
import { strings as zh } from './locales/zh';

/**
 * Every language's strings at once, for the tests and the end-to-end tests (which check and read them all). Not for
 * the app: importing this would put all six languages back into its first download (`catalogs.ts` loads them one by
 * one), and lint refuses it outside tests.
 */
export const LANGUAGE_STRINGS: Record<LanguageCode, LanguageStrings> = { ar, zh, en, fr, ru, es };

/** Every language's catalog, as i18next reads it. */
export const CATALOGS: Record<LanguageCode, Catalog> = Object.fromEntries(
  Object.entries(LANGUAGE_STRINGS).map(([code, strings]) => [code, joinFeatures(strings)]),
) as Record<LanguageCode, Catalog>;
