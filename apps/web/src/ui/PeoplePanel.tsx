import { useTranslation } from 'react-i18next';
import { SidePanel } from './SidePanel';
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
    <SidePanel
      id="people"
      title={t('people.heading')}
      closeLabel={t('people.close')}
      onClose={() => togglePanel('people')}
    >
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
    </SidePanel>
  );
}
