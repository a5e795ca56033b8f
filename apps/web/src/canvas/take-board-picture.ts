import type Konva from 'konva';
import type { BoardConnection } from '../sync/board-connection';
import type { UiStore } from '../state/ui-store';
import { boardStage } from './board-stage';
import { contentBounds, planPicture } from './board-picture';

/** Thrown when there is nothing on the board to take a picture of. */
export class EmptyBoardError extends Error {
  override readonly name = 'EmptyBoardError';
  constructor() {
    super('the board is empty');
  }
}

/** Layers that belong to this screen, not to the board: other people's cursors, the selection band. */
const SCREEN_ONLY_LAYERS = new Set(['presence', 'selection-band']);
/** The board's background (styles.css `.board-canvas`), where the stage draws nothing. */
const FALLBACK_BACKGROUND = '#f6f7f9';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * A PNG of the whole board with the heatmap, as this screen draws it: the view is fitted to everything for a
 * moment (heatmap on, selection and other people's cursors left out), copied at a high resolution, then put back as
 * it was.
 */
export async function takeBoardPicture({
  connection,
  ui,
}: {
  connection: BoardConnection;
  ui: UiStore;
}): Promise<Blob> {
  const stage = boardStage();
  if (!stage) throw new Error('the board is not on screen');
  const content = contentBounds(connection.notes.snapshot, connection.publicVotes.snapshot.values());
  if (!content) throw new EmptyBoardError();
  const before = ui.getState();
  const plan = planPicture(content, before.canvasSize);
  const hidden: Konva.Layer[] = [];
  try {
    ui.getState().clearSelection();
    ui.getState().setHeatmapVisible(true);
    ui.getState().setViewport(plan.viewport);
    // React renders the new view, then Konva draws it on the next frame.
    await nextFrame();
    await nextFrame();
    for (const layer of stage.getLayers()) {
      if (SCREEN_ONLY_LAYERS.has(layer.name()) && layer.visible()) {
        layer.visible(false);
        hidden.push(layer);
      }
    }
    const drawn = stage.toCanvas({ ...plan.crop, pixelRatio: plan.pixelRatio });
    return await toPng(onBackground(drawn, backgroundOf(stage)));
  } finally {
    for (const layer of hidden) layer.visible(true);
    ui.getState().setViewport(before.viewport);
    ui.getState().setHeatmapVisible(before.heatmapVisible);
    ui.getState().select(before.selection);
  }
}

function backgroundOf(stage: Konva.Stage): string {
  const color = getComputedStyle(stage.container().parentElement ?? stage.container()).backgroundColor;
  return color && color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent' ? color : FALLBACK_BACKGROUND;
}

/** The stage draws only what is on it: a PNG viewer would show the empty board as black or checkered. */
function onBackground(drawn: HTMLCanvasElement, background: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = drawn.width;
  canvas.height = drawn.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the picture');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(drawn, 0, 0);
  return canvas;
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the picture'))),
      'image/png',
    ),
  );
}
