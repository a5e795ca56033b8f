import { useTranslation } from 'react-i18next';
import { SidePanel } from './SidePanel';
import { LIMITS, setTitle, updateSession } from '@notevote/board';
import { useBoard, useMeta, useSecrecySummary, useSession, useUi } from '../sync/board-context';
import { DeleteBoardSection } from './DeleteBoardSection';
import { AnonymitySetting } from './AnonymitySetting';
import { ShareLinks } from './ShareLinks';
import { ReportSection } from './ReportSection';
import { PhaseControls, VotesPerPersonInput } from './PhaseControls';

/**
 * Facilitator-only settings: rounds, phases and the timebox (PhaseControls, at the top), title, voting rules, silent
 * writing and secret voting with their reveal, the links to share with the join code and its QR code (ShareLinks),
 * the outcome report, and deleting the board. During a round the phase decides the secrecy modes and the vote's
 * rules, so their manual settings show only outside rounds.
 */
export function FacilitatorPanel() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const meta = useMeta();
  const session = useSession();
  const togglePanel = useUi((s) => s.togglePanel);
  const origin = connection.localOrigin;
  // In a round the phase sets the secrecy modes and the vote's rules (PhaseControls); by hand only outside rounds.
  const outsideRounds = session.phase === 'open';
  return (
    <SidePanel
      id="facilitator"
      title={t('facilitator.heading')}
      closeLabel={t('facilitator.close')}
      onClose={() => togglePanel('facilitator')}
    >
      <PhaseControls />
      <div className="settings">
        <label htmlFor="fac-title">{t('facilitator.title')}</label>
        <input
          id="fac-title"
          defaultValue={meta?.title ?? ''}
          maxLength={LIMITS.titleLength}
          onBlur={(e) =>
            e.target.value.trim() !== (meta?.title ?? '') && setTitle(connection.doc, e.target.value, { origin })
          }
        />
        {outsideRounds && (
          <>
            <label htmlFor="fac-votes">{t('facilitator.votesPerPerson')}</label>
            <VotesPerPersonInput
              id="fac-votes"
              min={0}
              value={session.votesPerPerson}
              onChange={(votesPerPerson) => updateSession(connection.doc, { votesPerPerson }, { origin })}
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={session.allowStacking}
                onChange={(e) => updateSession(connection.doc, { allowStacking: e.target.checked }, { origin })}
              />
              {t('facilitator.allowStacking')}
            </label>
          </>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={session.locked}
            onChange={(e) => updateSession(connection.doc, { locked: e.target.checked }, { origin })}
          />
          {t('facilitator.lock')}
        </label>
      </div>
      <AnonymitySetting />
      {outsideRounds && <SecrecySettings />}
      <ShareLinks />
      <ReportSection />
      <DeleteBoardSection />
    </SidePanel>
  );
}

/**
 * Silent writing and secret voting. Turning a mode off is the reveal: the relay moves everything it hid onto the
 * board at once. Next to each mode, how much is waiting (from the relay's public summary, never the content).
 */
function SecrecySettings() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const session = useSession();
  const summary = useSecrecySummary();
  const origin = connection.localOrigin;
  const anyOn = session.silentWriting || session.secretVoting;
  return (
    <section aria-labelledby="fac-secrecy">
      <h3 id="fac-secrecy">{t('facilitator.secrecy')}</h3>
      <div className="settings">
        <ModeToggle
          id="fac-silent"
          label={t('facilitator.silentWriting')}
          hint={t('facilitator.silentWritingHint')}
          checked={session.silentWriting}
          onChange={(on) => updateSession(connection.doc, { silentWriting: on }, { origin })}
          count={
            summary === 'withheld'
              ? t('secrecy.withheld')
              : summary &&
                t('secrecy.pendingNotes', {
                  count: summary.notes,
                  writers: summary.writers,
                  participants: summary.participants,
                })
          }
          countTestId="pending-notes"
        />
        <ModeToggle
          id="fac-secret"
          label={t('facilitator.secretVoting')}
          hint={t('facilitator.secretVotingHint')}
          checked={session.secretVoting}
          onChange={(on) => updateSession(connection.doc, { secretVoting: on }, { origin })}
          count={
            summary === 'withheld'
              ? t('secrecy.withheld')
              : summary &&
                t('secrecy.pendingDots', {
                  count: summary.dots,
                  voters: summary.voters,
                  participants: summary.participants,
                })
          }
          countTestId="pending-dots"
        />
        <button
          type="button"
          className="primary"
          title={t('facilitator.revealHint')}
          disabled={!anyOn}
          onClick={() => updateSession(connection.doc, { silentWriting: false, secretVoting: false }, { origin })}
        >
          {t('facilitator.reveal')}
        </button>
      </div>
    </section>
  );
}

/** One secrecy mode: its checkbox, what turning it off does, and (while on) how much is waiting for the reveal. */
function ModeToggle(props: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  count: string | null;
  countTestId: string;
}) {
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.checked}
          aria-describedby={`${props.id}-hint`}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        {props.label}
      </label>
      <p id={`${props.id}-hint`} className="field-hint">
        {props.hint}
      </p>
      {props.checked && props.count && (
        <p className="field-count" data-testid={props.countTestId}>
          {props.count}
        </p>
      )}
    </>
  );
}
