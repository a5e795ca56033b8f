import { useEffect } from 'react';
import { useUi } from '../sync/board-context';

const NOTICE_MS = 4_000;

/** A short message (e.g. why a vote was refused), announced to screen readers and dismissed after a few seconds. */
export function Notice() {
  const notice = useUi((s) => s.notice);
  const showNotice = useUi((s) => s.showNotice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => showNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, showNotice]);
  return (
    <div className="notice" role="status" data-testid="notice" aria-live="polite">
      {notice}
    </div>
  );
}
