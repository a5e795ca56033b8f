import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard, useSession } from '../sync/board-context';

/** "3 of 5 votes left", always visible. */
export function VoteBudget() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const session = useSession();
  const me = connection.identity.userId;
  const subscribe = useCallback((listener: () => void) => connection.tally.subscribe(() => listener()), [connection]);
  const left = useSyncExternalStore(subscribe, () =>
    Math.max(0, session.votesPerPerson - connection.tally.spentBy(me)),
  );
  return (
    <span className="vote-budget" data-testid="vote-budget" aria-live="polite">
      {t('votes.left', { left, total: session.votesPerPerson })}
    </span>
  );
}
