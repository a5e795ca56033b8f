import { describe, expect, it } from 'vitest';
import { PAN_MARGIN_PX, PanRaster } from './pan-raster';

/** Just enough of a 2D context to record what a PanRaster does with it. */
function fakeContext(canvas: { width: number; height: number }) {
  let transform = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  const copies: number[][] = [];
  const context = {
    canvas,
    copies,
    getTransform: () => ({ ...transform }) as DOMMatrix,
    setTransform: (a: number, b: number, c: number, d: number, e: number, f: number) => {
      transform = { a, b, c, d, e, f };
    },
    save: () => undefined,
    restore: () => undefined,
    clearRect: () => undefined,
    drawImage: (_image: unknown, ...args: number[]) => copies.push(args.slice(0, 2)),
  };
  return context;
}

function setup() {
  const view = { width: 800, height: 600 };
  const layer = fakeContext(view);
  const pictureCanvas = { width: 0, height: 0, getContext: () => fakeContext(pictureCanvas) };
  const raster = new PanRaster(() => pictureCanvas as unknown as HTMLCanvasElement);
  const renders: Array<{ width: number; height: number; offset: number }> = [];
  const draw = (content: unknown, scale: number, x: number, y: number) => {
    layer.setTransform(scale, 0, 0, scale, x, y);
    raster.draw(layer as unknown as CanvasRenderingContext2D, 1, content, (target, width, height) =>
      renders.push({ width, height, offset: target.getTransform().e - x }),
    );
    return layer.copies.at(-1);
  };
  return { view, draw, renders };
}

describe('PanRaster', () => {
  const margin = PAN_MARGIN_PX;

  it('draws a zoom frame for the view alone', () => {
    const { draw, renders } = setup();
    expect(draw('notes', 0.5, 10, 20)).toEqual([0, 0]);
    expect(renders).toEqual([{ width: 800, height: 600, offset: 0 }]);
  });

  it('draws a margin around the view once panning starts, then copies the picture while the view stays inside', () => {
    const { draw, renders } = setup();
    draw('notes', 0.5, 10, 20);
    expect(draw('notes', 0.5, 40, 0)).toEqual([margin, margin]);
    expect(renders.at(-1)).toEqual({ width: 800 + 2 * margin, height: 600 + 2 * margin, offset: margin });
    // Panned 50 px right and 30 px down since: the view now starts 50 px further left in the picture.
    expect(draw('notes', 0.5, 90, 30)).toEqual([margin - 50, margin - 30]);
    expect(renders).toHaveLength(2);
  });

  it('draws again when the view pans out of the picture, the zoom changes or the content is new', () => {
    const { draw, renders } = setup();
    draw('notes', 0.5, 0, 0);
    draw('notes', 0.5, 1, 0);
    draw('notes', 0.5, 1 + margin + 1, 0);
    expect(renders).toHaveLength(3);
    draw('notes', 0.6, 0, 0);
    expect(renders.at(-1)).toEqual({ width: 800, height: 600, offset: 0 });
    draw('other notes', 0.6, 0, 0);
    expect(renders).toHaveLength(5);
  });
});
