import type { ReactNode } from 'react';

/** The frame of a side panel: a labelled region with a heading and a close button. */
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
  return (
    <aside className="side-panel" aria-labelledby={`${id}-heading`}>
      <header className="side-panel-header">
        <h2 id={`${id}-heading`}>{title}</h2>
        <button type="button" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}
