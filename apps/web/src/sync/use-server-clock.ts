import { useEffect, useSyncExternalStore } from 'react';
import { useBoard } from './board-context';
import { resyncOnReconnect, serverClockOffset, subscribeServerClock } from './server-clock';

/**
 * The estimated offset of the relay's clock from this device's (ms to add; null before the first answer), re-rendering
 * when it changes. While mounted, the estimate is also renewed whenever the board's connection comes back. Read the
 * time itself with `serverNow()`.
 */
export function useServerClockOffset(): number | null {
  const { connection } = useBoard();
  useEffect(() => resyncOnReconnect(connection), [connection]);
  return useSyncExternalStore(subscribeServerClock, serverClockOffset);
}
