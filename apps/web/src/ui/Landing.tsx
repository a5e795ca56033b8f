import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createId } from '@notevote/board';

/** The start page: name a board and create it. Anyone with the board's link can join; no account. */
export function Landing() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const create = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    window.location.assign(`/b/${createId(12)}${trimmed ? `?title=${encodeURIComponent(trimmed)}` : ''}`);
  };
  return (
    <main className="page">
      <section className="landing" aria-labelledby="landing-title">
        <h1 id="landing-title">{t('app.name')}</h1>
        <p>{t('landing.tagline')}</p>
        <form onSubmit={create} className="stack-form">
          <label htmlFor="board-title">{t('landing.titleLabel')}</label>
          <input
            id="board-title"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('landing.titlePlaceholder')}
          />
          <button type="submit" className="primary">
            {t('landing.create')}
          </button>
        </form>
        <p className="fine-print">{t('landing.privacy')}</p>
      </section>
    </main>
  );
}
