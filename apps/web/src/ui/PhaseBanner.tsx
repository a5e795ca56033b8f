import { useTranslation } from 'react-i18next';
import { timerView, type Phase } from '@notevote/board';
import { useBoard, useSession } from '../sync/board-context';
import { useCurrentRound } from '../sync/use-rounds';
import { relayNow } from '../sync/relay-time';
import { audienceOf, bannerShown, phaseInstruction, roundName } from './phase-instruction';
import { TimerDisplay } from './TimerDisplay';
import { TimerSoundToggle } from './TimerSoundToggle';
import { useMyDecider } from '../ballots/use-ballots';
import './phases.css';

export interface PhaseBannerProps {
  /**
   * `normal` over the board; `large` for a projector seen from across a room; `compact` for the phone's status line
   * (one or two short lines).
   */
  size?: 'normal' | 'large' | 'compact';
}

/**
 * Where the sprint is, for everyone: the round (number and title), the phase, one line saying what this person does
 * now (by role: participant, facilitator, or the room on a projector), and the timebox. The open board shows no
 * banner unless a timebox is set. A phase change is announced to screen readers by the page's announcer (with this
 * line), not by the banner itself, so it is said once; the timer announces itself at one minute and at zero.
 */
export function PhaseBanner({ size = 'normal' }: PhaseBannerProps) {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const session = useSession();
  const round = useCurrentRound();
  const decider = useMyDecider()?.accepted === true;
  // Idle or not does not depend on the moment: any clock will do here; the timer reads the relay's.
  if (!bannerShown(session.phase, timerView(session, relayNow()))) return null;
  const instruction = phaseInstruction(session.phase, audienceOf(connection.role), session, { decider });
  const instructionText = instruction ? t(instruction.key, instruction.values) : null;
  return (
    <section
      className={`phase-banner phase-banner-${size} phase-${session.phase}`}
      aria-label={t('phases.bannerLabel')}
      data-testid="phase-banner"
      data-phase={session.phase}
    >
      <div className="phase-banner-text">
        {session.phase !== 'open' && (
          <p className="phase-banner-heading">
            {round && <span className="phase-round">{roundName(round, t)}</span>}
            <strong className="phase-name" data-testid="phase-name">
              {t(`phases.name.${session.phase satisfies Phase}`)}
            </strong>
          </p>
        )}
        {instructionText && (
          <p className="phase-instruction" data-testid="phase-instruction" title={instructionText}>
            {instructionText}
          </p>
        )}
      </div>
      <span className="phase-banner-timer">
        <TimerDisplay size={size} />
        {/* The projector has nothing to click: the tone is for the screens people hold. */}
        {size !== 'large' && (session.timerEndsAt !== null || session.timerPausedMs !== null) ? (
          <TimerSoundToggle />
        ) : null}
      </span>
    </section>
  );
}
