import type { HeatmapBounds, HeatmapGrid, HeatmapSpec } from './types';

/**
 * Refuse grids beyond 16 Mi cells: a cellSize typo (board pixels instead of tens of pixels) would otherwise
 * allocate gigabytes before anyone notices.
 */
export const MAX_HEATMAP_CELLS = 1 << 24;

/** Slack so a width that is a whole number of cells, give or take rounding, does not gain an extra column. */
const CELL_COUNT_EPSILON = 1e-9;

/** The grid geometry a spec implies, without the values. */
export interface GridShape {
  readonly originX: number;
  readonly originY: number;
  readonly cellSize: number;
  readonly columns: number;
  readonly rows: number;
}

/** Throws a RangeError unless the spec describes a finite, non-negative rectangle, cell size and radius. */
export function assertValidSpec(spec: HeatmapSpec): void {
  const { bounds, cellSize, radius } = spec;
  if (![bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite)) {
    throw new RangeError('heatmap bounds must be finite');
  }
  if (bounds.width < 0 || bounds.height < 0) throw new RangeError('heatmap bounds must have a non-negative size');
  if (!(cellSize > 0) || !Number.isFinite(cellSize)) throw new RangeError('heatmap cellSize must be a positive number');
  if (!(radius >= 0) || !Number.isFinite(radius)) throw new RangeError('heatmap radius must be a non-negative number');
}

/** The grid geometry for a spec: enough cells to cover the bounds, origin at the bounds' top-left corner. */
export function gridShape(spec: HeatmapSpec): GridShape {
  assertValidSpec(spec);
  const { bounds, cellSize } = spec;
  const columns = Math.max(0, Math.ceil(bounds.width / cellSize - CELL_COUNT_EPSILON));
  const rows = Math.max(0, Math.ceil(bounds.height / cellSize - CELL_COUNT_EPSILON));
  if (columns * rows > MAX_HEATMAP_CELLS) {
    throw new RangeError(`heatmap grid of ${columns}×${rows} cells exceeds ${MAX_HEATMAP_CELLS} cells`);
  }
  return { originX: bounds.x, originY: bounds.y, cellSize, columns, rows };
}

/** A zero-filled grid with the spec's geometry. */
export function createGrid(spec: HeatmapSpec): HeatmapGrid {
  const shape = gridShape(spec);
  return { ...shape, values: new Float32Array(shape.columns * shape.rows) };
}

/** The blur sigma measured in cells, which is what the kernels work in. */
export function sigmaInCells(spec: HeatmapSpec): number {
  return spec.radius / spec.cellSize;
}

/** True when (x, y) lies inside the bounds, edges included; NaN and infinities are outside. */
export function isInsideBounds(bounds: HeatmapBounds, x: number, y: number): boolean {
  return x >= bounds.x && x <= bounds.x + bounds.width && y >= bounds.y && y <= bounds.y + bounds.height;
}

/** Throws unless the grid was made for this spec, since mixing geometries would silently smear dots. */
export function assertGridMatchesSpec(grid: HeatmapGrid, spec: HeatmapSpec): void {
  const shape = gridShape(spec);
  if (
    grid.originX !== shape.originX ||
    grid.originY !== shape.originY ||
    grid.cellSize !== shape.cellSize ||
    grid.columns !== shape.columns ||
    grid.rows !== shape.rows ||
    grid.values.length !== shape.columns * shape.rows
  ) {
    throw new RangeError('heatmap grid does not match the spec it is being updated with');
  }
}
