import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimerView } from '@notevote/board';
import { relayNow } from '../sync/relay-time';
import { timerAnnouncement, timerFace, timerLabel } from './timer-text';
import { playTimeUp } from './timer-sound';
import { useTimerView } from './use-timer-view';
import { announcer } from './announcer';
import './phases.css';

export interface TimerDisplayProps {
  /** `large` for the projector, `compact` for the phone's status line. */
  size?: 'normal' | 'large' | 'compact';
  /**
   * Whether this display speaks for the page: the polite announcements at one minute and at zero, and the optional
   * sound. One display per page should (the banner's); a second one (the facilitator's controls) stays quiet.
   */
  announce?: boolean;
}

/**
 * The timebox's remaining time, the same on every device (it reads the relay's clock): an element with
 * `role="timer"` whose accessible name is the time in words ("3 minutes 12 seconds left"). Screen readers are not told
 * every second (`aria-live="off"`); the page's announcer says "One minute left" and "Time's up". Paused, it says
 * so; at zero it turns red and pulses gently, and (if this device asked for it) plays a short tone. Nothing is shown
 * while no timebox is set.
 */
export function TimerDisplay({ size = 'normal', announce = true }: TimerDisplayProps) {
  const { t, i18n } = useTranslation();
  const view = useTimerView();
  useAnnouncement(view, announce);
  return (
    <span className={`timer timer-${size} timer-${view.state}`} data-testid="timer" data-state={view.state}>
      {view.state !== 'idle' && (
        <>
          <span role="timer" aria-live="off" aria-label={timerLabel(view, t)} className="timer-face">
            {timerFace(view, i18n.resolvedLanguage)}
          </span>
          {view.state === 'paused' && (
            <span className="timer-tag" aria-hidden="true">
              {t('timer.paused')}
            </span>
          )}
          {view.state === 'expired' && (
            <span className="timer-tag" aria-hidden="true">
              {t('timer.up')}
            </span>
          )}
        </>
      )}
    </span>
  );
}

/**
 * Hands the moments worth announcing ("One minute left", "Time's up") to the page's one polite live region, and plays
 * the tone at zero.
 */
function useAnnouncement(view: TimerView, announce: boolean): void {
  const { t } = useTranslation();
  const previous = useRef<TimerView | null>(null);
  // What the person sees changes at most once a second: that is when to compare with what they saw before.
  const seen = `${view.state} ${timerFace(view)}`;
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  });
  useEffect(() => {
    const now = latest.current;
    const moment = timerAnnouncement(previous.current, now, relayNow());
    previous.current = now;
    if (!announce) return;
    if (moment === 'zero') {
      announcer.say('timer', t('timer.up'));
      playTimeUp();
    } else if (moment === 'one-minute') {
      announcer.say('timer', t('timer.oneMinute'));
    }
  }, [seen, announce, t]);
}
