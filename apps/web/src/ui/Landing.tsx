import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { createBoardOnServer, RelayRequestError } from '../sync/board-link';
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
  const [createKey, setCreateKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleted] = useState(justDeleted);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The board's reports are written in the language its creator works in; the facilitator panel can change it.
      const { links } = await createBoardOnServer(
        title.trim(),
        createKey?.trim() || undefined,
        anonymous,
        currentLanguage(),
      );
      // The creator holds the facilitator link; the board page shows the participant and projector links to share.
      window.location.assign(links.facilitator);
    } catch (failure) {
      if (failure instanceof RelayRequestError && failure.status === 401) {
        // First time: just ask for the key; after a wrong one, say what the server said.
        setError(createKey === null ? t('landing.keyNeeded') : t('landing.refused', { message: failure.message }));
        setCreateKey((key) => key ?? '');
      } else if (failure instanceof RelayRequestError) {
        setError(t('landing.refused', { message: failure.message }));
      } else {
        setError(t('landing.failed', { message: (failure as Error).message }));
      }
      setBusy(false);
    }
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
          {createKey !== null && (
            <>
              <label htmlFor="create-key">{t('landing.keyLabel')}</label>
              <input
                id="create-key"
                type="password"
                autoComplete="off"
                value={createKey}
                onChange={(e) => setCreateKey(e.target.value)}
              />
            </>
          )}
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
