import { useTranslation } from 'react-i18next';
import { useBoard } from '../sync/board-context';
import { useCurrentRound } from '../sync/use-rounds';
import { roundName } from './phase-instruction';
import { usePhaseMoves } from './usePhaseMoves';
import './phases.css';

/**
 * The facilitator's phase stepper in the top bar, so a round can be run without the panel open: Back, the phase, and
 * Next (or End the round after Discuss); outside rounds, Start a round (at Write, with the vote's rules chosen in the
 * panel, or the last vote's). Confirmations are the panel's (usePhaseMoves).
 */
export function PhaseStepper() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const round = useCurrentRound();
  const moves = usePhaseMoves();
  if (connection.role !== 'facilitator') return null;
  const { back, next } = moves.steps;
  return (
    <div className="phase-stepper" role="group" aria-label={t('phases.controls.stepper')} data-testid="phase-stepper">
      {moves.phase === 'open' ? (
        <button
          type="button"
          title={t('phases.controls.startShortHint', { number: moves.nextRoundNumber })}
          onClick={() => moves.start({ title: '', phase: 'write' })}
        >
          {t('phases.controls.startShort')}
        </button>
      ) : (
        <>
          <button
            type="button"
            className="phase-stepper-back"
            disabled={!back}
            aria-label={back ? t('phases.controls.back', { phase: moves.phaseName(back) }) : undefined}
            title={back ? t('phases.controls.back', { phase: moves.phaseName(back) }) : undefined}
            onClick={moves.back}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <span className="phase-stepper-current" title={round ? roundName(round, t) : undefined}>
            {moves.phaseName(moves.phase)}
          </span>
          {next ? (
            <button
              type="button"
              className="primary"
              title={t(`phases.controls.nextHint.${next}`)}
              onClick={moves.next}
            >
              {t('phases.controls.next', { phase: moves.phaseName(next) })}
            </button>
          ) : (
            <button type="button" title={t('phases.controls.endHint')} onClick={moves.end}>
              {t('phases.controls.end')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
