import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { absoluteLink } from '../sync/board-link';
import { LanguageMenu } from '../ui/LanguageMenu';
import { AddTeamForm } from './AddTeamForm';
import { CopyField } from './CopyField';
import { DropInPanel } from './DropInPanel';
import { addTeam, readOrganiserToken, replaceDropIn } from './event-api';
import { EventReportSection } from './EventReportSection';
import { LoungeScreen } from './LoungeScreen';
import { TeamCard } from './TeamCard';
import { useEventAnswer } from './useEventAnswer';
import './events.css';

/**
 * The organiser's page of an event (`/e/<id>#k=<organiser token>`): the drop-in QR code and short address for the
 * lounge screen, every team with how many people are on its board and its phase (asked again every few seconds) and
 * its links to hand out, a form to add a team, and the combined report.
 */
export function EventPage({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [token] = useState(() => readOrganiserToken());
  if (!token) {
    return (
      <main className="page">
        <section className="landing" role="alert">
          <p>{t('events.organiser.noLink')}</p>
          <a href="/">{t('board.home')}</a>
        </section>
      </main>
    );
  }
  return <OrganiserView eventId={eventId} token={token} />;
}

function OrganiserView({ eventId, token }: { eventId: string; token: string }) {
  const { t } = useTranslation();
  const { answer, problem, refresh } = useEventAnswer(eventId, token);
  const [lounge, setLounge] = useState(false);
  const [notice, setNotice] = useState('');
  const onCopied = useCallback(
    (copied: boolean) => setNotice(t(copied ? 'events.organiser.copied' : 'lan.copyByHand')),
    [t],
  );
  const add = useCallback(
    async (title: string) => {
      await addTeam(eventId, token, title);
      await refresh();
      setNotice(t('events.organiser.added', { team: title || t('events.organiser.untitledTeam') }));
    },
    [eventId, token, refresh, t],
  );
  const replace = useCallback(async () => {
    if (!window.confirm(t('events.organiser.replaceDropInConfirm'))) return;
    try {
      await replaceDropIn(eventId, token);
      await refresh();
      setNotice(t('events.organiser.dropInReplaced'));
    } catch (error) {
      setNotice(
        t('events.organiser.replaceFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  }, [eventId, token, refresh, t]);

  if (problem?.kind === 'refused') {
    return (
      <main className="page">
        <section className="landing" role="alert">
          <p>{t('events.organiser.refused', { message: problem.message })}</p>
          <a href="/">{t('board.home')}</a>
        </section>
      </main>
    );
  }
  if (!answer) {
    return (
      <main className="page">
        <p className="page-state" role="status">
          {problem ? t('events.organiser.retrying', { message: problem.message }) : t('events.organiser.loading')}
        </p>
      </main>
    );
  }
  if (lounge) return <LoungeScreen answer={answer} onLeave={() => setLounge(false)} />;
  return (
    <main className="event-page">
      <header className="event-header">
        <h1 dir="auto">{answer.title || t('events.organiser.untitled')}</h1>
        <LanguageMenu />
      </header>
      {problem && (
        <p role="status" className="share-unreachable">
          {t('events.organiser.retrying', { message: problem.message })}
        </p>
      )}
      <p role="status" className="event-notice" data-testid="event-notice">
        {notice}
      </p>
      <div className="event-columns">
        <DropInPanel
          answer={answer}
          onLounge={() => setLounge(true)}
          onCopied={onCopied}
          onReplace={() => void replace()}
        />
        <section className="event-section" aria-labelledby="event-teams-heading">
          <h2 id="event-teams-heading">{t('events.organiser.teamsHeading')}</h2>
          <ul className="team-list">
            {answer.boards.map((team) => (
              <TeamCard key={team.boardId} team={team} origin={answer.origin} onCopied={onCopied} />
            ))}
          </ul>
        </section>
      </div>
      <AddTeamForm add={add} />
      <EventReportSection eventId={eventId} token={token} />
      <section className="event-section" aria-labelledby="event-organiser-heading">
        <h2 id="event-organiser-heading">{t('events.organiser.organiserHeading')}</h2>
        <p className="field-hint">{t('events.organiser.organiserHint')}</p>
        <CopyField
          label={t('events.organiser.organiserHeading')}
          fieldLabel={t('events.organiser.organiserHeading')}
          copyLabel={t('events.organiser.copyOrganiser')}
          value={absoluteLink(answer.links.organiser, answer.origin)}
          testId="event-organiser-link"
          onCopied={onCopied}
        />
      </section>
    </main>
  );
}
