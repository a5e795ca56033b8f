import { useTranslation } from 'react-i18next';
import { useBoard, useUi } from '../sync/board-context';
import { fitToContent, resetZoom, zoomBy } from './commands';

const percentFormats = new Map<string, Intl.NumberFormat>();

/** "125%", "125 %" in French, with the language's digits. */
function percent(locale = 'en'): Intl.NumberFormat {
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent' })));
  return format;
}

/** Zoom out / level / in, and fit to content. */
export function ZoomControls() {
  const { t, i18n } = useTranslation();
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
        // Named by what it shows ("125%", WCAG 2.5.3); the title says what pressing it does.
        title={t('zoom.reset')}
        onClick={() => resetZoom(board)}
      >
        {percent(i18n.resolvedLanguage).format(scale)}
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
