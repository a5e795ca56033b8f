import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoteNames } from '../sketches/use-note-names';
import { LIMITS, RATINGS, type ClusterId, type RatingTally, type RoundId, type Tally } from '@notevote/board';
import { useBoard, useMeta, useNotes, useUi } from '../sync/board-context';
import { useClusters } from '../sync/use-clusters';
import { showNote } from '../ui/commands';
import { showCluster } from '../ui/cluster-commands';
import { clusterLabel } from '../ui/cluster-names';
import { RATING_COLORS, agreementOrder, distributionText, ratingSegments } from './ratings';
import { spreadText } from './spread';
import { useRoundDecisions, useRoundRatings } from './use-ballots';
import './ballots.css';

const CLUSTER_KEY = 'cluster:';

/** What a note or cluster key (`stackKey`) is called in the results, and how to show it on the board. */
export function useOptionNames(): (key: string) => { label: string; show: (() => void) | null } {
  const { t } = useTranslation();
  const { nameOf } = useNoteNames();
  const board = useBoard();
  const notes = useNotes();
  const clusters = useClusters();
  return (key) => {
    if (key.startsWith(CLUSTER_KEY)) {
      const clusterId: ClusterId = key.slice(CLUSTER_KEY.length);
      return {
        label: clusterLabel(clusters, clusterId, t('clusters.unnamed')),
        show: () => showCluster(board, clusterId),
      };
    }
    const note = notes.get(key);
    return {
      label: nameOf(note),
      show: note ? () => showNote(board, key) : null,
    };
  };
}

/**
 * A supervote's decisions, shown apart from everyone's dots and first: each decider's name and initials (named by
 * design: each accepted that before voting) and what they chose, in the order they chose it. `size` `large` on the
 * projector.
 */
