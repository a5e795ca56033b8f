/**
 * Heatmap kernel: dots (votes) to a density grid, incremental updates, colouring and per-note shares.
 * Pure TypeScript on typed arrays, no DOM, so it runs in the browser, a worker or the relay alike.
 */
export type { DotSource, HeatPoint, HeatmapBounds, HeatmapGrid, HeatmapSpec } from './types';
export { MAX_HEATMAP_CELLS, createGrid, gridShape, type GridShape } from './geometry';
export { BOX_PASSES, planBoxBlur, type BoxBlurPlan } from './blur-plan';
export { computeHeatmap, computeHeatmapFromCoordinates } from './compute';
export { addDotToHeatmap, removeDotFromHeatmap } from './incremental';
export { naiveHeatmap } from './naive';
export { maxValue, normalizeHeatmap, sumHeatmap } from './normalize';
export {
  DEFAULT_COLOR_RAMP,
  MAX_HEAT_ALPHA,
  buildColorLut,
  colorAt,
  type ColorRamp,
  type ColorStop,
} from './color-ramp';
export { composite, contrastRatio, hexToRgb, relativeLuminance, type Rgb } from './contrast';
export { heatmapToRgba, type HeatmapColorOptions } from './rgba';
export { noteHeatShares } from './note-shares';
export { DEFAULT_HEAT_RADIUS } from './defaults';
