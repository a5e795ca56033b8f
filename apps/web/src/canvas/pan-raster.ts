/** How far beyond each edge of the view (CSS px) a picture is drawn once panning starts: the pan it absorbs. */
export const PAN_MARGIN_PX = 200;

/**
 * Draws into an offscreen canvas with the same transform as the layer (board → device pixels, shifted so the area
 * to draw starts at 0,0); `width`×`height` device pixels is that area.
 */
export type RenderPicture = (target: CanvasRenderingContext2D, width: number, height: number) => void;

interface Picture {
  content: unknown;
  scale: number;
  x: number;
  y: number;
  /** The picture's margin beyond the view it was drawn for, in device pixels. */
  margin: number;
  width: number;
  height: number;
}

/**
 * A picture of big, static content (thousands of notes or dots) that is redrawn only when the content or the zoom
 * changes: while the view only pans, the picture is copied at the new offset, which costs a fraction of drawing
 * everything again. Zoom frames draw just the view; the first frame of a pan draws a margin around it too, so later
 * frames of that pan are copies.
 */
export class PanRaster {
  constructor(private readonly createCanvas = () => document.createElement('canvas')) {}

  private canvas: HTMLCanvasElement | null = null;
  private picture: Picture | null = null;
  private lastScale = Number.NaN;

  /**
   * Draws `content` onto `layer` (whose transform maps board units to device pixels, without rotation), reusing the
   * previous picture when `content` is the same object, the zoom is unchanged and the view is still inside it.
   */
  draw(layer: CanvasRenderingContext2D, pixelRatio: number, content: unknown, render: RenderPicture): void {
    const m = layer.getTransform();
    const viewWidth = layer.canvas.width;
    const viewHeight = layer.canvas.height;
    const panning = m.a === this.lastScale;
    this.lastScale = m.a;
    let source = this.reusableAt(content, m, viewWidth, viewHeight);
    if (!source) {
      const margin = panning ? Math.round(PAN_MARGIN_PX * pixelRatio) : 0;
      if (!this.redraw(content, m, viewWidth + 2 * margin, viewHeight + 2 * margin, margin, render)) return;
      source = { x: margin, y: margin };
    }
    layer.save();
    layer.setTransform(1, 0, 0, 1, 0, 0);
    layer.drawImage(this.canvas!, source.x, source.y, viewWidth, viewHeight, 0, 0, viewWidth, viewHeight);
    layer.restore();
  }

  /** Where the view's top-left corner lies in the current picture, if the picture can be reused. */
  private reusableAt(
    content: unknown,
    m: DOMMatrix,
    viewWidth: number,
    viewHeight: number,
  ): { x: number; y: number } | null {
    const picture = this.picture;
    if (!picture || picture.content !== content || picture.scale !== m.a) return null;
    // Whole pixels: copying at a fractional offset would resample (blur) the picture.
    const x = picture.margin - Math.round(m.e - picture.x);
    const y = picture.margin - Math.round(m.f - picture.y);
    const inside = x >= 0 && y >= 0 && x + viewWidth <= picture.width && y + viewHeight <= picture.height;
    return inside ? { x, y } : null;
  }

  private redraw(
    content: unknown,
    m: DOMMatrix,
    width: number,
    height: number,
    margin: number,
    render: RenderPicture,
  ): boolean {
    this.canvas ??= this.createCanvas();
    // Grown, never shrunk: zoom and pan frames alternate between two sizes, and resizing a canvas reallocates it.
    if (this.canvas.width < width || this.canvas.height < height) {
      this.canvas.width = Math.max(this.canvas.width, width);
      this.canvas.height = Math.max(this.canvas.height, height);
    }
    const target = this.canvas.getContext('2d');
    if (!target) return false;
    target.setTransform(1, 0, 0, 1, 0, 0);
    target.clearRect(0, 0, width, height);
    target.setTransform(m.a, m.b, m.c, m.d, m.e + margin, m.f + margin);
    render(target, width, height);
    target.setTransform(1, 0, 0, 1, 0, 0);
    this.picture = { content, scale: m.a, x: m.e, y: m.f, margin, width, height };
    return true;
  }
}
