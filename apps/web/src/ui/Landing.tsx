import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { createBoardOnServer } from '../sync/board-link';
import { CreationKeyField, useCreation } from './creation';
import { LanguageMenu } from './LanguageMenu';

/** Set by the facilitator panel after deleting a board, so the start page can say it is done. */
const justDeleted = () => new URLSearchParams(window.location.search).has('deleted');

/**
 * The start page: name a board and create it. Anyone with the board's link can join; no account. A server that
 * requires a creation key (CREATE_KEY) answers 401: the page then asks for the key and sends it.
 */
export function Landing() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const { createKey, setCreateKey, busy, error, run } = useCreation({
    refused: 'landing.refused',
    failed: 'landing.failed',
  });
  const [deleted] = useState(justDeleted);
  const create = (event: FormEvent) => {
    event.preventDefault();
    return run(async (key) => {
      // The board's reports are written in the language its creator works in; the facilitator panel can change it.
      const { links } = await createBoardOnServer(title.trim(), key, anonymous, currentLanguage());
      // The creator holds the facilitator link; the board page shows the participant and projector links to share.
      window.location.assign(links.facilitator);
    });
  };
  return (
    <main className="page">
      <section className="landing" aria-labelledby="landing-title">
        <LanguageMenu className="landing-language" />
        <h1 id="landing-title">{t('app.name')}</h1>
        {deleted && (
          <p role="status" className="landing-notice">
            {t('landing.deleted')}
          </p>
        )}
        <p>{t('landing.tagline')}</p>
        <form onSubmit={(e) => void create(e)} className="stack-form">
          <label htmlFor="board-title">{t('landing.titleLabel')}</label>
          <input
            id="board-title"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('landing.titlePlaceholder')}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={anonymous}
              aria-describedby="anonymous-hint"
              onChange={(e) => setAnonymous(e.target.checked)}
            />
            {t('landing.anonymous')}
          </label>
          <p id="anonymous-hint" className="field-hint">
            {t('landing.anonymousHint')}
          </p>
          <CreationKeyField id="create-key" value={createKey} onChange={setCreateKey} />
          <button type="submit" className="primary" disabled={busy}>
            {t('landing.create')}
          </button>
        </form>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <p>
          <a href="/e">{t('events.create.fromLanding')}</a>
        </p>
        <p className="fine-print">{t('landing.privacy')}</p>
      </section>
    </main>
  );
}
