import {
  DEFAULT_HEAT_RADIUS,
  clusterFrames,
  dotPosition,
  inflate,
  unionRects,
  type Note,
  type NoteId,
  type PlacedVote,
  type Rect,
} from '@notevote/board';
import type { Viewport } from '../state/ui-store';
import { fitRect } from './viewport';

/** The longest side of a saved picture, in pixels: sharp on a projector or in a printed report. */
export const PICTURE_LONGEST_SIDE = 2400;
/** Canvas backing stores beyond this many pixels fail in some browsers (Safari's limit is about 16.7 million). */
const MAX_PICTURE_PIXELS = 16_000_000;
/** Screen pixels of board around the content in the picture. */
const PADDING_PX = 24;

/** Everything a picture of the board must show: notes, cluster frames and where the public dots' heat reaches. */
export function contentBounds(notes: ReadonlyMap<NoteId, Note>, votes: Iterable<PlacedVote>): Rect | null {
  const clusters = clusterFrames(notes.values());
  const frames = clusters.map((cluster) => cluster.frame);
  const frameOf = new Map(clusters.map((cluster) => [cluster.clusterId, cluster.frame]));
  const heat: Rect[] = [];
  for (const { vote } of votes) {
    const at = dotPosition(
      vote,
      (id) => notes.get(id),
      (id) => frameOf.get(id),
    );
    if (at) heat.push(inflate({ x: at.x, y: at.y, width: 0, height: 0 }, DEFAULT_HEAT_RADIUS * 2));
  }
  return unionRects([...notes.values(), ...frames, ...heat]);
}

/** How to take the picture: the view that fits the content, the part of the canvas to copy, and at what resolution. */
export interface PicturePlan {
  viewport: Viewport;
  /** In canvas CSS pixels. */
  crop: Rect;
  pixelRatio: number;
}

/** Fits `content` into the canvas and picks a resolution that makes the longer side about PICTURE_LONGEST_SIDE. */
export function planPicture(content: Rect, canvas: { width: number; height: number }): PicturePlan {
  const viewport = fitRect(content, canvas.width, canvas.height, PADDING_PX);
  const left = Math.max(0, viewport.x + content.x * viewport.scale - PADDING_PX);
  const top = Math.max(0, viewport.y + content.y * viewport.scale - PADDING_PX);
  const right = Math.min(canvas.width, viewport.x + (content.x + content.width) * viewport.scale + PADDING_PX);
  const bottom = Math.min(canvas.height, viewport.y + (content.y + content.height) * viewport.scale + PADDING_PX);
  const crop = {
    x: Math.floor(left),
    y: Math.floor(top),
    width: Math.ceil(right - left),
    height: Math.ceil(bottom - top),
  };
  const byLongestSide = PICTURE_LONGEST_SIDE / Math.max(crop.width, crop.height, 1);
  const byArea = Math.sqrt(MAX_PICTURE_PIXELS / Math.max(1, crop.width * crop.height));
  const pixelRatio = Math.max(1, Math.min(4, byLongestSide, byArea));
  return { viewport, crop, pixelRatio };
}
