import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../ui/LanguageMenu';
import { fetchDropIn, type DropInAnswer } from './event-api';
import './events.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'found'; answer: DropInAnswer }
  | { state: 'not-found' }
  | { state: 'failed'; message: string };

/**
 * What the lounge screen's QR code opens on a phone (`/d/<code>`): the event's title and its teams; picking one opens
 * that team's board as a participant. The links are paths, so the phone stays on the address it used to get here.
 */
export function DropInPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const load = useCallback(() => {
    setLoaded({ state: 'loading' });
    fetchDropIn(code).then(
      (answer) => setLoaded(answer ? { state: 'found', answer } : { state: 'not-found' }),
      (failure: Error) => setLoaded({ state: 'failed', message: failure.message }),
    );
  }, [code]);
  useEffect(load, [load]);

  return (
    <main className="page drop-in-page">
      <section className="landing" aria-labelledby="drop-in-title">
        <LanguageMenu className="landing-language" />
        {loaded.state === 'found' ? (
          <>
            <h1 id="drop-in-title" dir="auto">
              {loaded.answer.title || t('events.organiser.untitled')}
            </h1>
            <h2>{t('events.dropIn.heading')}</h2>
            <p>{t('events.dropIn.intro')}</p>
            {loaded.answer.teams.length === 0 ? (
              <p role="status">{t('events.dropIn.noTeams')}</p>
            ) : (
              <ul className="drop-in-teams" data-testid="drop-in-teams">
                {loaded.answer.teams.map((team) => (
                  <li key={team.boardId}>
                    <a className="drop-in-team" href={team.link} dir="auto">
                      {team.title || t('events.organiser.untitledTeam')}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <>
            <h1 id="drop-in-title">{t('events.dropIn.heading')}</h1>
            {loaded.state === 'loading' && <p role="status">{t('events.dropIn.loading')}</p>}
            {loaded.state === 'not-found' && <p role="alert">{t('events.dropIn.notFound')}</p>}
            {loaded.state === 'failed' && (
              <>
                <p role="alert">{t('events.dropIn.failed', { message: loaded.message })}</p>
                <button type="button" onClick={load}>
                  {t('events.dropIn.retry')}
                </button>
              </>
            )}
          </>
        )}
      </section>
    </main>
  );
}
