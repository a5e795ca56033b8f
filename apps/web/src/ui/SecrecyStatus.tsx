import { useTranslation } from 'react-i18next';
import { useBoard, useConnectionState, useSecrecySummary, useSession } from '../sync/board-context';

/**
 * While writing is silent or voting secret, says so to everyone (participants, facilitator, projector) with how much
 * is waiting for the reveal: "Silent writing · 23 private notes from 9 of 12 people". Those who write are also told
 * that their own new notes and dots stay private until the reveal. Empty (and hidden) otherwise; it stays mounted so
 * screen readers announce changes.
 */
export function SecrecyStatus() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const { silentWriting, secretVoting, phase } = useSession();
  const summary = useSecrecySummary();
  const { privateRefusal, status } = useConnectionState();
  const writes = connection.privateDoc !== null;
  const facilitating = connection.role === 'facilitator';
  // In a round the phase banner already tells each person that their notes or dots stay private until the reveal.
  const remind = writes && phase === 'open';
  return (
    <div className="secrecy-status" role="status" aria-label={t('secrecy.label')} data-testid="secrecy-status">
      {silentWriting && (
        <p data-testid="secrecy-writing">
          <span>
            {summary === 'withheld'
              ? `${t('secrecy.writingOn')} · ${t('secrecy.withheld')}`
              : summary
                ? t('secrecy.writing', {
                    count: summary.notes,
                    writers: summary.writers,
                    participants: summary.participants,
                  })
                : t('secrecy.writingOn')}
          </span>
          {remind && <span> {t(facilitating ? 'secrecy.yourNotesFacilitator' : 'secrecy.yourNotes')}</span>}
        </p>
      )}
      {secretVoting && (
        <p data-testid="secrecy-voting">
          <span>
            {summary === 'withheld'
              ? `${t('secrecy.votingOn')} · ${t('secrecy.withheld')}`
              : summary
                ? t('secrecy.voting', { voters: summary.voters, participants: summary.participants })
                : t('secrecy.votingOn')}
          </span>
          {remind && <span> {t(facilitating ? 'secrecy.yourDotsFacilitator' : 'secrecy.yourDots')}</span>}
        </p>
      )}
      {/* When the board itself was refused (e.g. erased), the board says so; the private document adds nothing. */}
      {privateRefusal && status.kind !== 'refused' && (silentWriting || secretVoting) && (
        <p className="error-text" data-testid="secrecy-refused">
          {t('secrecy.privateRefused', { reason: privateRefusal })}
        </p>
      )}
    </div>
  );
}