export function DecisionsBlock({ round, size = 'normal' }: { round: RoundId | null; size?: 'normal' | 'large' }) {
  const { t } = useTranslation();
  const decisions = useRoundDecisions(round, true);
  const nameOf = useOptionNames();
  const headingId = useId();
  return (
    <section
      className={`decisions decisions-${size}`}
      aria-labelledby={headingId}
      data-testid={size === 'large' ? 'projector-decisions' : 'decisions'}
    >
      <h3 id={headingId}>{t('ballots.results.decisions')}</h3>
      {size === 'normal' && <p className="field-hint">{t('ballots.results.decisionsNamed')}</p>}
      {decisions.length === 0 ? (
        <p className="empty-hint">{t('ballots.results.noDecisions')}</p>
      ) : (
        <ul className="decisions-list">
          {decisions.map((decision) => (
            <li key={decision.deciderId} data-testid="decision">
              <span className="decider-mark" aria-hidden="true">
                {decision.initials}
              </span>
              <div className="decision-body">
                <p className="decision-who">
                  {t('ballots.results.decider', {
                    name: decision.name ?? t('ballots.results.formerDecider'),
                    initials: decision.initials,
                  })}
                </p>
                <ol className="decision-choices">
                  {decision.targets.map((key, index) => {
                    const { label, show } = nameOf(key);
                    return (
                      <li key={`${key}-${index}`}>
                        {show && size === 'normal' ? (
                          <button
                            type="button"
                            className="link-button"
                            aria-label={t('results.goTo', { text: label })}
                            onClick={show}
                          >
                            {label}
                          </button>
                        ) : (
                          <span>{label}</span>
                        )}
                      </li>
                    );
                  })}
                </ol>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One option's ratings as a stacked bar, its numbers in text beside it (and for screen readers, the text alone). */
export function DistributionBar({ tally }: { tally: Pick<RatingTally, 'counts'> }) {
  const { t } = useTranslation();
  const segments = ratingSegments(tally);
  return (
    <span className="distribution">
      <span className="distribution-bar" aria-hidden="true">
        {segments.map((segment) => (
          <span
            key={segment.rating}
            className="distribution-segment"
            data-rating={segment.rating}
            style={{ flexGrow: segment.count, backgroundColor: RATING_COLORS[segment.rating] }}
          />
        ))}
      </span>
      <span className="distribution-text" data-testid="distribution">
        {distributionText(t, tally)}
      </span>
    </span>
  );
}

/** The colours of the distribution bars, named, once above them. */
export function RatingLegend() {
  const { t } = useTranslation();
  return (
    <ul className="rating-legend" aria-label={t('ballots.results.legend')}>
      {RATINGS.map((rating) => (
        <li key={rating}>
          <span className="rating-swatch" aria-hidden="true" style={{ backgroundColor: RATING_COLORS[rating] }} />
          {t(`ballots.rate.names.${rating}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * An agreement vote's results: every rated option (notes and clusters), most agreed first, each with its distribution
 * bar and numbers, or — on an anonymous board with fewer than three people behind it — only how many ratings it got.
 */
export function AgreementResults({ round, limit }: { round: RoundId | null; limit?: number }) {
  const { t } = useTranslation();
  const anonymous = useMeta()?.anonymous ?? false;
  const ratings = useRoundRatings(round, true);
  const nameOf = useOptionNames();
  const entries = agreementOrder(ratings, anonymous);
  if (entries.length === 0) return <p className="empty-hint">{t('ballots.results.noRatings')}</p>;
  const withheld = entries.some((entry) => !entry.shown);
  return (
    <section className="agreement-results" data-testid="agreement-results">
      <h3>{t('ballots.results.agreementHeading')}</h3>
      <RatingLegend />
      <ol className="results-list agreement-list">
        {entries.slice(0, limit).map(({ key, tally, shown }) => {
          const { label, show } = nameOf(key);
          return (
            <li key={key} data-testid="agreement-result">
              <div className="agreement-option">
                {show && limit === undefined ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('results.goTo', { text: label })}
                    onClick={show}
                  >
                    {label}
                  </button>
                ) : (
                  <span className="agreement-label">{label}</span>
                )}
                {shown ? (
                  <DistributionBar tally={tally} />
                ) : (
                  <span className="result-votes">{t('ballots.results.ratings', { count: tally.raters })}</span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {withheld && <p className="field-hint">{t('ballots.results.withheld', { count: LIMITS.minBreakdownGroup })}</p>}
    </section>
  );
}

/**
 * A heat-map vote's results: the heatmap is the result (a button shows it), and per note how many dots from how many
 * people — without ranks, since a heat-map vote says where the interest lies, not which note won.
 */
export function HeatmapResults({ tally }: { tally: Tally }) {
  const { t } = useTranslation();
  const { nameOf } = useNoteNames();
  const board = useBoard();
  const notes = useNotes();
  const anonymous = useMeta()?.anonymous ?? false;
  const heatmapVisible = useUi((s) => s.heatmapVisible);
  const setHeatmapVisible = useUi((s) => s.setHeatmapVisible);
  return (
    <section className="heatmap-results" data-testid="heatmap-results">
      <p className="field-hint">{t('ballots.results.heatmapHint')}</p>
      <button type="button" aria-pressed={heatmapVisible} onClick={() => setHeatmapVisible(!heatmapVisible)}>
        {t('ballots.results.showHeatmap')}
      </button>
      {tally.ranking.length === 0 ? (
        <p className="empty-hint">{t('results.empty')}</p>
      ) : (
        <ul className="results-list" data-testid="heatmap-notes">
          {tally.ranking.map((entry) => {
            const text = nameOf(notes.get(entry.noteId));
            return (
              <li key={entry.noteId}>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('results.goTo', { text })}
                  onClick={() => showNote(board, entry.noteId)}
                >
                  {text}
                </button>
                <span className="result-votes" data-testid="spread">
                  {spreadText(t, entry.votes, entry.voters, anonymous)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
