import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { RelayRequestError } from '../sync/board-link';
import { LanguageMenu } from '../ui/LanguageMenu';
import { createEventOnServer, MAX_TEAMS, teamTitles } from './event-api';
import './events.css';

/**
 * Creating an event (`/e`): its title and its teams, one per line; each team gets a board. A server that requires a
 * creation key answers 401: the page then asks for it, as the start page does. The creator lands on the organiser's
 * page, whose link they keep.
 */
export function CreateEventPage() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [teams, setTeams] = useState('');
  const [createKey, setCreateKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const titles = teamTitles(teams);
    if (titles.length === 0) return setError(t('events.create.noTeams'));
    if (titles.length > MAX_TEAMS) return setError(t('events.create.tooManyTeams', { count: MAX_TEAMS }));
    setBusy(true);
    setError(null);
    try {
      // The combined report and the teams' reports are written in the language the organiser works in.
      const created = await createEventOnServer(
        title.trim(),
        titles,
        currentLanguage(),
        createKey?.trim() || undefined,
      );
      window.location.assign(created.links.organiser);
    } catch (failure) {
      if (failure instanceof RelayRequestError && failure.status === 401) {
        setError(
          createKey === null ? t('landing.keyNeeded') : t('events.create.refused', { message: failure.message }),
        );
        setCreateKey((key) => key ?? '');
      } else if (failure instanceof RelayRequestError) {
        setError(t('events.create.refused', { message: failure.message }));
      } else {
        setError(t('events.create.failed', { message: (failure as Error).message }));
      }
      setBusy(false);
    }
  };
  return (
    <main className="page">
      <section className="landing" aria-labelledby="create-event-title">
        <LanguageMenu className="landing-language" />
        <h1 id="create-event-title">{t('events.create.heading')}</h1>
        <p>{t('events.create.intro')}</p>
        <form onSubmit={(event) => void create(event)} className="stack-form">
          <label htmlFor="event-title">{t('events.create.titleLabel')}</label>
          <input
            id="event-title"
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
            placeholder={t('events.create.titlePlaceholder')}
          />
          <label htmlFor="event-teams">{t('events.create.teamsLabel')}</label>
          <textarea
            id="event-teams"
            rows={5}
            value={teams}
            aria-describedby="event-teams-hint"
            onChange={(event) => setTeams(event.target.value)}
          />
          <p id="event-teams-hint" className="field-hint">
            {t('events.create.teamsHint')}
          </p>
          {createKey !== null && (
            <>
              <label htmlFor="event-create-key">{t('landing.keyLabel')}</label>
              <input
                id="event-create-key"
                type="password"
                autoComplete="off"
                value={createKey}
                onChange={(event) => setCreateKey(event.target.value)}
              />
            </>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {t('events.create.submit')}
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
