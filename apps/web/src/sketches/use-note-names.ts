import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@notevote/board';
import { listedName, type SketchWords } from './sketch-names';

/** How notes are named on screen: their words, or for a sketch "Sketch: <description>". */
export interface NoteNames {
  words: SketchWords;
  /** A note's (or sketch's) name, cut at `max` characters; a missing note is named as an empty one. */
  nameOf(note: Pick<Note, 'text' | 'image'> | undefined, max?: number): string;
}

/**
 * One way to name notes everywhere they are listed (results, rankings, the projector, the notes list), in the
 * person's language: a sketch is said to be one, a note without words is `untitledKey`.
 */
export function useNoteNames(
  untitledKey: 'results.untitledNote' | 'noteList.untitled' = 'results.untitledNote',
): NoteNames {
  const { t } = useTranslation();
  return useMemo(() => {
    const words: SketchWords = {
      named: (description) => t('sketches.list.named', { description }),
      unnamed: t('sketches.list.unnamed'),
    };
    const untitled = t(untitledKey);
    return { words, nameOf: (note, max) => (note ? listedName(note, untitled, words, max) : untitled) };
  }, [t, untitledKey]);
}
