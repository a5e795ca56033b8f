import type { BoardLanguage } from '../../schema/languages';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { ReportLocale } from './messages';
import { ru } from './ru';
import { zh } from './zh';

export type { PluralMessage, ReportLocale, ReportMessages } from './messages';

/** The report's words in each board language. */
export const REPORT_LOCALES: Readonly<Record<BoardLanguage, ReportLocale>> = { ar, zh, en, fr, ru, es };
