import { useTranslation } from 'react-i18next';
import { useNoteNames } from '../sketches/use-note-names';
import type { Note, Tally } from '@notevote/board';
import { useBoard, useMeta, useNotes, usePrivateNotes } from '../sync/board-context';
import { clusterTallyText } from '../ballots/spread';
import { useClusters } from '../sync/use-clusters';
import { clusterLabel } from './cluster-names';
import { showCluster } from './cluster-commands';
import './clusters.css';

/**
 * The clusters ranking, above the notes ranking in the results panel: each cluster with its dots (its notes' dots and
 * the dots on it as a whole) and its supporters (distinct voters), and its notes with theirs. Clicking a cluster shows
 * its frame. `tally` is the round the results panel shows (it decides whether results are visible); nothing when no
 * cluster has a dot in it.
 */
export function ClusterResults({ tally }: { tally: Tally }) {
  const { t } = useTranslation();
  const { nameOf } = useNoteNames();
  const board = useBoard();
  const notes = useNotes();
  const privateNotes = usePrivateNotes();
  const clusters = useClusters();
  const anonymous = useMeta()?.anonymous ?? false;
  if (tally.clusterRanking.length === 0) return null;

  // Each cluster's notes on the board (not this person's private ones: they are in no tally yet), most dots first.
  const members = new Map<string, Note[]>();
  for (const note of notes.values()) {
    if (note.clusterId === undefined || privateNotes.has(note.id)) continue;
    const list = members.get(note.clusterId) ?? [];
    list.push(note);
    members.set(note.clusterId, list);
  }
  const votesOn = (note: Note) => tally.notes.get(note.id)?.votes ?? 0;

  return (
    <section className="cluster-results" aria-labelledby="cluster-results-heading" data-testid="cluster-results">
      <h3 id="cluster-results-heading">{t('clusters.results.heading')}</h3>
      <ol className="results-list">
        {tally.clusterRanking.map((entry) => {
          const name = clusterLabel(clusters, entry.clusterId, t('clusters.unnamed'));
          const clusterNotes = [...(members.get(entry.clusterId) ?? [])].sort((a, b) => votesOn(b) - votesOn(a));
          return (
            <li key={entry.clusterId} data-testid="cluster-result">
              <span className="rank" aria-hidden="true">
                {entry.rank}
              </span>
              <div className="cluster-result">
                <div className="cluster-result-head">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('clusters.results.goTo', { name })}
                    title={t('clusters.results.goTo', { name })}
                    onClick={() => showCluster(board, entry.clusterId)}
                  >
                    {name}
                  </button>
                  <span className="result-votes" data-testid="cluster-result-tally">
                    {clusterTallyText(t, entry.votes, entry.voters, anonymous)}
                  </span>
                </div>
                <ul className="cluster-result-notes" aria-label={t('clusters.results.notesOf', { name })}>
                  {clusterNotes.map((note) => (
                    <li key={note.id}>
                      <span>{nameOf(note)}</span>
                      <span>{t('results.votes', { count: votesOn(note) })}</span>
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          );
        })}
      </ol>
      <h3 className="cluster-results-notes-heading">{t('clusters.results.notesHeading')}</h3>
    </section>
  );
}
