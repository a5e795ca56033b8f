import { useSyncExternalStore } from 'react';
import { lastSpoken, subscribeSpoken } from './announcer';

/**
 * The page's one polite live region for what happens on the board (see announcer.ts): visually hidden, read by
 * screen readers when its words change. Each message is a new text node, so the same words twice are spoken twice.
 * Mount it once per page (the board screen, the projector screen).
 */
export function Announcer() {
  const { text, serial } = useSyncExternalStore(subscribeSpoken, lastSpoken);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      <span key={serial}>{text}</span>
    </div>
  );
}
