import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/**
 * i18next with bundled resources (no network loading: the app fetches nothing from elsewhere). English only for now;
 * the six UN languages, including Arabic right-to-left, plug in as more resources.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Sets the document's language and writing direction from the active language. */
export function applyDocumentLanguage(): void {
  document.documentElement.lang = i18n.language;
  document.documentElement.dir = i18n.dir(i18n.language);
}

/**
 * What to tell a person about a connection the relay refused: the translation of its close reason when the reason is
 * a code we know (`refusals.<code>`, e.g. `board-erased`), else the reason as the relay wrote it.
 */
export function refusalMessage(reason: string): string {
  const key = `refusals.${reason}`;
  return i18n.exists(key) ? i18n.t(key) : i18n.t('status.refused', { reason });
}
