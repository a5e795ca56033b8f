import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotes, usePrivateNotes, useTally } from '../sync/board-context';

/**
 * The board's notes as a visually hidden list: the canvas is invisible to screen readers, so this gives them (and
 * keyboard users' assistive tech) every note's text and vote count, and says which notes nobody else sees yet.
 */
export const NoteOutline = memo(function NoteOutline() {
  const { t } = useTranslation();
  const notes = useNotes();
  const privateNotes = usePrivateNotes();
  const tally = useTally();
  return (
    <ul className="visually-hidden" aria-label={t('outline.label')}>
      {[...notes.values()].map((note) => {
        const isPrivate = privateNotes.has(note.id);
        return (
          <li key={note.id} data-private={isPrivate || undefined}>
            {t(isPrivate ? 'outline.privateItem' : 'outline.item', {
              text: note.text.trim() || t('results.untitledNote'),
              count: tally.notes.get(note.id)?.votes ?? 0,
            })}
          </li>
        );
      })}
    </ul>
  );
});
