import type { Note } from '@notevote/board';
import { noteLabel } from '../ui/note-list-model';

/*
 * What the notes list (and the keyboard's announcements) call a sketch: its description, said to be a sketch, or
 * that it has none. Pure, with the words passed in, so the tests need no translations.
 */

/** The words for a sketch in the person's language. */
export interface SketchWords {
  /** "Sketch: <description>". */
  named: (description: string) => string;
  /** "Sketch without description". */
  unnamed: string;
}

/** Whether a note is a sketch, and whether it has a description yet. */
export type SketchKind = 'described' | 'undescribed' | null;

export function sketchKind(note: Pick<Note, 'text' | 'image'>): SketchKind {
  if (!note.image) return null;
  return noteLabel(note.text, '') ? 'described' : 'undescribed';
}

/**
 * A note's name in the list: a note's words (or `untitled`), a sketch's description as "Sketch: …", or "Sketch
 * without description". `max` cuts long descriptions as `noteLabel` cuts long words.
 */
export function listedName(
  note: Pick<Note, 'text' | 'image'>,
  untitled: string,
  words: SketchWords,
  max = Infinity,
): string {
  if (!note.image) return noteLabel(note.text, untitled, max);
  const description = noteLabel(note.text, '', max);
  return description ? words.named(description) : words.unnamed;
}

/** What the list sorts a note under alphabetically; null (after the others) for a note or sketch with no words. */
export function sortedName(note: Pick<Note, 'text' | 'image'>, words: SketchWords): string | null {
  if (sketchKind(note) === 'undescribed') return null;
  return listedName(note, '', words) || null;
}
