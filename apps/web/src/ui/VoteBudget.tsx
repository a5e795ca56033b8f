import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { spendingIn } from '@notevote/board';
import { useBoard, useSession } from '../sync/board-context';
import { budgetLine } from '../ballots/budget';
import { useMyDecider } from '../ballots/use-ballots';

/**
 * This person's dots left, the round's budget, and the dots (or ratings) they spent. Secret dots spend the same
 * budget as public ones.
 */
export function useVotesLeft(): { left: number; total: number; spent: number } {
  const { connection } = useBoard();
  const session = useSession();
  const me = connection.voterId;
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
  return { left: Math.max(0, session.votesPerPerson - spent), total: session.votesPerPerson, spent };
}

/**
 * "3 of 5 votes left", always visible, in the words of the round type ("4 dots placed · no limit" in a heat-map vote
 * without a budget, "You rated 3 options" on an agreement scale; nothing in a supervote for anyone but its deciders).
 * Not a live region itself: the page's announcer says the votes left after each of this person's votes (see
 * BoardAnnouncements), once.
 */
export function VoteBudget() {
  const { t } = useTranslation();
  const { spent } = useVotesLeft();
  const { ballot, votesPerPerson } = useSession();
  const decider = useMyDecider()?.accepted === true;
  const line = budgetLine({ ballot, votesPerPerson, spent, decider });
  if (!line) return null;
  return (
    <span className="vote-budget" data-testid="vote-budget">
      {t(line.key, line.values)}
    </span>
  );
}
