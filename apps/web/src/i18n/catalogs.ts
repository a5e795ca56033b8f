import { ar } from './ar';
import type { Catalog } from './catalog-check';
import { en } from './en';
import { es } from './es';
import { FEATURE_CATALOGS } from './features';
import { fr } from './fr';
import type { LanguageCode } from './languages';
import { ru } from './ru';
import { zh } from './zh';

const BASE: Record<LanguageCode, Catalog> = { ar, zh, en, fr, ru, es };

/**
 * Every language's strings, bundled (the app loads nothing from elsewhere; all six together are small): the base
 * catalog of each language plus each feature's own section (`features/`: one file per feature holding its strings in
 * all six languages, under a top-level key of its own, so features never edit the same file).
 */
export const CATALOGS: Record<LanguageCode, Catalog> = Object.fromEntries(
  Object.entries(BASE).map(([code, base]) => [
    code,
    Object.assign({}, base, ...FEATURE_CATALOGS.map((feature) => feature[code as LanguageCode])) as Catalog,
  ]),
) as Record<LanguageCode, Catalog>;
