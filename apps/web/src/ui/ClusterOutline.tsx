import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { resultsVisible, type Note } from '@notevote/board';
import { useNotes, useSession, useTally } from '../sync/board-context';
import { useClusters } from '../sync/use-clusters';
import { framesOf } from '../canvas/cluster-frames';
import { clusterLabel } from './cluster-names';

/**
 * The clusters in the screen-reader outline of the board: one item per cluster (its name, how many notes, and its
 * tally while results are visible) holding the list of its notes, each rendered by `renderNote` as in the outline.
 */
export function ClusterOutlineItems({ renderNote }: { renderNote: (note: Note) => ReactNode }) {
  const { t } = useTranslation();
  const notes = useNotes();
  const clusters = useClusters();
  const tally = useTally();
  const { phase } = useSession();
  const unnamed = t('clusters.unnamed');
  // One pass over the notes, however many clusters there are.
  const membersOf = new Map<string, Note[]>();
  for (const note of notes.values()) {
    if (note.clusterId === undefined) continue;
    const members = membersOf.get(note.clusterId);
    if (members) members.push(note);
    else membersOf.set(note.clusterId, [note]);
  }
  const groups = framesOf(notes)
    .map(({ clusterId }) => ({ clusterId, name: clusterLabel(clusters, clusterId, unnamed) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return groups.map(({ clusterId, name }) => {
    const members = membersOf.get(clusterId) ?? [];
    const entry = tally.clusters.get(clusterId);
    const count = t('clusters.outline.notes', { count: members.length });
    const heading =
      resultsVisible(phase) && entry
        ? t('clusters.outline.clusterTally', {
            name,
            notes: count,
            tally: t('clusters.tally', {
              votes: t('clusters.votes', { count: entry.votes }),
              supporters: t('clusters.supporters', { count: entry.voters }),
            }),
          })
        : t('clusters.outline.cluster', { name, notes: count });
    return (
      <li key={clusterId} data-cluster={clusterId}>
        {heading}
        <ul aria-label={t('clusters.outline.notesOf', { name })}>{members.map(renderNote)}</ul>
      </li>
    );
  });
}
