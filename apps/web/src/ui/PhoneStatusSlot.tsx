import { PhaseBanner } from './PhaseBanner';

/**
 * The phone layout's line under the top bar: the phase, its instruction and the timer (the compact phase banner).
 * Whatever renders here must stay short (it takes height from the board) and renders nothing when there is nothing to
 * say (the open board with no timebox), so the board keeps the screen.
 */
export function PhoneStatusSlot() {
  return <PhaseBanner size="compact" />;
}
