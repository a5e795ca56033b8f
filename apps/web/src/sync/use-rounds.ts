import { useCallback, useRef, useSyncExternalStore } from 'react';
import { readRounds, roundsMap, type Round } from '@notevote/board';
import { useBoard, useSession } from './board-context';

/** Every round of the board, oldest first, re-read only when a round's record changed. */
export function useRounds(): readonly Round[] {
  const { doc } = useBoard().connection;
  const cache = useRef<{ doc: unknown; stale: boolean; value: readonly Round[] }>({
    doc: null,
    stale: true,
    value: [],
  });
  const subscribe = useCallback(
    (listener: () => void) => {
      const map = roundsMap(doc);
      const onChange = () => {
        cache.current.stale = true;
        listener();
      };
      map.observeDeep(onChange);
      return () => map.unobserveDeep(onChange);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => {
    if (cache.current.stale || cache.current.doc !== doc) cache.current = { doc, stale: false, value: readRounds(doc) };
    return cache.current.value;
  });
}

/** The round in progress, or null outside rounds (or while its record has not arrived). */
export function useCurrentRound(): Round | null {
  const { roundId } = useSession();
  const rounds = useRounds();
  return rounds.find((round) => round.id === roundId) ?? null;
}
