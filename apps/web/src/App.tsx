import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidBoardId } from '@notevote/board';
import { Landing } from './ui/Landing';
import { Loading } from './ui/Loading';
import { BoardPage } from './ui/BoardPage';
import { eventRouteFromPath } from './events/event-route';
import { lazyPart } from './ui/lazy-part';

/** The event pages: for a sprint's organisers and drop-ins only, so fetched when one is opened. */
const EventRoutes = lazyPart(() => import('./events/EventRoutes').then((module) => module.EventRoutes));

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
  if (eventRoute) {
    return (
      <Suspense fallback={<Loading />}>
        <EventRoutes route={eventRoute} />
      </Suspense>
    );
  }
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
