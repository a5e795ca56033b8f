import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, initialsOf, nameDecider, removeDecider, type UserId } from '@notevote/board';
import { useBoard, useMeta, usePeople, usePresence } from '../sync/board-context';
import { useDeciders } from './use-ballots';
import { readDeciderCode, deciderCandidates } from './deciders';
import './ballots.css';

/** The select's value for "someone else, by their decider code" (user ids are never empty). */
const BY_CODE = '';

/**
 * The supervote's deciders, in the facilitator's vote rules: who is named (with their initials, and whether they
 * accepted), a button to remove each, and naming one more — a person on the board (on a named board from everyone
 * who joined, online first; on an anonymous board, where nobody's identity is shown, yourself or someone who reads
 * you the decider code their People panel shows) and the name their supervotes will carry, which the facilitator
 * types. Naming never accepts for them: each accepts on their own screen (the rules refuse anything else).
 */
export function DecidersSection() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const deciders = useDeciders();
  const people = usePeople();
  const presence = usePresence();
  const anonymous = useMeta()?.anonymous ?? false;
  const headingId = useId();
  const online = new Set<string>();
  for (const each of presence.values()) if (each.user.id) online.add(each.user.id);
  // Deciders are named by decider id: a user id on a named board, on an anonymous one a tag (see deciderIdFor).
  const me = connection.deciderId;
  if (me) online.add(me);
  const candidates = deciderCandidates({ people, online, deciders, me, anonymous });
  const origin = connection.localOrigin;
  return (
    <section className="deciders" aria-labelledby={headingId} data-testid="deciders">
      <h4 id={headingId}>{t('ballots.deciders.heading')}</h4>
      <p className="field-hint">{t('ballots.deciders.hint')}</p>
      {deciders.size === 0 ? (
        <p className="field-note">{t('ballots.deciders.none')}</p>
      ) : (
        <ul className="deciders-list">
          {[...deciders].map(([userId, decider]) => (
            <li key={userId} data-testid="decider">
              <span>
                {t('ballots.deciders.entry', {
                  name: decider.name,
                  initials: initialsOf(decider.name),
                  status: t(decider.accepted ? 'ballots.deciders.accepted' : 'ballots.deciders.waiting'),
                })}
              </span>
              <button
                type="button"
                aria-label={t('ballots.deciders.removeNamed', { name: decider.name })}
                onClick={() => removeDecider(connection.doc, userId, { origin })}
              >
                {t('ballots.deciders.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <NameDecider
        candidates={candidates}
        byCode={anonymous}
        onName={(userId, name) => nameDecider(connection.doc, userId, name, { origin })}
      />
    </section>
  );
}

/** The form that names one more decider. */
function NameDecider({
  candidates,
  byCode,
  onName,
}: {
  candidates: ReadonlyArray<{ userId: UserId; name: string; self: boolean }>;
  /** Whether people are named by their decider code (an anonymous board shows nobody's identity). */
  byCode: boolean;
  onName: (userId: UserId, name: string) => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string>(candidates[0]?.userId ?? BY_CODE);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [codeInvalid, setCodeInvalid] = useState(false);
  const ids = useId();
  // The person chosen may have been named meanwhile (or left the list): fall back to the first one left.
  const person = candidates.find((each) => each.userId === chosen);
  const selected = person ? person.userId : byCode && chosen === BY_CODE ? BY_CODE : (candidates[0]?.userId ?? BY_CODE);
  const suggested = candidates.find((each) => each.userId === selected)?.name ?? '';
  const shownName = nameTouched ? name : suggested;
  const usingCode = selected === BY_CODE;
  if (!byCode && candidates.length === 0) return <p className="field-note">{t('ballots.deciders.nobody')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const userId = usingCode ? readDeciderCode(code) : selected;
    setCodeInvalid(userId === null);
    if (userId === null || shownName.trim() === '') return;
    onName(userId, shownName);
    setCode('');
    setName('');
    setNameTouched(false);
  };

  return (
    <form className="deciders-form" onSubmit={submit}>
      <label htmlFor={`${ids}-person`}>{t('ballots.deciders.person')}</label>
      <select
        id={`${ids}-person`}
        value={selected}
        onChange={(e) => {
          setChosen(e.target.value);
          setNameTouched(false);
        }}
      >
        {candidates.map((each) => (
          <option key={each.userId} value={each.userId}>
            {/* Oneself by name where names are known ("Fatima (you)"); on an anonymous board, "Yourself". */}
            {each.self
              ? each.name
                ? t('people.you', { name: each.name })
                : t('ballots.deciders.yourself')
              : each.name}
          </option>
        ))}
        {byCode && <option value={BY_CODE}>{t('ballots.deciders.byCode')}</option>}
      </select>
      {usingCode && (
        <>
          <label htmlFor={`${ids}-code`}>{t('ballots.deciders.code')}</label>
          <input
            id={`${ids}-code`}
            value={code}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={codeInvalid}
            aria-describedby={`${ids}-code-hint`}
            onChange={(e) => setCode(e.target.value)}
          />
          <p id={`${ids}-code-hint`} className={codeInvalid ? 'error-text field-note' : 'field-hint'}>
            {t(codeInvalid ? 'ballots.deciders.codeInvalid' : 'ballots.deciders.codeHint')}
          </p>
        </>
      )}
      <label htmlFor={`${ids}-name`}>{t('ballots.deciders.name')}</label>
      <input
        id={`${ids}-name`}
        value={shownName}
        maxLength={LIMITS.nameLength}
        placeholder={t('ballots.deciders.namePlaceholder')}
        onChange={(e) => {
          setName(e.target.value);
          setNameTouched(true);
        }}
      />
      <button type="submit" disabled={shownName.trim() === ''}>
        {t('ballots.deciders.add')}
      </button>
    </form>
  );
}
