import type Konva from 'konva';

/*
 * The board's Konva stage, for the one job that needs it outside the canvas: saving the board as a picture. The
 * canvas registers it through a ref; nothing else should draw on it or change it.
 */

let current: Konva.Stage | null = null;

/** The ref callback for the board's `<Stage>`. */
export function registerBoardStage(stage: Konva.Stage | null): void {
  current = stage;
}

/** The mounted board stage, or null while the board is not on screen. */
export function boardStage(): Konva.Stage | null {
  return current;
}
