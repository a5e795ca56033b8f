import {
  DEFAULT_HEAT_RADIUS,
  computeHeatmapFromCoordinates,
  dotPosition,
  heatmapToRgba,
  inflate,
  type ClusterId,
  type Note,
  type NoteId,
  type PlacedVote,
  type Point,
  type Rect,
} from '@notevote/board';

/** Heat spread (Gaussian sigma) in board units; the relay's report image uses the same. */
export const HEAT_RADIUS = DEFAULT_HEAT_RADIUS;
/** Upper bound on grid cells per side; the grid covers all dots, so pan and zoom never recompute it. */
const MAX_CELLS_PER_SIDE = 384;

export interface HeatmapImage {
  canvas: HTMLCanvasElement;
  bounds: Rect;
}

/** Absolute positions of every dot whose note (or cluster, `clusterOrigins`: each frame's top-left) still exists. */
export function dotCoordinates(
  votes: Iterable<PlacedVote>,
  notes: ReadonlyMap<NoteId, Note>,
  clusterOrigins: ReadonlyMap<ClusterId, Point> = new Map(),
): { xs: Float64Array; ys: Float64Array; count: number } {
  const list = [...votes];
  const xs = new Float64Array(list.length);
  const ys = new Float64Array(list.length);
  let count = 0;
  for (const placed of list) {
    const position = dotPosition(
      placed.vote,
      (id) => notes.get(id),
      (id) => clusterOrigins.get(id),
    );
    if (!position) continue;
    xs[count] = position.x;
    ys[count] = position.y;
    count++;
  }
  return { xs, ys, count };
}

/** Renders the heatmap of all dots into a canvas covering their bounding box (plus the blur's reach). */
export function renderHeatmap(
  votes: Iterable<PlacedVote>,
  notes: ReadonlyMap<NoteId, Note>,
  clusterOrigins: ReadonlyMap<ClusterId, Point> = new Map(),
): HeatmapImage | null {
  const { xs, ys, count } = dotCoordinates(votes, notes, clusterOrigins);
  if (count === 0) return null;
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  const bounds = inflate({ x: minX, y: minY, width: maxX - minX, height: maxY - minY }, HEAT_RADIUS * 3);
  const cellSize = Math.max(2, Math.max(bounds.width, bounds.height) / MAX_CELLS_PER_SIDE);
  const grid = computeHeatmapFromCoordinates(xs, ys, count, { bounds, cellSize, radius: HEAT_RADIUS });
  const rgba = heatmapToRgba(grid);
  const canvas = document.createElement('canvas');
  canvas.width = grid.columns;
  canvas.height = grid.rows;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.putImageData(new ImageData(new Uint8ClampedArray(rgba), grid.columns, grid.rows), 0, 0);
  return {
    canvas,
    bounds: {
      x: grid.originX,
      y: grid.originY,
      width: grid.columns * grid.cellSize,
      height: grid.rows * grid.cellSize,
    },
  };
}
