import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Ballot, type DotsOn, type Session } from '@notevote/board';
import type { VoteRules } from '../state/vote-rules-draft';
import { BALLOT_ORDER, ballotFields, rulesSummary, withBallot } from './ballot-choice';
import { DecidersSection } from './DecidersSection';
import './ballots.css';

/**
 * The vote's rules, chosen before the round enters Vote (written with the phase change, through `votingRules`): the
 * round type, each with its one-line explanation, then what that type lets the facilitator set — the dots per person
 * (a heat-map vote may have no limit), stacking, what dots or ratings go on, and for a supervote its deciders.
 */
export function VoteRulesFields({ rules, onChange }: { rules: VoteRules; onChange: (rules: VoteRules) => void }) {
  const { t } = useTranslation();
  const kindName = useId();
  const dotsOnName = useId();
  const fields = ballotFields(rules.ballot);
  const noLimit = fields.budget === 'dots-or-no-limit' && rules.votesPerPerson === 0;
  return (
    <fieldset className="phase-fieldset" data-testid="vote-rules">
      <legend>{t('phases.voteRules.heading')}</legend>
      <fieldset className="phase-fieldset ballot-kinds" data-testid="ballot-kinds">
        <legend>{t('ballots.kinds.heading')}</legend>
        {BALLOT_ORDER.map((ballot: Ballot) => (
          <div key={ballot} className="ballot-kind">
            <label className="checkbox">
              <input
                type="radio"
                name={kindName}
                value={ballot}
                checked={rules.ballot === ballot}
                aria-describedby={`${kindName}-${ballot}`}
                onChange={() => onChange(withBallot(rules, ballot))}
              />
              {t(`ballots.kinds.name.${ballot}`)}
            </label>
            <p id={`${kindName}-${ballot}`} className="field-hint ballot-kind-hint">
              {t(`ballots.kinds.explain.${ballot}`)}
            </p>
          </div>
        ))}
      </fieldset>
      {fields.budget !== null && (
        <>
          <label htmlFor="phase-budget">
            {t(fields.budget === 'supervotes' ? 'ballots.rules.supervotes' : 'phases.voteRules.budget')}
          </label>
          <BudgetInput
            id="phase-budget"
            // With no limit the number waits, greyed, for the box to be unticked.
            value={noLimit ? 5 : rules.votesPerPerson}
            disabled={noLimit}
            onChange={(votesPerPerson) => onChange({ ...rules, votesPerPerson })}
          />
        </>
      )}
      {fields.budget === 'dots-or-no-limit' && (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={noLimit}
              aria-describedby="phase-no-limit-hint"
              onChange={(e) => onChange({ ...rules, votesPerPerson: e.target.checked ? 0 : 5 })}
            />
            {t('ballots.rules.noLimit')}
          </label>
          <p id="phase-no-limit-hint" className="field-hint">
            {t('ballots.rules.noLimitHint', { max: LIMITS.maxDotsPerPerson })}
          </p>
        </>
      )}
      {fields.stacking && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={rules.allowStacking}
            onChange={(e) => onChange({ ...rules, allowStacking: e.target.checked })}
          />
          {t('phases.voteRules.stacking')}
        </label>
      )}
      {rules.ballot === 'heatmap' && <p className="field-note">{t('ballots.rules.heatmapStacks')}</p>}
      {rules.ballot === 'straw-poll' && <p className="field-note">{t('ballots.rules.strawPoll')}</p>}
      <fieldset className="phase-fieldset">
        <legend>{t(rules.ballot === 'agreement' ? 'ballots.rules.rated' : 'phases.voteRules.dotsOn')}</legend>
        {fields.dotsOn.map((dotsOn: DotsOn) => (
          <label key={dotsOn} className="checkbox">
            <input
              type="radio"
              name={dotsOnName}
              value={dotsOn}
              checked={rules.dotsOn === dotsOn}
              onChange={() => onChange({ ...rules, dotsOn })}
            />
            {t(`phases.voteRules.dotsOnOption.${dotsOn}`)}
          </label>
        ))}
      </fieldset>
      {fields.deciders && <DecidersSection />}
    </fieldset>
  );
}

/** A whole number of dots (or supervotes) per person, from 1 to the schema's limit; anything else typed is ignored. */
function BudgetInput(props: { id: string; value: number; disabled: boolean; onChange: (value: number) => void }) {
  return (
    <input
      id={props.id}
      type="number"
      min={1}
      max={LIMITS.maxVotesPerPerson}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => {
        const value = Number(e.target.value);
        if (Number.isInteger(value) && value >= 1 && value <= LIMITS.maxVotesPerPerson) props.onChange(value);
      }}
    />
  );
}

/** The rules of the vote in progress, in one line ("Straw poll · one dot each · Notes only"). */
export function VoteRulesSummary({
  session,
}: {
  session: Pick<Session, 'ballot' | 'votesPerPerson' | 'allowStacking' | 'dotsOn'>;
}) {
  const { t } = useTranslation();
  const summary = rulesSummary(session);
  return (
    <p className="field-note" data-testid="vote-rules-summary">
      {t('phases.voteRules.current', {
        summary: t(summary.key, {
          ...summary.values,
          stacking: t(summary.stacking ? 'phases.voteRules.stackingOn' : 'phases.voteRules.stackingOff'),
          where: t(`phases.voteRules.dotsOnOption.${session.dotsOn}`),
        }),
      })}
    </p>
  );
}
