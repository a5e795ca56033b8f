import type { ClusterId, Rect } from '@notevote/board';
import { LINE_HEIGHT } from './text-fit';

/** The look of a cluster's frame: a tinted rounded rectangle behind its notes, its name in the band on top. */
export const CLUSTER_CORNER_RADIUS = 16;
/** Frame outlines in screen px (divided by the zoom when drawn, so they stay crisp at any zoom). */
export const CLUSTER_STROKE_PX = 1.5;
export const CLUSTER_SELECTED_STROKE_PX = 3;
export const CLUSTER_SELECTED_STROKE = '#1f6feb';
export const CLUSTER_TEXT_COLOR = '#1f2328';
/** Name and tally badge sizes in board units, and the least they shrink to on screen when zoomed out (px). */
const NAME_FONT_SIZE = 22;
const MIN_NAME_FONT_PX = 12;
const BADGE_FONT_SIZE = 15;
const MIN_BADGE_FONT_PX = 11;
/** Space between the band's edges and the name (board units at 100%; it grows with the name when zoomed out). */
const PADDING = 16;
const BADGE_GAP = 10;

/** Soft tints, one per cluster (from its id), so neighbouring groups read apart; fills are light enough for text. */
export const CLUSTER_TINTS: ReadonlyArray<{ fill: string; stroke: string }> = [
  { fill: '#e8f0fe', stroke: '#9ab6ec' },
  { fill: '#e6f4ea', stroke: '#93c9a2' },
  { fill: '#f1ebfb', stroke: '#b8a2e0' },
  { fill: '#fdf0e1', stroke: '#e0b27c' },
  { fill: '#e2f4f4', stroke: '#86c4c4' },
  { fill: '#fbe9f0', stroke: '#e19fba' },
];

/** A cluster's tint, the same on every screen. */
export function clusterTint(clusterId: ClusterId): { fill: string; stroke: string } {
  let hash = 0;
  for (let i = 0; i < clusterId.length; i++) hash = (hash * 31 + clusterId.charCodeAt(i)) | 0;
  return CLUSTER_TINTS[Math.abs(hash) % CLUSTER_TINTS.length]!;
}

/** Where a cluster's name and tally badge go, in board units. */
export interface LabelLayout {
  fontSize: number;
  /** The name's box (one line, cut with an ellipsis when too long). */
  name: Rect;
  /** The tally badge's box and font size (null without a badge). */
  badge: (Rect & { fontSize: number }) | null;
  /**
   * Where a press grabs the label: the band, and above it whatever the name needs when zoomed far out (the name keeps
   * a readable size on screen and grows out of the band, bottom-aligned, as a frame's title does in Miro).
   */
  hit: Rect;
}

/** Room (in name font sizes) the name keeps beside the tally badge before the badge moves above it. */
const MIN_NAME_ROOM = 6;

/**
 * Lays out a cluster's label band at zoom `scale`. `badgeWidth(fontSize)` measures the tally badge's text, or is null
 * when there is no badge.
 */
export function labelLayout(
  label: Rect,
  scale: number,
  badgeWidth: ((fontSize: number) => number) | null,
): LabelLayout {
  const fontSize = Math.max(NAME_FONT_SIZE, MIN_NAME_FONT_PX / scale);
  const grow = fontSize / NAME_FONT_SIZE;
  const padding = PADDING * grow;
  const lineHeight = fontSize * LINE_HEIGHT;
  // Centred in the band while it fits; above that, its bottom stays a little above the band's bottom edge.
  const y = label.y + Math.min((label.height - lineHeight) / 2, label.height - lineHeight - padding / 2);
  let badge: LabelLayout['badge'] = null;
  let nameWidth = label.width - 2 * padding;
  if (badgeWidth) {
    const badgeFont = Math.max(BADGE_FONT_SIZE, MIN_BADGE_FONT_PX / scale);
    const height = badgeFont * 1.8;
    const width = badgeWidth(badgeFont) + badgeFont * 1.6;
    const besideName = nameWidth - width - BADGE_GAP * grow;
    if (besideName >= MIN_NAME_ROOM * fontSize) {
      badge = {
        x: label.x + label.width - padding - width,
        y: y + lineHeight / 2 - height / 2,
        width,
        height,
        fontSize: badgeFont,
      };
      nameWidth = besideName;
    } else {
      // A narrow frame: the badge sits on the frame's top edge, above the name, so the name keeps the band.
      badge = {
        x: label.x + padding,
        y: Math.min(label.y, y - padding / 2) - height / 2,
        width,
        height,
        fontSize: badgeFont,
      };
    }
  }
  const top = Math.min(label.y, y - padding / 2, badge ? badge.y : Infinity);
  return {
    fontSize,
    name: { x: label.x + padding, y, width: Math.max(0, nameWidth), height: lineHeight },
    badge,
    hit: { x: label.x, y: top, width: label.width, height: label.y + label.height - top },
  };
}
