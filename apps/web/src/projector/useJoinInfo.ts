import { useEffect, useState } from 'react';
import { readBoardAccess } from '../sync/board-link';
import { fetchJoinInfo, JOIN_REFRESH_MS, type JoinInfo } from './join-info';

/**
 * How to join the board from a phone, asked of the relay with the projector link's token (from the page's fragment)
 * and asked again every JOIN_REFRESH_MS. Null until known, and whenever the relay has no answer for it.
 */
export function useJoinInfo(boardId: string): JoinInfo | null {
  const [info, setInfo] = useState<JoinInfo | null>(null);
  useEffect(() => {
    const { token } = readBoardAccess();
    if (!token) return;
    let stopped = false;
    const load = async () => {
      try {
        const next = await fetchJoinInfo(boardId, token);
        if (!stopped) setInfo((shown) => (JSON.stringify(shown) === JSON.stringify(next) ? shown : next));
      } catch {
        // Offline for a moment: keep showing what was shown; the next round asks again.
      }
    };
    void load();
    const timer = setInterval(() => void load(), JOIN_REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [boardId]);
  return info;
}
