/*
 * Reading shortcut keys the same way on every keyboard layout. A shortcut is named by a Latin letter (N, V, D…): on a
 * Latin layout that is the letter the key types (`event.key`), wherever the layout puts it (AZERTY, Dvorak); on an
 * Arabic, Russian or Greek layout the key types another letter, so the physical key (`event.code`, named after the US
 * layout: 'KeyN') stands in for it.
 */

/** The shortcut letter of a key press, lower case ('n'), or null for a key that is no letter. */
export function shortcutLetter(event: Pick<KeyboardEvent, 'key' | 'code'>): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  // A letter of another script (one character that is not a Latin letter, digit or symbol key): the physical key.
  if (/^\p{L}$/u.test(event.key)) {
    const physical = /^Key([A-Z])$/.exec(event.code);
    return physical ? physical[1]!.toLowerCase() : null;
  }
  return null;
}

/** How far one arrow key press moves the selected notes, in board units (with Shift, a larger step). */
export const ARROW_STEP = 10;
export const ARROW_STEP_LARGE = 50;

/** The move (board units) an arrow key asks for, or null for any other key. Arrows move in board space, never mirrored. */
export function arrowMove(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): { dx: number; dy: number } | null {
  const step = event.shiftKey ? ARROW_STEP_LARGE : ARROW_STEP;
  switch (event.key) {
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: -step };
    case 'ArrowDown':
      return { dx: 0, dy: step };
    default:
      return null;
  }
}
