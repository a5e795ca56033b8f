import { memo, useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { Shape } from './konva';
import type Konva from 'konva';
import { paintNoteBatch, type NoteBatchContent } from './note-batch-painter';
import { PanRaster } from './pan-raster';
import { useSketchImages } from '../sketches/use-sketch-images';

/**
 * Many small notes as ONE Konva shape, redrawn from a picture while the view only pans. It does not listen: a press
 * on a batched note reaches the stage, which finds the note with `noteAt`.
 */
export const NoteBatchShape = memo(function NoteBatchShape({
  notes,
  selection,
  tally,
  detail,
  uiDirection,
}: NoteBatchContent) {
  const raster = useRef<PanRaster>(null);
  // Sketches' pictures: the batch is drawn again when one arrives (only if it holds a sketch at all).
  const pictures = useSketchImages();
  const hasSketches = useMemo(() => notes.some((note) => note.image !== undefined), [notes]);
  const picturesVersion = useSyncExternalStore(pictures.subscribe, () => (hasSketches ? pictures.version : 0));
  const content = useMemo(
    () => ({ notes, selection, tally, detail, uiDirection, pictures, picturesVersion }),
    [notes, selection, tally, detail, uiDirection, pictures, picturesVersion],
  );
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      raster.current ??= new PanRaster();
      const pixelRatio = context.getCanvas().getPixelRatio();
      raster.current.draw(context._context, pixelRatio, content, (target, width, height) =>
        paintNoteBatch(target, width, height, content, pixelRatio),
      );
    },
    [content],
  );
  return <Shape name="note-batch" listening={false} perfectDrawEnabled={false} sceneFunc={sceneFunc} />;
});
