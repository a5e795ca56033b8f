import { useTranslation } from 'react-i18next';
import { absoluteLink } from '../sync/board-link';
import { CopyField } from './CopyField';
import type { Team, TeamStatus } from './event-api';

const ROLES = ['facilitator', 'participant', 'projector'] as const;

/** "3 people on the board · Round 2: Vote", from the board's live status. */
function StatusLine({ status }: { status: TeamStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <p className="team-status">{t('events.organiser.statusUnknown')}</p>;
  const phase = t(`phases.name.${status.phase}`);
  return (
    <p className="team-status">
      <span data-testid="team-online">{t('events.organiser.online', { count: status.online })}</span>
      <span aria-hidden="true"> · </span>
      <span data-testid="team-phase">
        {status.round === null
          ? t('events.organiser.phase', { phase })
          : t('events.organiser.roundPhase', { round: status.round, phase })}
      </span>
    </p>
  );
}

/**
 * One team of the event: its board's title, how many people are on it and its phase, and its three links to hand
 * out (the facilitator's to the team's facilitator), each with the origin phones can reach.
 */
export function TeamCard({
  team,
  origin,
  onCopied,
}: {
  team: Team;
  origin: string;
  onCopied: (copied: boolean) => void;
}) {
  const { t } = useTranslation();
  const title = team.status?.title || t('events.organiser.untitledTeam');
  const headingId = `team-${team.boardId}`;
  return (
    <li className="team-card" aria-labelledby={headingId} data-testid="event-team" data-board={team.boardId}>
      <h3 id={headingId} dir="auto">
        {title}
      </h3>
      <StatusLine status={team.status} />
      {ROLES.map((role) => (
        <CopyField
          key={role}
          label={t(`events.organiser.links.${role}`)}
          fieldLabel={t(`events.organiser.linkFields.${role}`, { team: title })}
          copyLabel={t(`events.organiser.copyLinks.${role}`, { team: title })}
          value={absoluteLink(team.links[role], origin)}
          testId={`team-${role}-link`}
          onCopied={onCopied}
        />
      ))}
    </li>
  );
}
