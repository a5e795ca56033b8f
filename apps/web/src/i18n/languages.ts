import { BOARD_LANGUAGES, DEFAULT_BOARD_LANGUAGE, isBoardLanguage, type BoardLanguage } from '@notevote/board';

/** A language notevote speaks: the six official UN languages (the board package's list, shared with reports). */
export type LanguageCode = BoardLanguage;

/**
 * Each language's own name (an endonym: a person looking for their language in a menu recognises it in its own
 * script) and writing direction. A Record, so a language added to the board package without a name does not compile.
 */
const NAMES: Record<LanguageCode, { name: string; dir: 'ltr' | 'rtl' }> = {
  ar: { name: 'العربية', dir: 'rtl' },
  zh: { name: '中文', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  fr: { name: 'Français', dir: 'ltr' },
  ru: { name: 'Русский', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
};

/** The languages in the UN's order, for menus. */
export const LANGUAGES: ReadonlyArray<{ code: LanguageCode; name: string; dir: 'ltr' | 'rtl' }> = BOARD_LANGUAGES.map(
  (code) => ({ code, ...NAMES[code] }),
);

export const DEFAULT_LANGUAGE: LanguageCode = DEFAULT_BOARD_LANGUAGE;

export const isLanguageCode: (value: unknown) => value is LanguageCode = isBoardLanguage;

/**
 * The first of the person's preferred languages (e.g. `navigator.languages`) that notevote speaks, matched by its
 * primary subtag (`ar-EG` → `ar`, `zh-Hant-TW` → `zh`), else English.
 */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguageCode(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
