import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@notevote/board';
import { useBoard, useNotes, useUi } from '../sync/board-context';
import { useClusters } from '../sync/use-clusters';
import { renameClusterTo } from '../sync/cluster-actions';
import { frameOf, framesOf } from '../canvas/cluster-frames';
import { labelLayout } from '../canvas/cluster-style';
import { NOTE_FONT_FAMILY } from '../canvas/text-fit';
import { boardToScreen } from '../canvas/viewport';
import './clusters.css';

/**
 * Renaming a cluster in place: an HTML input laid over its label band, like the note editor over a note. Each
 * keystroke renames the cluster, so others see the name as it is typed; Enter, Escape or a click elsewhere finishes.
 */
export function ClusterNameEditor() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const clusterId = useUi((s) => s.renamingClusterId);
  const startRenaming = useUi((s) => s.startRenaming);
  const viewport = useUi((s) => s.viewport);
  const notes = useNotes();
  const clusters = useClusters();
  const frame = clusterId ? frameOf(framesOf(notes), clusterId) : undefined;
  const ref = useRef<HTMLInputElement>(null);

  // A cluster ungrouped (or undone) while its name is open: nothing left to rename.
  useEffect(() => {
    if (clusterId && !frame) startRenaming(null);
  }, [clusterId, frame, startRenaming]);

  useLayoutEffect(() => {
    if (!clusterId) return;
    ref.current?.focus({ preventScroll: true });
    ref.current?.select();
  }, [clusterId]);

  if (!clusterId || !frame) return null;
  const { name, fontSize } = labelLayout(frame.label, viewport.scale, null);
  const topLeft = boardToScreen(viewport, name);
  return (
    <input
      // A new input per cluster, so its starting value is that cluster's name.
      key={clusterId}
      ref={ref}
      className="cluster-name-editor"
      aria-label={t('clusters.nameLabel')}
      placeholder={t('clusters.unnamed')}
      defaultValue={clusters.get(clusterId)?.name ?? ''}
      maxLength={LIMITS.clusterNameLength}
      spellCheck
      dir="auto"
      // Physical left/top on purpose: it sits over a canvas point, and canvas coordinates do not flip in RTL.
      style={{
        left: topLeft.x,
        top: topLeft.y,
        width: name.width * viewport.scale,
        height: name.height * viewport.scale,
        fontSize: fontSize * viewport.scale,
        fontFamily: NOTE_FONT_FAMILY,
      }}
      onChange={(e) => renameClusterTo(connection, clusterId, e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'Escape') {
          e.preventDefault();
          startRenaming(null);
        }
        e.stopPropagation();
      }}
      onBlur={() => startRenaming(null)}
    />
  );
}
