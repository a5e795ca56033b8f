import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LIMITS,
  ROUND_PHASES,
  extendTimer,
  pauseTimer,
  resumeTimer,
  setRoundTitle,
  setTimerAdvances,
  startTimer,
  stopTimer,
  type Round,
} from '@notevote/board';
import { useBoard, useSecrecySummary, useSession } from '../sync/board-context';
import { useCurrentRound } from '../sync/use-rounds';
import { relayNow } from '../sync/relay-time';
import { VoteRulesFields, VoteRulesSummary } from '../ballots/VoteRulesFields';
import { DecidersSection } from '../ballots/DecidersSection';
import { roundName } from './phase-instruction';
import { parseTimebox } from './timer-text';
import { TimerDisplay } from './TimerDisplay';
import { usePhaseMoves } from './usePhaseMoves';
import { useTimerView } from './use-timer-view';
import './phases.css';

const TIMER_PRESETS_MIN = [1, 3, 5, 10] as const;
const MINUTE_MS = 60_000;

/**
 * The facilitator's controls for running a sprint, at the top of the facilitator panel: start a round (optionally
 * titled; at Write, or at Vote to vote again on what is there), step through its phases (the vote's rules chosen
 * before Vote; going back says what it cannot undo), see the progress counts in Write and Vote, end the round, and
 * run the timebox.
 */
export function PhaseControls() {
  const { t } = useTranslation();
  const { phase } = useSession();
  return (
    <section className="phase-controls" aria-labelledby="phase-controls-heading" data-testid="phase-controls">
      <h3 id="phase-controls-heading">{t('phases.controls.heading')}</h3>
      {phase === 'open' ? <StartRound /> : <RoundInProgress />}
      <TimerControls />
    </section>
  );
}

/** Starting a round: its title, where it starts, and (starting at Vote) the vote's rules. */
function StartRound() {
  const { t } = useTranslation();
  const moves = usePhaseMoves();
  const [title, setTitle] = useState('');
  const [startAt, setStartAt] = useState<'write' | 'vote'>('write');
  const name = useId();
  return (
    <div className="settings">
      <label htmlFor="phase-round-title">{t('phases.controls.roundTitle')}</label>
      <input
        id="phase-round-title"
        value={title}
        maxLength={LIMITS.roundTitleLength}
        placeholder={t('phases.controls.roundTitlePlaceholder')}
        onChange={(e) => setTitle(e.target.value)}
      />
      <fieldset className="phase-fieldset">
        <legend>{t('phases.controls.startAt')}</legend>
        {(['write', 'vote'] as const).map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={name}
              value={value}
              checked={startAt === value}
              onChange={() => setStartAt(value)}
            />
            {t(value === 'write' ? 'phases.controls.startAtWrite' : 'phases.controls.startAtVote')}
          </label>
        ))}
      </fieldset>
      {startAt === 'vote' && <VoteRulesFields rules={moves.rules} onChange={moves.setRules} />}
      <button
        type="button"
        className="primary"
        title={t('phases.controls.startHint')}
        onClick={() => {
          moves.start({ title, phase: startAt });
          setTitle('');
        }}
      >
        {t('phases.controls.start', { number: moves.nextRoundNumber })}
      </button>
    </div>
  );
}

/** A round in progress: its phases, where it stands, the next vote's rules, and the moves. */
function RoundInProgress() {
  const { t } = useTranslation();
  const moves = usePhaseMoves();
  const round = useCurrentRound();
  const session = useSession();
  const { back, next } = moves.steps;
  return (
    <div className="settings">
      {round && <RoundTitle round={round} />}
      <ol className="phase-steps" aria-label={t('phases.controls.steps')}>
        {ROUND_PHASES.map((phase) => (
          <li key={phase} aria-current={phase === moves.phase ? 'step' : undefined}>
            {moves.phaseName(phase)}
          </li>
        ))}
      </ol>
      <PhaseProgress />
      {next === 'vote' && <VoteRulesFields rules={moves.rules} onChange={moves.setRules} />}
      {moves.phase === 'vote' && <VoteRulesSummary session={session} />}
      {/* Deciders may be named, or removed, while they vote too (one who declined, say). */}
      {moves.phase === 'vote' && session.ballot === 'supervote' && <DecidersSection />}
      <div className="phase-moves">
        {back && (
          <button type="button" onClick={moves.back}>
            {t('phases.controls.back', { phase: moves.phaseName(back) })}
          </button>
        )}
        {next && (
          <button
            type="button"
            className="primary"
            aria-describedby="phase-next-hint"
            title={t(`phases.controls.nextHint.${next}`)}
            onClick={moves.next}
          >
            {t('phases.controls.next', { phase: moves.phaseName(next) })}
          </button>
        )}
      </div>
      {next && (
        <p id="phase-next-hint" className="field-note">
          {t(`phases.controls.nextHint.${next}`)}
        </p>
      )}
      <button type="button" title={t('phases.controls.endHint')} onClick={moves.end}>
        {t('phases.controls.end')}
      </button>
    </div>
  );
}

