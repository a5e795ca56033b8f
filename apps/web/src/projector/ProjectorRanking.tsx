import { ballotRanks } from '@notevote/board';
import { useTranslation } from 'react-i18next';
import { useNoteNames } from '../sketches/use-note-names';
import { useMeta, useNotes, useSession, useTally } from '../sync/board-context';
import { useClusters } from '../sync/use-clusters';
import { clusterLabel } from '../ui/cluster-names';
import { AgreementResults, DecisionsBlock } from '../ballots/BallotResults';
import { clusterTallyText, spreadText } from '../ballots/spread';

/**
 * The top clusters and notes in large type: rank, the words and the votes with how many people they came from ("12
 * dots from 7 people"; on an anonymous board with fewer than three behind a number, the dots only), from the board
 * package's rankings (public dots only, like every tally). Shown only while `visible`: results appear for everyone at
 * the same moment. The round type decides what the room sees: a supervote's decisions (the deciders' names and
 * choices) first, a heat-map vote's busiest notes without ranks, an agreement vote's most agreed options with their
 * spread of ratings.
 */
export function ProjectorRanking({ visible, limit = 5 }: { visible: boolean; limit?: number }) {
  const { t } = useTranslation();
  const { nameOf } = useNoteNames();
  const { ranking, clusterRanking } = useTally();
  const { ballot, roundId } = useSession();
  const anonymous = useMeta()?.anonymous ?? false;
  const notes = useNotes();
  const clusters = useClusters();
  if (!visible) return null;
  if (ballot === 'supervote') return <DecisionsBlock round={roundId} size="large" />;
  if (ballot === 'agreement') {
    return (
      <section className="projector-ranking projector-agreement" data-testid="projector-agreement">
        <AgreementResults round={roundId} limit={limit} />
      </section>
    );
  }
  if (ranking.length === 0) return null;
  // A heat-map vote is read from the heatmap: the notes with most dots, without ranks.
  const ranks = ballotRanks(ballot);
  return (
    <>
      {ranks && clusterRanking.length > 0 && (
        <section
          className="projector-ranking"
          aria-labelledby="projector-cluster-ranking-heading"
          data-testid="projector-cluster-ranking"
        >
          <h2 id="projector-cluster-ranking-heading">{t('projector.clusterRanking')}</h2>
          <ol>
            {clusterRanking.slice(0, 3).map((entry) => (
              <li key={entry.clusterId}>
                <span className="projector-rank">{entry.rank}</span>
                <span className="projector-note-text">
                  {clusterLabel(clusters, entry.clusterId, t('clusters.unnamed'))}
                </span>
                <span className="projector-votes">{clusterTallyText(t, entry.votes, entry.voters, anonymous)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <section
        className="projector-ranking"
        aria-labelledby="projector-ranking-heading"
        data-testid="projector-ranking"
      >
        <h2 id="projector-ranking-heading">{t(ranks ? 'projector.ranking' : 'ballots.projector.mostDots')}</h2>
        {/* Without ranks the list is no ranking: unordered, as a screen reader should say. */}
        {ranks ? (
          <ol>
            {/* With the clusters above, fewer notes: the way to join stays on screen below. */}
            {ranking.slice(0, clusterRanking.length > 0 ? Math.min(limit, 3) : limit).map((entry) => (
              <li key={entry.noteId}>
                <span className="projector-rank">{entry.rank}</span>
                <span className="projector-note-text">{nameOf(notes.get(entry.noteId))}</span>
                <span className="projector-votes">{spreadText(t, entry.votes, entry.voters, anonymous)}</span>
              </li>
            ))}
          </ol>
        ) : (
          <ul>
            {ranking.slice(0, limit).map((entry) => (
              <li key={entry.noteId}>
                <span className="projector-note-text">{nameOf(notes.get(entry.noteId))}</span>
                <span className="projector-votes">{spreadText(t, entry.votes, entry.voters, anonymous)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
