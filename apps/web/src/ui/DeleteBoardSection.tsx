import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard, useMeta } from '../sync/board-context';
import { deleteBoard, readBoardAccess } from '../sync/board-link';

/**
 * The facilitator's "Delete this board": erases the board from the server for good, after a confirmation that says
 * what is lost. Everyone else on the board is disconnected and told why; this tab goes to the start page.
 */
export function DeleteBoardSection() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const meta = useMeta();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const erase = async () => {
    if (!window.confirm(t('facilitator.deleteConfirm', { title: meta?.title || t('board.untitled') }))) return;
    setBusy(true);
    setError(null);
    try {
      await deleteBoard(connection.boardId, readBoardAccess().token ?? '');
      window.location.assign('/?deleted');
    } catch (failure) {
      setError(t('facilitator.deleteFailed', { message: (failure as Error).message }));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="fac-delete" className="danger-zone">
      <h3 id="fac-delete">{t('facilitator.deleteHeading')}</h3>
      <p className="field-note">{t('facilitator.deleteExplain')}</p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <button type="button" className="danger" disabled={busy} onClick={() => void erase()}>
        {t('facilitator.deleteButton')}
      </button>
    </section>
  );
}
