import { useTranslation } from 'react-i18next';
import { useBoard, useUi } from '../sync/board-context';
import { fitToContent, resetZoom, zoomBy } from './commands';

/** Zoom out / level / in, and fit to content. */
export function ZoomControls() {
  const { t } = useTranslation();
  const board = useBoard();
  const scale = useUi((s) => s.viewport.scale);
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoom.level')}>
      <button type="button" aria-label={t('zoom.out')} title={t('zoom.out')} onClick={() => zoomBy(board, 1 / 1.25)}>
        −
      </button>
      <button
        type="button"
        className="zoom-level"
        data-testid="zoom-level"
        aria-label={t('zoom.reset')}
        title={t('zoom.reset')}
        onClick={() => resetZoom(board)}
      >
        {Math.round(scale * 100)}%
      </button>
      <button type="button" aria-label={t('zoom.in')} title={t('zoom.in')} onClick={() => zoomBy(board, 1.25)}>
        +
      </button>
      <button type="button" aria-label={t('zoom.fit')} title={t('zoom.fit')} onClick={() => fitToContent(board)}>
        ⤢
      </button>
    </div>
  );
}
