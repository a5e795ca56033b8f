/** full: shadow and text; flat: text without shadow; outline: just the coloured card (far zoomed out). */
export type NoteDetail = 'full' | 'flat' | 'outline';

/**
 * Above this many notes on screen, notes are drawn flat (and batched) even when big enough for full detail: a full
 * NoteShape costs about 0.1 ms a frame in software rendering, and a frame has 16.
 */
export const MAX_FULL_DETAIL_NOTES = 150;

/**
 * How much of each note to draw. Shadows and text dominate Konva's frame time; when notes are tiny on screen or
 * very many are in view, dropping them keeps panning at 60 fps with thousands of notes, and nobody can read
 * 3-pixel text anyway.
 */
export function levelOfDetail(scale: number, notesOnScreen: number): NoteDetail {
  if (scale < 0.2) return 'outline';
  if (scale < 0.45 || notesOnScreen > MAX_FULL_DETAIL_NOTES) return 'flat';
  return 'full';
}

/**
 * Below full detail, notes are drawn together as one batched shape instead of one Konva group each: hundreds to
 * thousands of groups cost more to create, order and walk than the drawing itself.
 */
export function drawsBatched(detail: NoteDetail): boolean {
  return detail !== 'full';
}
