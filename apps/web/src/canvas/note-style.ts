/** The look of a note, shared by the full NoteShape and the batched drawing of many small notes. */
export const NOTE_PADDING = 12;
export const NOTE_CORNER_RADIUS = 4;
export const NOTE_TEXT_COLOR = '#1f2328';
export const SELECTED_OUTLINE = { stroke: '#1f6feb', strokeWidth: 3 } as const;

/** The dark pill with the vote count, straddling a note's top-right corner. */
export const VOTE_BADGE = {
  width: 28,
  height: 24,
  /** How far the badge rises above the note's top edge. */
  rise: 10,
  cornerRadius: 12,
  fill: '#1f2328',
  text: '#ffffff',
  fontSize: 13,
} as const;
