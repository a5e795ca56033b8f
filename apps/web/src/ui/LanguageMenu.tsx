import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage } from '../i18n';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../i18n/languages';

const FAILURE_MS = 6_000;

/**
 * The language menu: the six UN languages, each named in its own language and script (and marked with its `lang`, so
 * a screen reader pronounces it right), whatever language the page is in now. The choice is remembered on this device.
 * A language not loaded yet is fetched first (a moment on a slow connection): the menu shows the choice meanwhile, and
 * says so if the fetch fails.
 */
export function LanguageMenu({ className }: { className?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [pending, setPending] = useState<LanguageCode | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!failed) return;
    const timer = setTimeout(() => setFailed(false), FAILURE_MS);
    return () => clearTimeout(timer);
  }, [failed]);

  const choose = (code: LanguageCode) => {
    setPending(code);
    setFailed(false);
    chooseLanguage(code).then(
      () => setPending((current) => (current === code ? null : current)),
      () => {
        setPending((current) => (current === code ? null : current));
        setFailed(true);
      },
    );
  };

  return (
    <span className={className ? `language-menu ${className}` : 'language-menu'}>
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={pending ?? currentLanguage()}
        title={t('language.label')}
        data-testid="language-menu"
        aria-busy={pending !== null}
        onChange={(event) => {
          const code = event.target.value;
          if (isLanguageCode(code)) choose(code);
        }}
      >
        {LANGUAGES.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
      {failed && (
        <span className="language-menu-failed" role="alert" data-testid="language-failed">
          {t('language.failed')}
        </span>
      )}
    </span>
  );
}
