import { memo, useMemo } from 'react';
import { Image, Layer } from 'react-konva';
import type { ClusterId, Point } from '@notevote/board';
import { useNotes, usePublicVotes, useUi } from '../sync/board-context';
import { renderHeatmap } from './heatmap-image';
import { tagLayer } from './layer-tag';

/**
 * The heatmap of all dots as ONE image (not thousands of shapes), recomputed only when votes or notes change; pan
 * and zoom just move the image. Like the tally it shows public results only: secret dots warm it once revealed.
 */
export const HeatmapLayer = memo(function HeatmapLayer({
  clusterOrigins,
}: {
  /** Each cluster frame's top-left: dots on a cluster are placed from it. */
  clusterOrigins: ReadonlyMap<ClusterId, Point>;
}) {
  const visible = useUi((s) => s.heatmapVisible);
  const opacity = useUi((s) => s.heatmapOpacity);
  const votes = usePublicVotes();
  const notes = useNotes();
  const image = useMemo(
    () => (visible ? renderHeatmap(votes.values(), notes, clusterOrigins) : null),
    [visible, votes, notes, clusterOrigins],
  );
  if (!image) return null;
  return (
    <Layer ref={tagLayer('heatmap')} name="heatmap" listening={false} opacity={opacity}>
      <Image image={image.canvas} {...image.bounds} />
    </Layer>
  );
});
