import { spriteFromPixels, type DotSprite, type DotSpriteVariants } from './dot-stamp';
import { DOT_OUTLINE_PX } from './dot-style';

/** Enough for every voter colour at the sizes one zoom gesture passes through. */
const MAX_CACHED_SPRITES = 256;
const cache = new Map<string, DotSpriteVariants>();

/**
 * Someone else's dot (filled in their colour, white ring) rendered by the canvas itself, so a stamped dot looks
 * exactly like a drawn one, in its four half-pixel positions. `radius` is in device pixels; `pixelRatio` scales the
 * ring. Null if the browser gives no 2D canvas.
 */
export function dotSprites(color: string, radius: number, pixelRatio: number): DotSpriteVariants | null {
  const key = `${color}/${radius}/${pixelRatio}`;
  let variants = cache.get(key);
  if (variants) return variants;
  const outline = DOT_OUTLINE_PX * pixelRatio;
  // Even size: unshifted, the centre falls on a pixel corner; the spare pixel holds the half-pixel shift.
  const size = 2 * Math.ceil(radius + outline / 2 + 1.5);
  const render = (shiftX: number, shiftY: number) =>
    renderDot(size, size / 2 + shiftX, size / 2 + shiftY, color, radius, outline);
  const [corner, right, down, both] = [render(0, 0), render(0.5, 0), render(0, 0.5), render(0.5, 0.5)];
  if (!corner || !right || !down || !both) return null;
  variants = [corner, right, down, both];
  if (cache.size >= MAX_CACHED_SPRITES) cache.clear();
  cache.set(key, variants);
  return variants;
}

function renderDot(
  size: number,
  x: number,
  y: number,
  color: string,
  radius: number,
  outline: number,
): DotSprite | null {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.beginPath();
  context.arc(x, y, radius, 0, Math.PI * 2);
  context.fillStyle = color;
  context.fill();
  context.lineWidth = outline;
  context.strokeStyle = 'white';
  context.stroke();
  return spriteFromPixels(size, context.getImageData(0, 0, size, size).data);
}
