import { useTranslation } from 'react-i18next';
import { useBoard, usePeople, usePresence, useUi } from '../sync/board-context';

/** Everyone who joined the board, online first. */
export function PeoplePanel() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const people = usePeople();
  const presence = usePresence();
  const togglePanel = useUi((s) => s.togglePanel);
  const me = connection.identity.userId;
  const online = new Set<string>([me, ...[...presence.values()].map((p) => p.user.id)]);
  const entries = [...people.entries()].sort(([a, pa], [b, pb]) => {
    if (a === me || b === me) return a === me ? -1 : 1;
    return Number(online.has(b)) - Number(online.has(a)) || pa.name.localeCompare(pb.name);
  });
  return (
    <aside className="side-panel" aria-labelledby="people-heading">
      <header className="side-panel-header">
        <h2 id="people-heading">{t('people.heading')}</h2>
        <button
          type="button"
          aria-label={t('people.close')}
          title={t('people.close')}
          onClick={() => togglePanel('people')}
        >
          ×
        </button>
      </header>
      <ul className="people-list">
        {entries.map(([id, person]) => (
          <li key={id}>
            <span className="person-swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
            <span className="person-name">{id === me ? t('people.you', { name: person.name }) : person.name}</span>
            <span className={online.has(id) ? 'presence-online' : 'presence-away'}>
              {online.has(id) ? t('people.online') : t('people.offline')}
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
