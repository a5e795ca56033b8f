import { useEffect, useState } from 'react';

/**
 * True while someone uses the mouse or the keyboard, and for `idleMs` after: the projector shows its few controls
 * (and the pointer) only then, so the big screen shows nothing but the board the rest of the time.
 */
export function useRecentActivity(idleMs: number): boolean {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onActivity = () => {
      setActive(true);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setActive(false), idleMs);
    };
    const events = ['pointermove', 'pointerdown', 'keydown', 'wheel'] as const;
    for (const event of events) window.addEventListener(event, onActivity, { passive: true });
    return () => {
      if (timer) clearTimeout(timer);
      for (const event of events) window.removeEventListener(event, onActivity);
    };
  }, [idleMs]);
  return active;
}
