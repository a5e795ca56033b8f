import { memo, useMemo } from 'react';
import { Image, Layer } from './konva';
import { ballotDrawsDots, type ClusterId, type Point } from '@notevote/board';
import { useNotes, usePublicVotes, useUi } from '../sync/board-context';
import { dotsOfRound } from '../sync/round-view';
import { useViewedRound } from '../sync/use-viewed-round';
import { renderHeatmap } from './heatmap-image';
import { tagLayer } from './layer-tag';
import { useViewedBallot } from '../ballots/use-ballots';

/**
 * The heatmap of one round's dots as ONE image (not thousands of shapes), recomputed only when votes or notes change;
 * pan and zoom just move the image. Like the tally it shows public results only (secret dots warm it once revealed),
 * of the round chosen in the Results panel (the round in progress by default, and that one only from Results on).
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
  const { round, shown } = useViewedRound();
  // An agreement vote's ratings sit on notes as dots do, but where they sit means nothing: no heat.
  const heats = ballotDrawsDots(useViewedBallot());
  const image = useMemo(
    () => (visible && shown && heats ? renderHeatmap(dotsOfRound(votes.values(), round), notes, clusterOrigins) : null),
    [visible, shown, heats, votes, round, notes, clusterOrigins],
  );
  if (!image) return null;
  return (
    <Layer ref={tagLayer('heatmap')} name="heatmap" listening={false} opacity={opacity}>
      <Image image={image.canvas} {...image.bounds} />
    </Layer>
  );
});
