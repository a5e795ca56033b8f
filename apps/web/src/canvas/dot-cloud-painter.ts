import type { DotCloud } from './dot-cloud';
import { dotSprites } from './dot-sprites';
import { stampDots, type DotSpriteVariants } from './dot-stamp';
import { dotRadiusPx } from './dot-style';

/**
 * Paints a dot cloud by stamping sprites into a reused pixel buffer and putting the touched part on the canvas. The
 * buffer is kept between frames: allocating megabytes per frame would hand the garbage collector the bill.
 */
export class DotCloudPainter {
  private image: ImageData | null = null;
  private dirty: { width: number; height: number } | null = null;

  /**
   * Paints into `width`×`height` device pixels of `target`, whose transform maps board units to those pixels, each dot
   * `sizeFactor` times an ordinary dot's size (see `dotSizeFactor`).
   */
  paint(
    target: CanvasRenderingContext2D,
    width: number,
    height: number,
    cloud: DotCloud,
    pixelRatio: number,
    sizeFactor = 1,
  ): void {
    if (cloud.count === 0) return;
    const m = target.getTransform();
    // Quarter pixels: sharp enough, and a zoom gesture reuses sprites instead of rendering new ones every frame.
    const radius = Math.round(dotRadiusPx(m.a / pixelRatio) * sizeFactor * pixelRatio * 4) / 4;
    const sprites: DotSpriteVariants[] = [];
    for (const color of cloud.palette) {
      const variants = dotSprites(color, radius, pixelRatio);
      if (!variants) return;
      sprites.push(variants);
    }
    const image = this.bufferFor(width, height);
    const drawn = stampDots(
      { pixels: image.data, stride: image.width },
      { width, height, scale: m.a, offsetX: m.e, offsetY: m.f },
      cloud,
      sprites,
    );
    this.dirty = { width, height };
    if (drawn) target.putImageData(image, 0, 0, drawn.x, drawn.y, drawn.width, drawn.height);
  }

  /** The buffer, cleared where the last paint may have drawn; grown when the area outgrows it. */
  private bufferFor(width: number, height: number): ImageData {
    if (!this.image || this.image.width < width || this.image.height < height) {
      this.image = new ImageData(Math.max(width, this.image?.width ?? 0), Math.max(height, this.image?.height ?? 0));
    } else if (this.dirty) {
      const rows = Math.min(this.dirty.height, this.image.height);
      this.image.data.fill(0, 0, rows * this.image.width * 4);
    }
    return this.image;
  }
}
