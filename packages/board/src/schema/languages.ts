/**
 * The six official UN languages a board's reports are written in, in the UN's order, as BCP 47 primary subtags.
 * The web app's interface speaks the same six (apps/web/src/i18n/languages.ts adds each one's own name and
 * direction), so the language a facilitator works in is a board language.
 */
export const BOARD_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

export type BoardLanguage = (typeof BOARD_LANGUAGES)[number];

/** What a board that never chose a language (or holds something else where its language goes) reads as. */
export const DEFAULT_BOARD_LANGUAGE: BoardLanguage = 'en';

/** True when `value` is one of the six codes (for values from clients, query strings and documents). */
export function isBoardLanguage(value: unknown): value is BoardLanguage {
  return typeof value === 'string' && (BOARD_LANGUAGES as readonly string[]).includes(value);
}
