import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompactLayout } from './useCompactLayout';

/**
 * The frame of a side panel: a labelled region with a heading and a close button. On phones it is a full-width
 * bottom sheet (phone.css), and its close button says "Close" in words.
 */
export function SidePanel({
  id,
  title,
  closeLabel,
  onClose,
  children,
}: {
  id: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const compact = useCompactLayout();
  return (
    <aside className="side-panel" aria-labelledby={`${id}-heading`}>
      <header className="side-panel-header">
        <h2 id={`${id}-heading`}>{title}</h2>
        <button type="button" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
          {compact ? t('phone.close') : '×'}
        </button>
      </header>
      {children}
    </aside>
  );
}
