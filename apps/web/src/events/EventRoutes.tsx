import { useTranslation } from 'react-i18next';
import { CreateEventPage } from './CreateEventPage';
import { DropInPage } from './DropInPage';
import type { EventRoute } from './event-route';
import { EventPage } from './EventPage';

/** The page an event route names (see event-route.ts). */
export function EventRoutes({ route }: { route: EventRoute }) {
  const { t } = useTranslation();
  switch (route.page) {
    case 'create':
      return <CreateEventPage />;
    case 'organiser':
      return <EventPage eventId={route.eventId} />;
    case 'drop-in':
      return <DropInPage code={route.code} />;
    case 'invalid':
      return (
        <main className="page">
          <section className="landing" role="alert">
            <p>{t('events.organiser.invalid')}</p>
            <a href="/">{t('board.home')}</a>
          </section>
        </main>
      );
  }
}
