import { useEffect, useState } from 'react';

/**
 * Whether the screen is kept awake: 'held'; 'pending' (asked); 'unavailable' (no Wake Lock API, e.g. plain http on a
 * LAN address); 'refused' (the browser said no, e.g. battery saver or a permissions policy, or released it).
 */
export type WakeLockState = 'held' | 'pending' | 'unavailable' | 'refused';

/**
 * Keeps the screen from sleeping while this page is shown (the Screen Wake Lock API). The browser releases the lock
 * whenever the page is hidden, so it is asked for again each time the page is visible. Where the API is missing (an
 * insecure context) this does nothing: the projector works, and the screen may sleep by its own settings.
 */
export function useWakeLock(): WakeLockState {
  const [state, setState] = useState<WakeLockState>(() => (wakeLockApi() ? 'pending' : 'unavailable'));
  useEffect(() => {
    const api = wakeLockApi();
    if (!api) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const acquired = await api.request('screen');
        if (stopped) {
          void acquired.release().catch(() => undefined);
          return;
        }
        sentinel = acquired;
        setState('held');
        acquired.addEventListener('release', () => {
          if (!stopped) setState('refused');
        });
      } catch {
        setState('refused');
      }
    };
    const onVisibility = () => void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    void acquire();
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release().catch(() => undefined);
    };
  }, []);
  return state;
}

/** The Wake Lock API, or null where it is missing (insecure contexts, older browsers). */
function wakeLockApi(): WakeLock | null {
  return typeof navigator !== 'undefined' && 'wakeLock' in navigator && navigator.wakeLock ? navigator.wakeLock : null;
}
