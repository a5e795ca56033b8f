import { useTranslation } from 'react-i18next';
import { useBoard, useLead, useUi } from '../sync/board-context';
import './follow.css';

/**
 * The top bar's part in following: the facilitator's "Bring everyone to me", a participant's "Follow the facilitator"
 * toggle (unavailable while no facilitator shares a view). A projector has its own controls (projector/).
 */
export function FollowControls() {
  const { connection } = useBoard();
  if (connection.role === 'facilitator') return <BringEveryoneButton />;
  if (connection.role === 'participant') return <FollowToggle />;
  return null;
}

function BringEveryoneButton() {
  const { t } = useTranslation();
  const summonEveryone = useUi((s) => s.summonEveryone);
  const showNotice = useUi((s) => s.showNotice);
  return (
    <button
      type="button"
      className="follow-summon"
      title={t('follow.bringEveryoneHint')}
      onClick={() => {
        summonEveryone();
        showNotice(t('follow.broughtEveryone'));
      }}
    >
      {t('follow.bringEveryone')}
    </button>
  );
}

function FollowToggle() {
  const { t } = useTranslation();
  const lead = useLead();
  const following = useUi((s) => s.follow === 'on');
  const setFollow = useUi((s) => s.setFollow);
  return (
    <button
      type="button"
      className="follow-toggle"
      aria-pressed={following}
      disabled={!lead && !following}
      title={lead ? t('follow.followHint') : t('follow.noLead')}
      onClick={() => setFollow(following ? 'off' : 'on')}
    >
      {t('follow.follow')}
    </button>
  );
}

/** After a participant moved their view while following: says so, and offers to follow again (or to stay). */
export function SteppedOutPill() {
  const { t } = useTranslation();
  const steppedOut = useUi((s) => s.follow === 'stepped-out');
  const setFollow = useUi((s) => s.setFollow);
  if (!steppedOut) return null;
  return (
    <div className="follow-pill" role="status" data-testid="stepped-out">
      <span>{t('follow.steppedOut')}</span>
      <button type="button" className="primary" onClick={() => setFollow('on')}>
        {t('follow.followAgain')}
      </button>
      <button type="button" className="follow-pill-dismiss" onClick={() => setFollow('off')}>
        {t('follow.dismiss')}
      </button>
    </div>
  );
}
