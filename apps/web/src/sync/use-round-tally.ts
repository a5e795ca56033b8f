import { useMemo } from 'react';
import { computeTally, type RoundId, type Tally } from '@notevote/board';
import { useBoard, useNotes, usePublicVotes, useTally } from './board-context';

/**
 * The tally of the round on show: the live one for the round in progress (kept incrementally), or computed for an
 * earlier round (recomputed only when the public dots change, or a note comes or goes).
 */
export function useRoundTally(round: RoundId | null, current: boolean): Tally {
  const { connection } = useBoard();
  const live = useTally();
  const votes = usePublicVotes();
  const noteCount = useNotes().size;
  const earlier = useMemo(() => {
    // The tally reads the document; the public dots and the number of notes say when it may have changed.
    void votes;
    void noteCount;
    return current ? null : computeTally(connection.doc, { round });
  }, [connection, round, current, votes, noteCount]);
  return earlier ?? live;
}
