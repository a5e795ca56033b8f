import { useCallback, useEffect, useRef, useState } from 'react';
import { RelayRequestError } from '../sync/board-link';
import { EVENT_REFRESH_MS, fetchEvent, type EventAnswer } from './event-api';

/** Why the page shows no fresh answer: the relay refused the link (stop asking), or did not answer (ask again). */
export type EventProblem = { kind: 'refused' | 'unreachable'; message: string };

/**
 * The organiser's view of the event, asked of the relay now and every EVENT_REFRESH_MS, so the teams' counts and
 * phases follow their rooms within seconds. A refused link (replaced, or not this event's) stops the asking; a
 * failed request keeps the last answer on screen and tries again. `refresh` asks at once (after adding a team).
 */
export function useEventAnswer(eventId: string, token: string) {
  const [answer, setAnswer] = useState<EventAnswer | null>(null);
  const [problem, setProblem] = useState<EventProblem | null>(null);
  const stopped = useRef(false);

  const load = useCallback(async () => {
    if (stopped.current) return;
    try {
      const next = await fetchEvent(eventId, token);
      if (stopped.current) return;
      setAnswer((shown) => (JSON.stringify(shown) === JSON.stringify(next) ? shown : next));
      setProblem(null);
    } catch (failure) {
      if (stopped.current) return;
      const message = (failure as Error).message;
      const refused = failure instanceof RelayRequestError && (failure.status === 401 || failure.status === 404);
      if (refused) stopped.current = true;
      setProblem({ kind: refused ? 'refused' : 'unreachable', message });
    }
  }, [eventId, token]);

  useEffect(() => {
    stopped.current = false;
    void load();
    const timer = setInterval(() => void load(), EVENT_REFRESH_MS);
    return () => {
      stopped.current = true;
      clearInterval(timer);
    };
  }, [load]);

  return { answer, problem, refresh: load };
}
