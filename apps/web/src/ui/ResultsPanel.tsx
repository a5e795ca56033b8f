import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoteNames } from '../sketches/use-note-names';
import { computeTally, resultsVisible, supportSpread, type Tally } from '@notevote/board';
import { SidePanel } from './SidePanel';
import { useBoard, useMeta, useNotes, usePublicVotes, useSession, useUi } from '../sync/board-context';
import { useRounds } from '../sync/use-rounds';
import { useViewedRound } from '../sync/use-viewed-round';
import { useRoundTally } from '../sync/use-round-tally';
import { dotsCounted, dotsOfRound, viewFor } from '../sync/round-view';
import { showNote } from './commands';
import { ClusterResults } from './ClusterResults';
import { AgreementResults, DecisionsBlock, HeatmapResults } from '../ballots/BallotResults';
import { spreadText } from '../ballots/spread';
import { useViewedBallot } from '../ballots/use-ballots';
import './phases.css';

/** The select's value for the dots cast outside rounds (round ids are never empty). */
const OUTSIDE_ROUNDS = '';

/**
 * Notes ranked by votes (ties: earliest note first), of one round: the round in progress, or an earlier one chosen
 * from the rounds list ("Round 1: 14 people, 70 dots"), whose ranking and heatmap (and dots) then show. Clicking an
 * entry pans to that note. Only public dots count, and the round in progress shows its results only from the Results
 * phase on: until then the panel says when they will appear. Each count says how many people it came from ("12 dots
 * from 7 people"; not on an anonymous board with fewer than three behind it). The round type decides the rest: a
 * supervote's decisions come first, apart; a heat-map vote is read from the heatmap and not ranked; an agreement
 * vote shows each option's spread of ratings, most agreed first.
 */
export function ResultsPanel() {
  const { t } = useTranslation();
  const { nameOf } = useNoteNames();
  const board = useBoard();
  const notes = useNotes();
  const togglePanel = useUi((s) => s.togglePanel);
  const { secretVoting, phase } = useSession();
  const { round, current, shown } = useViewedRound();
  const tally = useRoundTally(round, current);
  const ballot = useViewedBallot();
  const anonymous = useMeta()?.anonymous ?? false;
  // The dot vote and the straw poll rank; the others show their own kind of result instead.
  const ranks = ballot === 'dots' || ballot === 'straw-poll';
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
      {shown && ballot === 'supervote' && <DecisionsBlock round={round} />}
      {shown && ranks && <ClusterResults tally={tally} />}
      {shown && ballot === 'heatmap' && <HeatmapResults tally={tally} />}
      {shown && ballot === 'agreement' && <AgreementResults round={round} />}
      {!shown ? (
        <p className="empty-hint" data-testid="results-hidden">
          {t(board.connection.role === 'facilitator' ? 'phases.results.hiddenFacilitator' : 'phases.results.hidden')}
        </p>
      ) : !ranks ? null : tally.ranking.length === 0 ? (
        <p className="empty-hint">{t('results.empty')}</p>
      ) : (
        <ol className="results-list" data-testid="results-ranking">
          {tally.ranking.map((entry) => {
            const text = nameOf(notes.get(entry.noteId));
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
                <span className="result-votes">{spreadText(t, entry.votes, entry.voters, anonymous)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </SidePanel>
  );
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
  const anonymous = useMeta()?.anonymous ?? false;
  const options = useMemo(() => {
    // The tallies read the document; the public dots and the number of notes say when they may have changed.
    void noteCount;
    const label = (name: string, tally: Tally) => {
      const dots = t('phases.results.dots', { count: dotsCounted(tally) });
      // How many people voted is left out where it would tell who did what (an anonymous board, under three).
      const { people } = supportSpread(dotsCounted(tally), tally.voterCount, anonymous);
      if (people === null) return t('ballots.results.roundOption', { round: name, dots });
      return t('phases.results.option', { round: name, people: t('phases.results.people', { count: people }), dots });
    };
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
  }, [connection, rounds, session.roundId, session.phase, votes, noteCount, anonymous, t]);
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
