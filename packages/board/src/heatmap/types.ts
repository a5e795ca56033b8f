/** A dot position in board units. Only `x` and `y` are read, so richer dot records can be passed as-is. */
export interface HeatPoint {
  readonly x: number;
  readonly y: number;
}

/** Dots given either as an indexable list (fastest) or as any iterable, e.g. a Map's values. */
export type DotSource = ArrayLike<HeatPoint> | Iterable<HeatPoint>;

/** The board rectangle a heatmap covers, in board units. */
export interface HeatmapBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What to compute: which board rectangle, how coarse, and how far each dot's heat spreads. */
export interface HeatmapSpec {
  /** Board rectangle in board units; dots outside it are ignored. */
  readonly bounds: HeatmapBounds;
  /** Board units per grid cell (cells are square). */
  readonly cellSize: number;
  /** Gaussian sigma in board units; 0 means no blur. */
  readonly radius: number;
}

/**
 * A density grid. Cell (column c, row r) covers board x in [originX + c·cellSize, originX + (c+1)·cellSize)
 * and likewise for y; its value is the heat sampled at the cell centre.
 */
export interface HeatmapGrid {
  originX: number;
  originY: number;
  cellSize: number;
  columns: number;
  rows: number;
  /** Row-major, length columns·rows. Unnormalized grids hold dot mass (each dot adds ≈ 1 in total). */
  values: Float32Array;
}
