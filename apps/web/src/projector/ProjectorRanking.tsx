import { useTranslation } from 'react-i18next';
import { useNotes, useTally } from '../sync/board-context';
import { useClusters } from '../sync/use-clusters';
import { clusterLabel } from '../ui/cluster-names';

/**
 * The top clusters and notes in large type: rank, the words and the votes (a cluster's supporters too), from the board
 * package's rankings (public dots only, like every tally). Shown only while `visible`: results appear for everyone at
 * the same moment.
 */
export function ProjectorRanking({ visible, limit = 5 }: { visible: boolean; limit?: number }) {
  const { t } = useTranslation();
  const { ranking, clusterRanking } = useTally();
  const notes = useNotes();
  const clusters = useClusters();
  if (!visible || ranking.length === 0) return null;
  return (
    <>
      {clusterRanking.length > 0 && (
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
                <span className="projector-votes">
                  {t('projector.votes', { count: entry.votes })} · {t('projector.supporters', { count: entry.voters })}
                </span>
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
        <h2 id="projector-ranking-heading">{t('projector.ranking')}</h2>
        <ol>
          {/* With the clusters above, fewer notes: the way to join stays on screen below. */}
          {ranking.slice(0, clusterRanking.length > 0 ? Math.min(limit, 3) : limit).map((entry) => (
            <li key={entry.noteId}>
              <span className="projector-rank">{entry.rank}</span>
              <span className="projector-note-text">
                {notes.get(entry.noteId)?.text.trim() || t('results.untitledNote')}
              </span>
              <span className="projector-votes">{t('projector.votes', { count: entry.votes })}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
