import { memo, useMemo } from 'react';
import { Circle, Layer } from './konva';
import { ballotDrawsDots, type ClusterId, type Point } from '@notevote/board';
import { useBoard, useNotes, usePeople, usePrivateVotes, useUi, useVotes } from '../sync/board-context';
import { unvote } from '../sync/actions';
import { dotsOfRound } from '../sync/round-view';
import { useViewedRound } from '../sync/use-viewed-round';
import { placeDots, sameCloud } from './dot-cloud';
import { DotCloudShape } from './DotCloudShape';
import { DOT_OUTLINE_PX, SECRET_DOT_OUTLINE_PX, dotRadiusPx, dotSizeFactor } from './dot-style';
import { useViewedBallot } from '../ballots/use-ballots';
import { tagLayer } from './layer-tag';
import { useUnchanged } from './use-unchanged';

/**
 * Everyone's dots of one round (the round in progress, or the one chosen in the Results panel), in their voter's
 * colour. Your own dots of the round in progress are nodes of their own: they take the vote back when clicked (or
 * tapped) in a vote mode, and your secret dots are drawn as rings (white inside), so you can tell them from dots
 * everyone sees. Everyone else's dots, and an earlier round's (history: nobody takes those back), are drawn together. Dots on a cluster are placed from its frame.
 * The round type sets their size (a heat-map vote's small, a straw poll's large); a supervote's are drawn apart, as
 * markers with their deciders' initials (ballots/BallotLayer), and an agreement vote's ratings are no dots at all.
 */
export const DotsLayer = memo(function DotsLayer({
  clusterOrigins,
}: {
  /** Each cluster frame's top-left. */
  clusterOrigins: ReadonlyMap<ClusterId, Point>;
}) {
  const { connection } = useBoard();
  const votes = useVotes();
  const secretVotes = usePrivateVotes();
  const notes = useNotes();
  const people = usePeople();
  const scale = useUi((s) => s.viewport.scale);
  const tool = useUi((s) => s.tool);
  const voting = tool === 'vote' || tool === 'free-vote';
  const { round, current } = useViewedRound();
  const ballot = useViewedBallot();
  const drawn = ballotDrawsDots(ballot) && ballot !== 'supervote';
  const me = current ? connection.voterId : null;

  const { own, others } = useMemo(
    () => placeDots(drawn ? dotsOfRound(votes.values(), round) : [], secretVotes, notes, people, me, clusterOrigins),
    [drawn, votes, round, secretVotes, notes, people, me, clusterOrigins],
  );
  // A note move rebuilds the cloud; unless a dot moved with it, the cached picture of the cloud stays valid.
  const cloud = useUnchanged(others, sameCloud);
  const sizeFactor = dotSizeFactor(ballot);
  const radius = (dotRadiusPx(scale) * sizeFactor) / scale;

  return (
    <Layer ref={tagLayer('dots')} name="dots" listening={voting}>
      <DotCloudShape cloud={cloud} sizeFactor={sizeFactor} />
      {own.map((dot) => (
        <Circle
          key={dot.key}
          name={dot.secret ? 'dot secret-dot' : 'dot'}
          x={dot.x}
          y={dot.y}
          radius={radius}
          fill={dot.secret ? 'white' : dot.color}
          stroke={dot.secret ? dot.color : 'white'}
          strokeWidth={(dot.secret ? SECRET_DOT_OUTLINE_PX : DOT_OUTLINE_PX) / scale}
          perfectDrawEnabled={false}
          onPointerDown={(e) => {
            e.cancelBubble = true;
            // A finger takes its dot back on a tap (below), so a pan or a pinch that starts on the dot keeps it.
            if (e.evt.pointerType !== 'touch') unvote(connection, dot.voteId);
          }}
          onPointerClick={(e) => {
            if (e.evt.pointerType === 'touch') unvote(connection, dot.voteId);
          }}
        />
      ))}
    </Layer>
  );
});
