import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeTally, resultsVisible, type RoundId, type Tally } from '@notevote/board';
import { SidePanel } from './SidePanel';
import { useBoard, useNotes, usePublicVotes, useSession, useTally, useUi } from '../sync/board-context';
import { useRounds } from '../sync/use-rounds';
import { useViewedRound } from '../sync/use-viewed-round';
import { dotsCounted, dotsOfRound, viewFor } from '../sync/round-view';
import { showNote } from './commands';
import { ClusterResults } from './ClusterResults';
import './phases.css';

/** The select's value for the dots cast outside rounds (round ids are never empty). */
const OUTSIDE_ROUNDS = '';

/**
 * Notes ranked by votes (ties: earliest note first), of one round: the round in progress, or an earlier one chosen
 * from the rounds list ("Round 1: 14 people, 70 dots"), whose ranking and heatmap (and dots) then show. Clicking an
 * entry pans to that note. Only public dots count, and the round in progress shows its results only from the Results
 * phase on: until then the panel says when they will appear.
 */
export function ResultsPanel() {
  const { t } = useTranslation();
  const board = useBoard();
  const notes = useNotes();
  const togglePanel = useUi((s) => s.togglePanel);
  const { secretVoting, phase } = useSession();
  const { round, current, shown } = useViewedRound();
  const tally = useRoundTally(round, current);
  return (
    <SidePanel
      id="results"
      title={t('results.heading')}
      closeLabel={t('results.close')}
      onClose={() => togglePanel('results')}
    >
      <RoundChooser />
      {phase === 'open' && secretVoting && (
        <p className="secrecy-hint" data-testid="results-secret">
          {t('results.secretVoting')}
        </p>
      )}
      {shown && <ClusterResults tally={tally} />}
      {!shown ? (
        <p className="empty-hint" data-testid="results-hidden">
          {t(board.connection.role === 'facilitator' ? 'phases.results.hiddenFacilitator' : 'phases.results.hidden')}
        </p>
      ) : tally.ranking.length === 0 ? (
        <p className="empty-hint">{t('results.empty')}</p>
      ) : (
        <ol className="results-list" data-testid="results-ranking">
          {tally.ranking.map((entry) => {
            const text = notes.get(entry.noteId)?.text.trim() || t('results.untitledNote');
            return (
              <li key={entry.noteId}>
                <span className="rank" aria-hidden="true">
                  {entry.rank}
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('results.goTo', { text })}
                  title={t('results.goTo', { text })}
                  onClick={() => showNote(board, entry.noteId)}
                >
                  {text}
                </button>
                <span className="result-votes">{t('results.votes', { count: entry.votes })}</span>
              </li>
            );
          })}
        </ol>
      )}
    </SidePanel>
  );
}

/**
 * The tally of the round on show: the live one for the round in progress (kept incrementally), or computed for an
 * earlier round (recomputed only when the public dots change, or a note comes or goes).
 */
function useRoundTally(round: RoundId | null, current: boolean): Tally {
  const { connection } = useBoard();
  const live = useTally();
  const votes = usePublicVotes();
  const noteCount = useNotes().size;
  const earlier = useMemo(() => {
    // The tally reads the document; the public dots and the number of notes say when it may have changed.
    void votes;
    void noteCount;
    return current ? null : computeTally(connection.doc, { round });
  }, [connection, round, current, votes, noteCount]);
  return earlier ?? live;
}

/**
 * The rounds list: every round with its people and dots ("Round 1: 14 people, 70 dots"), and the dots cast outside
 * rounds when there are any. Choosing one shows its ranking, heatmap and dots; the round in progress is followed.
 */
function RoundChooser() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const session = useSession();
  const rounds = useRounds();
  const votes = usePublicVotes();
  const noteCount = useNotes().size;
  const setViewedRound = useUi((s) => s.setViewedRound);
  const { round: viewed } = useViewedRound();
  const options = useMemo(() => {
    // The tallies read the document; the public dots and the number of notes say when they may have changed.
    void noteCount;
    const label = (name: string, tally: Tally) =>
      t('phases.results.option', {
        round: name,
        people: t('phases.results.people', { count: tally.voterCount }),
        dots: t('phases.results.dots', { count: dotsCounted(tally) }),
      });
    const list = rounds.map((round) => {
      const name = t('phases.round', { number: round.number });
      const inProgress = round.id === session.roundId && !resultsVisible(session.phase);
      return {
        value: round.id,
        label: inProgress
          ? t('phases.results.inProgress', { round: name })
          : label(name, computeTally(connection.doc, { round: round.id })),
      };
    });
    const outside = computeTally(connection.doc, { round: null });
    if (session.roundId === null || dotsOfRound(votes.values(), null).length > 0) {
      list.unshift({ value: OUTSIDE_ROUNDS, label: label(t('phases.results.outside'), outside) });
    }
    return list;
  }, [connection, rounds, session.roundId, session.phase, votes, noteCount, t]);
  if (rounds.length === 0) return null;
  return (
    <p className="round-chooser">
      <label htmlFor="results-round">{t('phases.results.round')}</label>
      <select
        id="results-round"
        data-testid="results-round"
        value={viewed ?? OUTSIDE_ROUNDS}
        onChange={(e) => {
          const chosen = e.target.value === OUTSIDE_ROUNDS ? null : e.target.value;
          setViewedRound(viewFor(chosen, session));
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );
}
