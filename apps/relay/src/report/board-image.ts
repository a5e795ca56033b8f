import {
  DEFAULT_HEAT_RADIUS,
  computeHeatmap,
  heatmapToRgba,
  inflate,
  unionRects,
  type BoardScene,
  type Rect,
} from '@notevote/board';
import type { RgbaImage } from './png';

/** How big the picture may be, in pixels; the board is scaled to fit (never enlarged beyond `maxScale`). */
export interface BoardImageOptions {
  maxWidth?: number;
  maxHeight?: number;
  /** Pixels per board unit at most: a board of three notes is not blown up to fill 1,200 px. */
  maxScale?: number;
}

/** The picture, and where the board sits in it: pixel = (board − origin) × scale. */
export interface BoardImage extends RgbaImage {
  rgba: Uint8ClampedArray;
  originX: number;
  originY: number;
  scale: number;
}

type Rgb = readonly [number, number, number];

const BACKGROUND: Rgb = [246, 247, 249];
const CLUSTER_FILL: Rgb = [232, 238, 252];
const CLUSTER_LABEL: Rgb = [214, 224, 247];
const CLUSTER_OUTLINE: Rgb = [125, 147, 199];
const NOTE_OUTLINE: Rgb = [138, 143, 152];
/** Board units of empty space around everything. */
const MARGIN = 40;
/** The heat's opacity over the notes: strong enough to read, light enough to see the notes below. */
const HEAT_OPACITY = 0.85;

/**
 * Paints the board as the report shows it: notes as light rectangles with outlines, cluster frames behind them,
 * and the heatmap of the scene's dots over everything (the board package's kernel and colour ramp, the same radius
 * as the web app). No text is drawn: a note's words are in the report's tables. Null for an empty board.
 */
export function renderBoardImage(scene: BoardScene, options: BoardImageOptions = {}): BoardImage | null {
  const { maxWidth = 1200, maxHeight = 1600, maxScale = 2 } = options;
  const extent = unionRects([
    ...scene.notes,
    ...scene.clusters.map((cluster) => cluster.frame),
    ...scene.dots.map((dot) => inflate({ x: dot.x, y: dot.y, width: 0, height: 0 }, DEFAULT_HEAT_RADIUS * 2)),
  ]);
  if (!extent) return null;
  const area = inflate(extent, MARGIN);
  const scale = Math.min(maxWidth / area.width, maxHeight / area.height, maxScale);
  const width = Math.max(1, Math.min(maxWidth, Math.ceil(area.width * scale)));
  const height = Math.max(1, Math.min(maxHeight, Math.ceil(area.height * scale)));
  const image: BoardImage = {
    width,
    height,
    rgba: new Uint8ClampedArray(width * height * 4),
    originX: area.x,
    originY: area.y,
    scale,
  };
  fillPixels(image, 0, 0, width, height, BACKGROUND);
  for (const { frame, label } of scene.clusters) {
    fill(image, frame, CLUSTER_FILL);
    fill(image, label, CLUSTER_LABEL);
    outline(image, frame, CLUSTER_OUTLINE, 2);
  }
  for (const note of scene.notes) {
    fill(image, note, lighten(parseColor(note.color), 0.35));
    outline(image, note, NOTE_OUTLINE, 1);
  }
  paintHeat(image, scene);
  return image;
}

/** A pixel rectangle [x0, x1) × [y0, y1) for a board rectangle, clipped to the image. */
function pixelsOf(image: BoardImage, rect: Rect) {
  const x0 = Math.max(0, Math.round((rect.x - image.originX) * image.scale));
  const y0 = Math.max(0, Math.round((rect.y - image.originY) * image.scale));
  const x1 = Math.min(image.width, Math.round((rect.x + rect.width - image.originX) * image.scale));
  const y1 = Math.min(image.height, Math.round((rect.y + rect.height - image.originY) * image.scale));
  return { x0, y0, x1, y1 };
}

function fillPixels(image: BoardImage, x0: number, y0: number, x1: number, y1: number, [r, g, b]: Rgb): void {
  for (let y = Math.max(0, y0); y < Math.min(image.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(image.width, x1); x++) {
      const i = (y * image.width + x) * 4;
      image.rgba[i] = r;
      image.rgba[i + 1] = g;
      image.rgba[i + 2] = b;
      image.rgba[i + 3] = 255;
    }
  }
}

function fill(image: BoardImage, rect: Rect, color: Rgb): void {
  const { x0, y0, x1, y1 } = pixelsOf(image, rect);
  fillPixels(image, x0, y0, x1, y1, color);
}

/** An outline `thickness` pixels wide inside the rectangle's edge, so a small note still shows its fill. */
function outline(image: BoardImage, rect: Rect, color: Rgb, thickness: number): void {
  const { x0, y0, x1, y1 } = pixelsOf(image, rect);
  if (x1 <= x0 || y1 <= y0) return;
  fillPixels(image, x0, y0, x1, y0 + thickness, color);
  fillPixels(image, x0, y1 - thickness, x1, y1, color);
  fillPixels(image, x0, y0, x0 + thickness, y1, color);
  fillPixels(image, x1 - thickness, y0, x1, y1, color);
}

/** The heatmap on a grid of one cell per pixel, blended over what is painted. */
function paintHeat(image: BoardImage, scene: BoardScene): void {
  if (scene.dots.length === 0) return;
  const cellSize = 1 / image.scale;
  // On a very large board a dot's heat would shrink below a pixel: keep every hot spot at least a few pixels wide.
  const radius = Math.max(DEFAULT_HEAT_RADIUS, 3 * cellSize);
  const grid = computeHeatmap(scene.dots, {
    bounds: { x: image.originX, y: image.originY, width: image.width * cellSize, height: image.height * cellSize },
    cellSize,
    radius,
  });
  const heat = heatmapToRgba(grid, { opacity: HEAT_OPACITY });
  const columns = Math.min(grid.columns, image.width);
  const rows = Math.min(grid.rows, image.height);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const h = (y * grid.columns + x) * 4;
      const alpha = heat[h + 3]! / 255;
      if (alpha === 0) continue;
      const i = (y * image.width + x) * 4;
      for (let c = 0; c < 3; c++) image.rgba[i + c] = heat[h + c]! * alpha + image.rgba[i + c]! * (1 - alpha);
    }
  }
}

function parseColor(color: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return [255, 244, 117];
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** Mixes a colour with white: notes read as paper under the heat. */
function lighten([r, g, b]: Rgb, amount: number): Rgb {
  return [r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount];
}
