import { useTranslation } from 'react-i18next';
import { refusalMessage } from '../i18n';
import { useConnectionState } from '../sync/board-context';

/**
 * Always-visible connection state: connected, reconnecting, offline, or refused with the server's reason. `compact`
 * (phones) shows only the coloured dot; the words stay for screen readers.
 */
export function ConnectionBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { status } = useConnectionState();
  const text = status.kind === 'refused' ? refusalMessage(status.reason) : t(`status.${status.kind}`);
  return (
    <span
      className={`connection-badge connection-${status.kind}`}
      data-testid="connection-status"
      role="status"
      title={text}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className={compact ? 'visually-hidden' : 'connection-text'}>{text}</span>
    </span>
  );
}