/** The round's title, editable (it names the round in the results and the report). */
function RoundTitle({ round }: { round: Round }) {
  const { t } = useTranslation();
  const { connection } = useBoard();
  return (
    <>
      <p className="phase-round-name" data-testid="phase-round-name">
        {roundName(round, t)}
      </p>
      <label htmlFor="phase-round-rename">{t('phases.controls.rename')}</label>
      <input
        id="phase-round-rename"
        key={round.id}
        defaultValue={round.title}
        maxLength={LIMITS.roundTitleLength}
        onBlur={(e) => {
          if (e.target.value.trim() !== round.title)
            setRoundTitle(connection.doc, round.id, e.target.value, { origin: connection.localOrigin });
        }}
      />
    </>
  );
}

/** How far Write or Vote has got: counts only (from the relay's public summary), never who or what. */
function PhaseProgress() {
  const { t } = useTranslation();
  const { phase } = useSession();
  const summary = useSecrecySummary();
  if ((phase !== 'write' && phase !== 'vote') || !summary) return null;
  const text =
    summary === 'withheld'
      ? t('phases.controls.progressWithheld')
      : phase === 'write'
        ? t('phases.controls.progressWrite', {
            count: summary.notes,
            writers: summary.writers,
            participants: summary.participants,
          })
        : t('phases.controls.progressVote', {
            count: summary.dots,
            voters: summary.voters,
            participants: summary.participants,
          });
  return (
    <p className="phase-progress" data-testid="phase-progress" role="status">
      {text}
    </p>
  );
}

/** A number of dots per person, from `min` to the schema's limit; anything else typed is ignored. */
export function VotesPerPersonInput(props: {
  id: string;
  min: number;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <input
      id={props.id}
      type="number"
      min={props.min}
      max={LIMITS.maxVotesPerPerson}
      value={props.value}
      onChange={(e) => {
        const value = Number(e.target.value);
        if (Number.isInteger(value) && value >= props.min && value <= LIMITS.maxVotesPerPerson) props.onChange(value);
      }}
    />
  );
}

/**
 * The timebox: presets and a custom length (each starts or restarts it), pause/resume, one more minute, stop, and
 * whether the relay moves the round on by itself at zero. Times are the relay's clock.
 */
function TimerControls() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const session = useSession();
  const [custom, setCustom] = useState('');
  const [invalid, setInvalid] = useState(false);
  const stamp = () => ({ now: relayNow(), origin: connection.localOrigin });
  const doc = connection.doc;
  const view = useTimerView();
  const startCustom = () => {
    const ms = parseTimebox(custom);
    setInvalid(ms === null);
    if (ms !== null) startTimer(doc, ms, stamp());
  };
  return (
    <fieldset className="phase-fieldset timer-controls" data-testid="timer-controls">
      <legend>{t('phases.timer.heading')}</legend>
      <TimerDisplay announce={false} />
      <div className="timer-presets">
        {TIMER_PRESETS_MIN.map((minutes) => (
          <button
            key={minutes}
            type="button"
            title={t('phases.timer.presetHint', { count: minutes })}
            onClick={() => startTimer(doc, minutes * MINUTE_MS, stamp())}
          >
            {t('phases.timer.preset', { count: minutes })}
          </button>
        ))}
      </div>
      <label htmlFor="timer-custom">{t('phases.timer.custom')}</label>
      <span className="link-row">
        <input
          id="timer-custom"
          value={custom}
          inputMode="numeric"
          placeholder={t('phases.timer.customPlaceholder')}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'timer-custom-error' : undefined}
          onChange={(e) => setCustom(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && startCustom()}
        />
        <button type="button" onClick={startCustom}>
          {t('phases.timer.start')}
        </button>
      </span>
      {invalid && (
        <p id="timer-custom-error" className="error-text field-note">
          {t('phases.timer.customInvalid')}
        </p>
      )}
      {view.state !== 'idle' && (
        <div className="timer-buttons">
          {view.state === 'running' && (
            <button type="button" onClick={() => pauseTimer(doc, stamp())}>
              {t('phases.timer.pause')}
            </button>
          )}
          {view.state === 'paused' && (
            <button type="button" onClick={() => resumeTimer(doc, stamp())}>
              {t('phases.timer.resume')}
            </button>
          )}
          <button
            type="button"
            title={t('phases.timer.addMinuteHint')}
            onClick={() => extendTimer(doc, MINUTE_MS, stamp())}
          >
            {t('phases.timer.addMinute')}
          </button>
          <button type="button" onClick={() => stopTimer(doc, { origin: connection.localOrigin })}>
            {t('phases.timer.stop')}
          </button>
        </div>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={session.timerAdvances}
          aria-describedby="timer-advances-hint"
          onChange={(e) => setTimerAdvances(doc, e.target.checked, { origin: connection.localOrigin })}
        />
        {t('phases.timer.advances')}
      </label>
      <p id="timer-advances-hint" className="field-hint">
        {t('phases.timer.advancesHint')}
      </p>
    </fieldset>
  );
}
