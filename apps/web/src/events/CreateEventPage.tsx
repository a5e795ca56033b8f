import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { CreationKeyField, useCreation } from '../ui/creation';
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
  const { createKey, setCreateKey, busy, error, setError, run } = useCreation({
    refused: 'events.create.refused',
    failed: 'events.create.failed',
  });
  const create = (event: FormEvent) => {
    event.preventDefault();
    const titles = teamTitles(teams);
    if (titles.length === 0) return setError(t('events.create.noTeams'));
    if (titles.length > MAX_TEAMS) return setError(t('events.create.tooManyTeams', { count: MAX_TEAMS }));
    return run(async (key) => {
      // The combined report and the teams' reports are written in the language the organiser works in.
      const created = await createEventOnServer(title.trim(), titles, currentLanguage(), key);
      window.location.assign(created.links.organiser);
    });
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
          <CreationKeyField id="event-create-key" value={createKey} onChange={setCreateKey} />
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
