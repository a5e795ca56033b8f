import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState, useMeta } from '../sync/board-context';

/**
 * The board's title as its page heading shows it, with the browser tab's title kept in step. Until the board has
 * loaded its title is not known yet, so nothing is shown, rather than "Untitled board" for the moment before the real
 * one arrives: on a projector in a lounge, or a phone on slow Wi-Fi, that moment is long enough to be seen.
 */
export function useBoardTitle(): string {
  const { t } = useTranslation();
  const { loaded } = useConnectionState();
  const meta = useMeta();
  const title = meta?.title || (loaded ? t('board.untitled') : '');
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
  return title;
}
