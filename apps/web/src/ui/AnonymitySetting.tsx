import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard, useMeta, useNotes, useSecrecySummary, useVotes } from '../sync/board-context';
import { readBoardAccess, RelayRequestError, setBoardAnonymity } from '../sync/board-link';

/**
 * The board's one anonymity setting. It can change only while the board holds no note or dot (the relay checks that,
 * also for private notes this panel cannot see, and answers 409): what was written under names stays so.
 */
export function AnonymitySetting() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const anonymous = useMeta()?.anonymous ?? false;
  const notes = useNotes();
  const votes = useVotes();
  const summary = useSecrecySummary();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pendingVisible = typeof summary === 'object' && summary !== null && summary.notes + summary.dots > 0;
  const fixed = notes.size > 0 || votes.size > 0 || pendingVisible;

  const change = async (next: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await setBoardAnonymity(connection.boardId, readBoardAccess().token ?? '', next);
    } catch (failure) {
      setError(
        failure instanceof RelayRequestError && failure.status === 409
          ? t('facilitator.anonymousFixed')
          : t('facilitator.anonymousFailed', { message: (failure as Error).message }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="settings">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={anonymous}
          disabled={busy || fixed}
          aria-describedby="fac-anonymous-hint"
          data-testid="anonymous-setting"
          onChange={(e) => void change(e.target.checked)}
        />
        {t('facilitator.anonymous')}
      </label>
      <p id="fac-anonymous-hint" className="field-hint">
        {fixed ? t('facilitator.anonymousFixed') : t('facilitator.anonymousHint')}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
