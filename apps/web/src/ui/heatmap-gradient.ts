import { DEFAULT_COLOR_RAMP, type ColorRamp } from '@notevote/board';
import type { TextDirection } from '../canvas/text-direction';

/**
 * The heatmap's colour ramp as a CSS `linear-gradient`, fewer dots to more, running in the reading direction (left to
 * right, or right to left in Arabic): the legend's bar shows exactly the colours the heatmap is painted with. The
 * colours are opaque: the bar is a key to the hues, while the heat itself gets more opaque as it gets denser.
 */
export function heatmapGradient(direction: TextDirection, ramp: ColorRamp = DEFAULT_COLOR_RAMP): string {
  const stops = ramp.map(
    ({ at, r, g, b }) => `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)}) ${round(at * 100)}%`,
  );
  return `linear-gradient(to ${direction === 'rtl' ? 'left' : 'right'}, ${stops.join(', ')})`;
}

const round = (value: number): number => Math.round(value * 100) / 100;
