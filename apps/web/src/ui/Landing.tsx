import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createBoardOnServer } from '../sync/board-link';

/** The start page: name a board and create it. Anyone with the board's link can join; no account. */
export function Landing() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { links } = await createBoardOnServer(title.trim());
      // The creator holds the facilitator link; the board page shows the participant and projector links to share.
      window.location.assign(links.facilitator);
    } catch (failure) {
      setError(t('landing.failed', { message: (failure as Error).message }));
      setBusy(false);
    }
  };
  return (
    <main className="page">
      <section className="landing" aria-labelledby="landing-title">
        <h1 id="landing-title">{t('app.name')}</h1>
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
          <button type="submit" className="primary" disabled={busy}>
            {t('landing.create')}
          </button>
        </form>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <p className="fine-print">{t('landing.privacy')}</p>
      </section>
    </main>
  );
}
