import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../sync/board-context';
import { setSoundWanted, soundSupported, soundWanted, subscribeSound } from './timer-sound';
import './phases.css';

/**
 * This device's choice of a short tone when the timer reaches zero (off by default, remembered on this device).
 * Turning it on is the gesture that lets the browser make sound; if it still will not, a notice says what to do.
 */
export function TimerSoundToggle() {
  const { t } = useTranslation();
  const showNotice = useUi((s) => s.showNotice);
  const on = useSyncExternalStore(subscribeSound, soundWanted);
  if (!soundSupported()) return null;
  return (
    <button
      type="button"
      className="timer-sound"
      aria-pressed={on}
      aria-label={t('timer.sound')}
      title={t('timer.soundHint')}
      onClick={() =>
        void setSoundWanted(!on).then((playable) => {
          if (!playable) showNotice(t('timer.soundBlocked'));
        })
      }
    >
      <SpeakerIcon on={on} />
    </button>
  );
}

/** A speaker, with sound waves when on and struck through when off (drawn here: no icon font, nothing fetched). */
function SpeakerIcon({ on }: { on: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      {on ? (
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" />
      ) : (
        <path d="M16 9l6 6M22 9l-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}
