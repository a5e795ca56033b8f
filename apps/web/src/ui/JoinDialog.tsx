import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@notevote/board';
import { useMeta } from '../sync/board-context';
import { LanguageMenu } from './LanguageMenu';

/** First visit to a board: ask the display name others will see (remembered on this device only). */
export function JoinDialog({ onJoin }: { onJoin: (name: string) => void }) {
  const { t } = useTranslation();
  const meta = useMeta();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onJoin(name.trim());
  };
  return (
    <div className="modal-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="join-title" className="modal">
        {/* A newcomer on a borrowed device picks their language before anything else. */}
        <LanguageMenu className="dialog-language" />
        <h2 id="join-title">{meta?.title ? t('join.heading', { title: meta.title }) : t('join.headingUntitled')}</h2>
        <form onSubmit={submit} className="stack-form">
          <label htmlFor="display-name">{t('join.nameLabel')}</label>
          <input
            id="display-name"
            autoFocus
            autoComplete="nickname"
            value={name}
            maxLength={LIMITS.nameLength}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('join.namePlaceholder')}
          />
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('join.submit')}
          </button>
        </form>
        <p className="fine-print">{t('join.note')}</p>
      </div>
    </div>
  );
}
