import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { setPhase, startRound, votingRules, type Phase, type RoundPhase } from '@notevote/board';
import { useBoard, useSession } from '../sync/board-context';
import { useCurrentRound, useRounds } from '../sync/use-rounds';
import { relayNow } from '../sync/relay-time';
import { voteRulesDraft, type VoteRules } from '../state/vote-rules-draft';
import { backWarnings, endRevealsPending, phaseSteps } from './phase-moves';
import { roundName } from './phase-instruction';
import { draftFromSession, rulesAfterRound } from '../ballots/ballot-choice';

/**
 * The facilitator's moves, shared by the panel's controls and the top bar's stepper: start a round, Next, Back (with a
 * confirmation saying what going back cannot undo), end the round. Every move is stamped with the relay's clock, and
 * entering Vote writes the vote's rules chosen beforehand (the draft: round type and settings, turned into session
 * values by the board package's `votingRules`), in the same transaction as the phase.
 */
export function usePhaseMoves() {
  const { t } = useTranslation();
  const { connection, ui } = useBoard();
  const session = useSession();
  const round = useCurrentRound();
  const rounds = useRounds();
  const draftStore = voteRulesDraft(ui);
  const draft = useStore(draftStore, (state) => state.draft);
  const rules: VoteRules = draft ?? draftFromSession(session);
  const steps = phaseSteps(session.phase);
  const stamp = () => ({ now: relayNow(), origin: connection.localOrigin });
  const phaseName = (phase: Phase) => t(`phases.name.${phase}`);

  const goTo = (phase: RoundPhase) => {
    if (phase === 'vote') {
      setPhase(connection.doc, 'vote', { ...stamp(), ...votingRules(rules) });
      draftStore.setState({ draft: null });
    } else {
      setPhase(connection.doc, phase, stamp());
    }
  };

  return {
    phase: session.phase,
    steps,
    /** The number the next round will get. */
    nextRoundNumber: rounds.reduce((highest, each) => Math.max(highest, each.number), 0) + 1,
    /** The rules the next Vote will have: the draft, or the session's current ones. */
    rules,
    setRules: (next: VoteRules) => draftStore.setState({ draft: next }),
    phaseName,
    next: () => {
      if (steps.next) goTo(steps.next);
    },
    back: () => {
      if (!steps.back) return;
      const warnings = backWarnings(session.phase, steps.back);
      const question = [
        t('phases.controls.confirmBack', { phase: phaseName(steps.back) }),
        ...warnings.map((key) => t(key)),
      ];
      if (warnings.length > 0 && !window.confirm(question.join('\n\n'))) return;
      goTo(steps.back);
    },
    end: () => {
      const name = round ? roundName(round, t) : t('phases.results.current');
      if (endRevealsPending(session) && !window.confirm(t('phases.controls.confirmEnd', { round: name }))) return;
      // A round type belongs to its round (which keeps it on record): the open board after it is a dot vote again, as
      // before any round, not an agreement scale or a supervote nobody is running.
      setPhase(connection.doc, 'open', { ...stamp(), ...rulesAfterRound(session.ballot) });
    },
    start: ({ title, phase }: { title: string; phase: 'write' | 'vote' }) => {
      startRound(connection.doc, { ...stamp(), title, phase, ...(phase === 'vote' ? votingRules(rules) : {}) });
      if (phase === 'vote') draftStore.setState({ draft: null });
    },
  };
}
