import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage } from '../i18n';
import { isLanguageCode, LANGUAGES } from '../i18n/languages';

/**
 * The language menu: the six UN languages, each named in its own language and script (and marked with its `lang`, so
 * a screen reader pronounces it right), whatever language the page is in now. The choice is remembered on this device.
 */
export function LanguageMenu({ className }: { className?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className={className ? `language-menu ${className}` : 'language-menu'}>
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={currentLanguage()}
        title={t('language.label')}
        data-testid="language-menu"
        onChange={(event) => {
          const code = event.target.value;
          if (isLanguageCode(code)) void chooseLanguage(code);
        }}
      >
        {LANGUAGES.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </span>
  );
}
