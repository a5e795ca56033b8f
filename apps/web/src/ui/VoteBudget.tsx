import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { spendingIn } from '@notevote/board';
import { useBoard, useSession } from '../sync/board-context';

/** This person's dots left and the round's budget. Secret dots spend the same budget as public ones. */
export function useVotesLeft(): { left: number; total: number } {
  const { connection } = useBoard();
  const session = useSession();
  const me = connection.userId;
  // Dots change the spending, and so do deleted notes (their dots stop counting).
  const subscribe = useCallback(
    (listener: () => void) => {
      const stopVotes = connection.votes.subscribe(listener);
      const stopNotes = connection.notes.subscribe(listener);
      return () => {
        stopVotes();
        stopNotes();
      };
    },
    [connection],
  );
  const spent = useSyncExternalStore(subscribe, () => (me ? spendingIn(connection.workspace, me).spent : 0));
  return { left: Math.max(0, session.votesPerPerson - spent), total: session.votesPerPerson };
}

/**
 * "3 of 5 votes left", always visible. Not a live region itself: the page's announcer says the votes left after each
 * of this person's votes (see BoardAnnouncements), once.
 */
export function VoteBudget() {
  const { t } = useTranslation();
  const { left, total } = useVotesLeft();
  return (
    <span className="vote-budget" data-testid="vote-budget">
      {t('votes.left', { left, total })}
    </span>
  );
}
