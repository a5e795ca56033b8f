import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readBoardAccess } from '../sync/board-link';
import { ENGLISH, loadCatalog } from './catalogs';
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
 * i18next, starting in English (bundled: the source language and every other's fallback) so that `t` works at once;
 * `startInChosenLanguage` moves the page to its own language before the first render, and each other language is
 * fetched from this server when first needed (`catalogs.ts`). Numbers are formatted by `Intl` for the language
 * (`IntlFormatter`), plurals by `Intl.PluralRules` (i18next's `_one`, `_few`… forms).
 */
export const i18n = i18next.createInstance();

void i18n
  .use(initReactI18next)
  .use(IntlFormatter)
  .init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((language) => language.code),
    resources: { [DEFAULT_LANGUAGE]: { translation: ENGLISH } },
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });

/** The language last asked for: a choice still loading gives way to a later one. */
let wanted: LanguageCode = DEFAULT_LANGUAGE;

/**
 * Fetches `code`'s strings unless i18next has them, then switches to it if no other language was asked for meanwhile
 * (then it answers false).
 */
async function switchTo(code: LanguageCode): Promise<boolean> {
  wanted = code;
  if (!i18n.hasResourceBundle(code, 'translation')) {
    const catalog = await loadCatalog(code);
    if (!i18n.hasResourceBundle(code, 'translation')) i18n.addResourceBundle(code, 'translation', catalog);
  }
  if (wanted !== code) return false;
  await i18n.changeLanguage(code);
  return true;
}

/**
 * Puts the page in the language to start in (`initialLanguage`), fetching its strings first: call before the first
 * render, so that a person reading Arabic or Chinese never sees the page in English first. If the strings cannot be
 * fetched (the connection dropped), the page stays in English rather than not opening.
 */
export async function startInChosenLanguage(): Promise<void> {
  try {
    await switchTo(initialLanguage(storedLanguage(scope)));
  } catch {
    // English it is; the language menu can try again.
  }
}

/** The language the page speaks now (one of the six). */
export function currentLanguage(): LanguageCode {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguageCode(language) ? language : DEFAULT_LANGUAGE;
}

/** The interface's writing direction now: what text without letters of its own (a note of digits) follows. */
export function uiDirection(): 'ltr' | 'rtl' {
  return i18n.dir(currentLanguage()) === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Switches the page to `code` once its strings are here (the page keeps its language meanwhile), remembers it on this
 * device for this view, and updates `<html lang dir>`. Rejects, changing nothing, when its strings cannot be fetched.
 */
export async function chooseLanguage(code: LanguageCode): Promise<void> {
  if (await switchTo(code)) storeLanguage(scope, code);
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
