import { useTranslation } from 'react-i18next';
import { SidePanel } from './SidePanel';
import { useBoard, useMeta, usePeople, usePresence, useUi } from '../sync/board-context';
import { DeciderSelf } from '../ballots/DeciderDialog';
import { useDeciders } from '../ballots/use-ballots';

/**
 * Who is on the board. On a named board: everyone who joined, online first. On an anonymous board nobody's name is
 * stored or shown: only how many people are here.
 */
export function PeoplePanel() {
  const { t } = useTranslation();
  const togglePanel = useUi((s) => s.togglePanel);
  const anonymous = useMeta()?.anonymous ?? false;
  return (
    <SidePanel
      id="people"
      title={t('people.heading')}
      closeLabel={t('people.close')}
      onClose={() => togglePanel('people')}
    >
      {anonymous ? <AnonymousPeople /> : <NamedPeople />}
      {/* Supervotes carry a name: a decider sees theirs here; on an anonymous board, the code to be named by. */}
      <DeciderSelf />
    </SidePanel>
  );
}

function AnonymousPeople() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const others = usePresence().size;
  const here = others + (connection.role === 'projector' ? 0 : 1);
  return (
    <>
      <p className="secrecy-hint" data-testid="people-anonymous">
        {t('people.anonymous')}
      </p>
      <p>{t('people.here', { count: here })}</p>
    </>
  );
}

function NamedPeople() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const people = usePeople();
  const presence = usePresence();
  const deciders = useDeciders();
  const me = connection.userId;
  const online = new Set<string>();
  if (me) online.add(me);
  for (const p of presence.values()) if (p.user.id) online.add(p.user.id);
  const entries = [...people.entries()].sort(([a, pa], [b, pb]) => {
    if (a === me || b === me) return a === me ? -1 : 1;
    return Number(online.has(b)) - Number(online.has(a)) || pa.name.localeCompare(pb.name);
  });
  return (
    <ul className="people-list">
      {entries.map(([id, person]) => (
        <li key={id}>
          <span className="person-swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
          <span className="person-name">
            {id === me ? t('people.you', { name: person.name }) : person.name}
            {/* Deciders are named by design: everyone may see who decides (and who was asked). */}
            {deciders.has(id) && (
              <span className="person-decider">
                {' · '}
                {t(deciders.get(id)!.accepted ? 'ballots.people.decider' : 'ballots.people.waiting')}
              </span>
            )}
          </span>
          <span className={online.has(id) ? 'presence-online' : 'presence-away'}>
            {online.has(id) ? t('people.online') : t('people.offline')}
          </span>
        </li>
      ))}
    </ul>
  );
}
