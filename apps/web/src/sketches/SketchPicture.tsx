import { memo, useCallback } from 'react';
import { Shape } from '../canvas/konva';
import type Konva from 'konva';
import type { NoteImage } from '@notevote/board';
import { useUi } from '../sync/board-context';
import { bitmapWidthFor } from './bitmap-level';
import { paintSketch } from './paint-sketch';
import { devicePixelRatio, useSketchPicture } from './use-sketch-images';

/**
 * A sketch's picture inside its NoteShape (whose group puts 0,0 at the note's top-left): the bitmap of the width the
 * zoom needs, or a placeholder. Re-renders only when the width step changes with the zoom or a picture arrives, not
 * on every zoom frame. It does not listen: presses land on the card behind it.
 */
export const SketchPicture = memo(function SketchPicture({
  width,
  height,
  image,
}: {
  width: number;
  height: number;
  image: NoteImage;
}) {
  const bitmapWidth = useUi((s) =>
    bitmapWidthFor({ x: 0, y: 0, width, height, image }, s.viewport.scale * devicePixelRatio()),
  );
  const { bitmap, status } = useSketchPicture(image, bitmapWidth);
  const sceneFunc = useCallback(
    (context: Konva.Context) => paintSketch(context._context, { x: 0, y: 0, width, height }, image, bitmap, status),
    [width, height, image, bitmap, status],
  );
  return <Shape name="sketch-picture" listening={false} perfectDrawEnabled={false} sceneFunc={sceneFunc} />;
});
