import { useSyncExternalStore } from 'react';

/**
 * When the board switches to its phone layout (compact top bar, bottom action bar, panels as bottom sheets): a narrow
 * window, or a touch screen too short for the desktop bars (a phone held sideways). One query, so the layout never
 * depends on guessing the device; a tablet or a wide window keeps the desktop layout.
 */
export const COMPACT_LAYOUT_QUERY = '(max-width: 640px), (pointer: coarse) and (max-height: 500px)';

function subscribe(listener: () => void): () => void {
  const query = window.matchMedia(COMPACT_LAYOUT_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

const isCompact = () => window.matchMedia(COMPACT_LAYOUT_QUERY).matches;

/** Whether the phone layout applies now; follows rotation and window resizes. */
export function useCompactLayout(): boolean {
  return useSyncExternalStore(subscribe, isCompact, () => false);
}
