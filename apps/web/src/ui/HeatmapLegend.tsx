import { useTranslation } from 'react-i18next';
import { useUi } from '../sync/board-context';
import { useViewedRound } from '../sync/use-viewed-round';
import { heatmapGradient } from './heatmap-gradient';
import { uiDirection } from '../i18n';
import './heatmap-legend.css';

/**
 * The heatmap's key, "Fewer dots" → "More dots" with the ramp between them, shown whenever the heatmap is (on the
 * board and in the projector view). Real text, so screen readers read it and it mirrors in right-to-left layouts; the
 * bar runs in the reading direction.
 */
export function HeatmapLegend() {
  const { t } = useTranslation();
  const visible = useUi((s) => s.heatmapVisible);
  // The same condition as the heatmap layer: a round's heat is shown only once its results may be.
  const { shown } = useViewedRound();
  if (!visible || !shown) return null;
  return (
    <div className="heatmap-legend" role="group" aria-label={t('heatmapLegend.label')} data-testid="heatmap-legend">
      <span>{t('heatmapLegend.fewer')}</span>
      <span
        className="heatmap-legend-bar"
        role="img"
        aria-label={t('heatmapLegend.colours')}
        style={{ backgroundImage: heatmapGradient(uiDirection()) }}
      />
      <span>{t('heatmapLegend.more')}</span>
    </div>
  );
}
