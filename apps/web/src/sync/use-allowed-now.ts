import { useMemo, useRef } from 'react';
import type { PhaseAllows } from '@notevote/board';
import { useBoard, useConnectionState, useMeta, useSession } from './board-context';
import { allowedNow } from './permissions';

/**
 * What this person may do right now (write, arrange, vote), re-read when the session, the board's settings or the
 * loaded state change. The same object while the answer is unchanged, so its readers do not re-render for nothing.
 */
export function useAllowedNow(): PhaseAllows {
  const { connection } = useBoard();
  const session = useSession();
  const meta = useMeta();
  const { loaded } = useConnectionState();
  const last = useRef<PhaseAllows | null>(null);
  return useMemo(() => {
    // The session and meta are what the rules read (through the connection's documents).
    void session;
    void meta;
    void loaded;
    const next = allowedNow(connection);
    const previous = last.current;
    if (previous && previous.write === next.write && previous.arrange === next.arrange && previous.vote === next.vote) {
      return previous;
    }
    last.current = next;
    return next;
  }, [connection, session, meta, loaded]);
}
