import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Boundary } from './Boundary';
import { SidePanel } from './SidePanel';
import { useUi } from '../sync/board-context';
import { Loading } from './Loading';

type Panel = 'results' | 'people' | 'facilitator';

/**
 * A side panel that fails alone: if it throws, the same frame (title, close button) says so in one line with a
 * "Try again" button, and the board, the toolbar and the other panels keep working. A panel whose code is still being
 * fetched (ui/lazy-part.tsx) shows the same frame, saying it is loading.
 */
export function PanelBoundary({
  panel,
  title,
  closeLabel,
  children,
}: {
  panel: Panel;
  title: string;
  closeLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const togglePanel = useUi((s) => s.togglePanel);
  return (
    <Boundary
      name={`the ${panel} panel`}
      fallback={(retry) => (
        <SidePanel id={panel} title={title} closeLabel={closeLabel} onClose={() => togglePanel(panel)}>
          <div className="part-failed" role="alert" data-testid="panel-failed">
            <p>{t('errors.panel')}</p>
            <button type="button" onClick={retry}>
              {t('errors.retry')}
            </button>
          </div>
        </SidePanel>
      )}
    >
      <Suspense
        fallback={
          <SidePanel id={panel} title={title} closeLabel={closeLabel} onClose={() => togglePanel(panel)}>
            <Loading />
          </SidePanel>
        }
      >
        {children}
      </Suspense>
    </Boundary>
  );
}
