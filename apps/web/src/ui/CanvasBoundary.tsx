import { useTranslation } from 'react-i18next';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { Boundary } from './Boundary';

/** The board canvas in its own error boundary: if it fails, the rest of the screen stays and offers to try again. */
export function CanvasBoundary() {
  const { t } = useTranslation();
  return (
    <Boundary
      name="the board canvas"
      fallback={(retry) => (
        <div className="canvas-overlay error part-failed" role="alert" data-testid="canvas-failed">
          <p>{t('errors.canvas')}</p>
          <button type="button" onClick={retry}>
            {t('errors.retry')}
          </button>
        </div>
      )}
    >
      <BoardCanvas />
    </Boundary>
  );
}
