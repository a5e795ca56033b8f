import { memo, useCallback, useMemo, useRef } from 'react';
import { Shape } from './konva';
import type Konva from 'konva';
import type { DotCloud } from './dot-cloud';
import { DotCloudPainter } from './dot-cloud-painter';
import { PanRaster } from './pan-raster';

/**
 * Everyone else's dots as ONE Konva shape: thousands of Circle nodes cost more to walk and draw every frame than the
 * dots themselves. Nothing can be done with these dots but look, so the shape does not listen.
 */
export const DotCloudShape = memo(function DotCloudShape({
  cloud,
  sizeFactor = 1,
}: {
  cloud: DotCloud;
  /** Each dot's size against an ordinary dot's (a heat-map vote's are small, a straw poll's large). */
  sizeFactor?: number;
}) {
  const raster = useRef<PanRaster>(null);
  // What the kept picture shows: the same object while the cloud and the size are unchanged.
  const key = useMemo(() => ({ cloud, sizeFactor }), [cloud, sizeFactor]);
  const painter = useRef<DotCloudPainter>(null);
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      raster.current ??= new PanRaster();
      painter.current ??= new DotCloudPainter();
      const pixelRatio = context.getCanvas().getPixelRatio();
      const paint = painter.current;
      raster.current.draw(context._context, pixelRatio, key, (target, width, height) =>
        paint.paint(target, width, height, cloud, pixelRatio, sizeFactor),
      );
    },
    [cloud, sizeFactor, key],
  );
  return <Shape name="others-dots" listening={false} perfectDrawEnabled={false} sceneFunc={sceneFunc} />;
});
