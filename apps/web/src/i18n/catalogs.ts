import { ar } from './ar';
import type { Catalog } from './catalog-check';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { LanguageCode } from './languages';
import { ru } from './ru';
import { zh } from './zh';

/** Every language's strings, bundled (the app loads nothing from elsewhere; all six together are small). */
export const CATALOGS: Record<LanguageCode, Catalog> = { ar, zh, en, fr, ru, es };
