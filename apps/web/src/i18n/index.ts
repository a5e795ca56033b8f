import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readBoardAccess } from '../sync/board-link';
import { CATALOGS } from './catalogs';
import { IntlFormatter } from './intl-formatter';
import { storedLanguage, storeLanguage, type LanguageScope } from './language-preference';
import { DEFAULT_LANGUAGE, isLanguageCode, LANGUAGES, pickLanguage, type LanguageCode } from './languages';

/**
 * The scope of this page's language choice: the projector view keeps a choice of its own. Read once from the link
 * (its fragment carries the role), as the view itself is chosen.
 */
const scope: LanguageScope =
  typeof window !== 'undefined' && readBoardAccess(window.location.hash).role === 'projector' ? 'projector' : 'board';

/** The language to start in: the one chosen on this device for this view, else the browser's, else English. */
export function initialLanguage(
  chosen: LanguageCode | null,
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
): LanguageCode {
  return chosen ?? pickLanguage(preferred);
}

/**
 * i18next with every language bundled (no network loading: the app fetches nothing from elsewhere), numbers formatted
 * by `Intl` for the language (`IntlFormatter`), plurals by `Intl.PluralRules` (i18next's `_one`, `_few`… forms).
 */
export const i18n = i18next.createInstance();

void i18n
  .use(initReactI18next)
  .use(IntlFormatter)
  .init({
    lng: initialLanguage(storedLanguage(scope)),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((language) => language.code),
    resources: Object.fromEntries(LANGUAGES.map(({ code }) => [code, { translation: CATALOGS[code] }])),
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });

/** The language the page speaks now (one of the six). */
export function currentLanguage(): LanguageCode {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguageCode(language) ? language : DEFAULT_LANGUAGE;
}

/** The interface's writing direction now: what text without letters of its own (a note of digits) follows. */
export function uiDirection(): 'ltr' | 'rtl' {
  return i18n.dir(currentLanguage()) === 'rtl' ? 'rtl' : 'ltr';
}

/** Switches the page to `code`, remembers it on this device for this view, and updates `<html lang dir>`. */
export async function chooseLanguage(code: LanguageCode): Promise<void> {
  storeLanguage(scope, code);
  await i18n.changeLanguage(code);
}

/** Sets the document's language and writing direction from the active language (the whole layout mirrors in Arabic). */
export function applyDocumentLanguage(): void {
  const code = currentLanguage();
  document.documentElement.lang = code;
  document.documentElement.dir = i18n.dir(code);
}

i18n.on('languageChanged', () => {
  if (typeof document !== 'undefined') applyDocumentLanguage();
});

/**
 * What to tell a person about a connection the relay refused: the translation of its close reason when the reason is
 * a code we know (`refusals.<code>`, e.g. `board-erased`), else the reason as the relay wrote it.
 */
export function refusalMessage(reason: string): string {
  const key = `refusals.${reason}`;
  return i18n.exists(key) ? i18n.t(key) : i18n.t('status.refused', { reason });
}
