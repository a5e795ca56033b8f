import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard, useNotes, useSession, useUi } from '../sync/board-context';
import { selectedCluster } from '../sync/cluster-membership';
import { mayArrangeCluster } from '../sync/cluster-permissions';
import { groupSelection, ungroupSelection } from './cluster-commands';

/**
 * "Group" (the selected notes into a new cluster) and "Ungroup" (the selected cluster), in the toolbar. Offered only
 * while this person may arrange the board (the rules: a phase or a lock can close it).
 */
export function ClusterTools() {
  const { t } = useTranslation();
  const board = useBoard();
  const notes = useNotes();
  const selection = useUi((s) => s.selection);
  // Re-rendered when the session changes, so a phase that closes arranging takes the buttons away.
  useSession();
  const cluster = useMemo(() => selectedCluster(selection, notes), [selection, notes]);
  if (!mayArrangeCluster(board.connection, cluster ?? 'new').ok) return null;
  return (
    <>
      <button
        type="button"
        aria-label={t('clusters.group')}
        title={t('clusters.groupHint')}
        disabled={selection.size === 0 || cluster !== null}
        onClick={() => groupSelection(board)}
      >
        {t('clusters.group')}
      </button>
      <button
        type="button"
        aria-label={t('clusters.ungroup')}
        title={t('clusters.ungroupHint')}
        disabled={cluster === null}
        onClick={() => ungroupSelection(board)}
      >
        {t('clusters.ungroup')}
      </button>
    </>
  );
}
