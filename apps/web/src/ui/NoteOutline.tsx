import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@notevote/board';
import { useNotes, usePrivateNotes, useTally } from '../sync/board-context';
import { ClusterOutlineItems } from './ClusterOutline';

/**
 * The board's notes as a visually hidden list: the canvas is invisible to screen readers, so this gives them (and
 * keyboard users' assistive tech) every note's text and vote count, and says which notes nobody else sees yet.
 * Clusters come first, each with its notes; then the notes in no cluster.
 */
export const NoteOutline = memo(function NoteOutline() {
  const { t } = useTranslation();
  const notes = useNotes();
  const privateNotes = usePrivateNotes();
  const tally = useTally();
  const renderNote = (note: Note) => {
    const isPrivate = privateNotes.has(note.id);
    return (
      <li key={note.id} data-private={isPrivate || undefined}>
        {t(isPrivate ? 'outline.privateItem' : 'outline.item', {
          text: note.text.trim() || t('results.untitledNote'),
          count: tally.notes.get(note.id)?.votes ?? 0,
        })}
      </li>
    );
  };
  return (
    <ul className="visually-hidden" aria-label={t('outline.label')}>
      <ClusterOutlineItems renderNote={renderNote} />
      {[...notes.values()].filter((note) => note.clusterId === undefined).map(renderNote)}
    </ul>
  );
});
