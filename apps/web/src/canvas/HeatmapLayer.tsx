import { memo, useMemo } from 'react';
import { Image, Layer } from 'react-konva';
import { useNotes, usePublicVotes, useUi } from '../sync/board-context';
import { renderHeatmap } from './heatmap-image';
import { tagLayer } from './layer-tag';

/**
 * The heatmap of all dots as ONE image (not thousands of shapes), recomputed only when votes or notes change; pan
 * and zoom just move the image. Like the tally it shows public results only: secret dots warm it once revealed.
 */
export const HeatmapLayer = memo(function HeatmapLayer() {
  const visible = useUi((s) => s.heatmapVisible);
  const opacity = useUi((s) => s.heatmapOpacity);
  const votes = usePublicVotes();
  const notes = useNotes();
  const image = useMemo(() => (visible ? renderHeatmap(votes.values(), notes) : null), [visible, votes, notes]);
  if (!image) return null;
  return (
    <Layer ref={tagLayer('heatmap')} name="heatmap" listening={false} opacity={opacity}>
      <Image image={image.canvas} {...image.bounds} />
    </Layer>
  );
});
