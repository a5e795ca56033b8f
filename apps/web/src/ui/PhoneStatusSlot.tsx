/**
 * The phone layout's line under the top bar for the phase and the timer. Empty until phases and the timer exist;
 * whatever renders here must stay one short line (it takes height from the board) and must render nothing when
 * there is nothing to say, so the board keeps the screen.
 */
export function PhoneStatusSlot() {
  return null;
}
