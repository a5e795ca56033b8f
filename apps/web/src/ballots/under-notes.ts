import type { TFunction } from 'i18next';
import type { Note, NoteId, RatingTally } from '@notevote/board';
import { RATING_COLORS, ratingSegments, showsDistribution } from './ratings';
import { spreadText } from './spread';

/*
 * What a round shows under the notes once its results are shown: each voted note's support line ("12 dots from 7
 * people") or, in an agreement vote, a bar of its ratings. Plain data, laid out once per change of the notes or the
 * tally, and painted by `paintUnderNotes` (under-notes-painter.ts).
 */

/** The support line's font size, in board units (it scales with the note). */
export const SUPPORT_FONT = 14;
/** The support line and the ratings bar sit this far under their note (board units). */
export const UNDER_NOTE_GAP = 6;
/** The ratings bar's height (board units). */
export const BAR_HEIGHT = 12;
/** Below this on-screen size (px) the support line would be unreadable: it is left out. */
const MIN_SUPPORT_FONT_PX = 7;

/** Whether the support line is legible at this zoom. */
export function supportLegible(scale: number): boolean {
  return SUPPORT_FONT * scale >= MIN_SUPPORT_FONT_PX;
}

/** A note's support line: its box under the note (board units) and its words, already broken into lines. */
export interface SupportLine {
  x: number;
  y: number;
  width: number;
  lines: readonly string[];
}

/** A note's ratings bar: its box under the note (board units) and its segments, left to right. */
export interface RatingBar {
  x: number;
  y: number;
  width: number;
  segments: ReadonlyArray<{ color: string; width: number }>;
}

/** Breaks a support line's words into lines that fit `width` at `SUPPORT_FONT`. */
export type WrapSupportLine = (text: string, width: number) => readonly string[];

/** The support line under each counted note that exists, in the order counted. */
export function supportLines(
  notes: ReadonlyMap<NoteId, Note>,
  counted: ReadonlyMap<NoteId, { votes: number; voters: number }>,
  say: (dots: number, people: number) => string,
  wrap: WrapSupportLine,
): SupportLine[] {
  const lines: SupportLine[] = [];
  for (const [noteId, { votes, voters }] of counted) {
    const note = notes.get(noteId);
    if (!note) continue;
    const box = under(note);
    lines.push({ ...box, lines: wrap(say(votes, voters), box.width) });
  }
  return lines;
}

/** The ratings bar under each rated note that exists, where its ratings may be broken down. */
export function ratingBars(
  notes: ReadonlyMap<NoteId, Note>,
  ratings: ReadonlyMap<string, RatingTally>,
  anonymous: boolean,
): RatingBar[] {
  const bars: RatingBar[] = [];
  for (const [key, tally] of ratings) {
    const note = notes.get(key);
    if (!note || !showsDistribution(tally, anonymous)) continue;
    const box = under(note);
    const segments = ratingSegments(tally).map((segment) => ({
      color: RATING_COLORS[segment.rating],
      width: segment.share * box.width,
    }));
    bars.push({ ...box, segments });
  }
  return bars;
}

function under(note: Note): { x: number; y: number; width: number } {
  return { x: note.x, y: note.y + note.height + UNDER_NOTE_GAP, width: note.width };
}

/**
 * The support lines' words (`spreadText`), each distinct pair of numbers put in words once: a board's counts repeat,
 * across thousands of notes. Make a new one for another `t` (react-i18next hands out a new `t` whenever the words may
 * have changed).
 */
export function supportLineTexts(t: TFunction, anonymous: boolean): (dots: number, people: number) => string {
  const said = new Map<string, string>();
  return (dots, people) => {
    const key = `${dots} ${people}`;
    let text = said.get(key);
    if (text === undefined) {
      text = spreadText(t, dots, people, anonymous);
      said.set(key, text);
    }
    return text;
  };
}
