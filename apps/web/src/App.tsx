import { useTranslation } from 'react-i18next';
import { isValidBoardId } from '@notevote/board';
import { Landing } from './ui/Landing';
import { BoardPage } from './ui/BoardPage';
import { eventRouteFromPath } from './events/event-route';
import { EventRoutes } from './events/EventRoutes';

/** The board id in a `/b/<boardId>` path, 'invalid' for a malformed one, or null on any other page. */
export function boardIdFromPath(pathname: string): string | 'invalid' | null {
  const match = /^\/b\/([^/]*)\/?$/.exec(pathname);
  if (!match) return null;
  const id = decodeURIComponent(match[1] ?? '');
  return isValidBoardId(id) ? id : 'invalid';
}

export function App() {
  const { t } = useTranslation();
  const eventRoute = eventRouteFromPath(window.location.pathname);
  if (eventRoute) return <EventRoutes route={eventRoute} />;
  const boardId = boardIdFromPath(window.location.pathname);
  if (boardId === null) return <Landing />;
  if (boardId === 'invalid') {
    return (
      <main className="page">
        <section className="landing" role="alert">
          <p>{t('board.invalidId')}</p>
          <a href="/">{t('board.home')}</a>
        </section>
      </main>
    );
  }
  return <BoardPage boardId={boardId} />;
}
