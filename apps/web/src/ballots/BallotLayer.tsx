import { memo, useCallback, useMemo } from 'react';
import { Circle, Group, Layer, Shape, Text } from '../canvas/konva';
import type Konva from 'konva';
import { useTranslation } from 'react-i18next';
import {
  dotPosition,
  initialsOf,
  type ClusterId,
  type Note,
  type NoteId,
  type PlacedVote,
  type Point,
} from '@notevote/board';
import { useBoard, useMeta, useNotes, usePrivateVotes, useUi, useVotes } from '../sync/board-context';
import { unvote } from '../sync/actions';
import { dotsOfRound } from '../sync/round-view';
import { useRoundTally } from '../sync/use-round-tally';
import { useViewedRound } from '../sync/use-viewed-round';
import { NOTE_FONT_FAMILY } from '../canvas/text-fit';
import { tagLayer } from '../canvas/layer-tag';
import { uiDirection } from '../i18n';
import { ratingBars, supportLegible, supportLineTexts, supportLines } from './under-notes';
import { UNDER_NOTE_INK, paintUnderNotes, wrapSupportLine, type UnderNotes } from './under-notes-painter';
import { useDeciders, useRoundRatings, useViewedBallot } from './use-ballots';

/** A supervote marker's radius and ring, in screen pixels (a dot is 9): large, and the initials must fit. */
const MARKER_RADIUS_PX = 15;
const MARKER_RING_PX = 3;
const MARKER_FILL = '#ffd33d';
const MARKER_INK = UNDER_NOTE_INK;

/**
 * What each round type adds on the board, on a layer of its own, for the round on show: a supervote's markers (a
 * gold ring with the decider's initials, drawn apart from everyone's dots; the deciders' own are theirs to take back in
 * a vote mode, dashed while still secret), and once results are shown, each voted note's support under it ("12 dots
 * from 7 people"; the dots alone on an anonymous board with fewer than three behind them) or, in an agreement vote, a
 * small bar of its ratings (left out where it would tell who rated what). The lines and bars are painted by one shape
 * (`under-notes-painter.ts`); only the markers, which their deciders press, are nodes.
 */
export const BallotLayer = memo(function BallotLayer({
  clusterOrigins,
}: {
  /** Each cluster frame's top-left: supervotes on a cluster are placed from it. */
  clusterOrigins: ReadonlyMap<ClusterId, Point>;
}) {
  const ballot = useViewedBallot();
  const tool = useUi((s) => s.tool);
  const voting = tool === 'vote' || tool === 'free-vote';
  return (
    <Layer ref={tagLayer('ballots')} name="ballots" listening={voting && ballot === 'supervote'}>
      {ballot === 'supervote' && <SupervoteMarkers clusterOrigins={clusterOrigins} />}
      {ballot === 'agreement' ? <RatingBars /> : ballot !== 'supervote' && <SupportLines />}
    </Layer>
  );
});

/** The supervotes of the round on show, each a marker with its decider's initials. */
function SupervoteMarkers({ clusterOrigins }: { clusterOrigins: ReadonlyMap<ClusterId, Point> }) {
  const { connection } = useBoard();
  const votes = useVotes();
  const secret = usePrivateVotes();
  const notes = useNotes();
  const deciders = useDeciders();
  const scale = useUi((s) => s.viewport.scale);
  const { round, current } = useViewedRound();
  const me = current ? connection.voterId : null;
  const markers = useMemo(
    () => placeMarkers(dotsOfRound(votes.values(), round), notes, clusterOrigins),
    [votes, round, notes, clusterOrigins],
  );
  const radius = MARKER_RADIUS_PX / scale;
  return (
    <>
      {markers.map(({ placed, x, y }) => {
        const name = deciders.get(placed.voterId)?.name;
        const mine = placed.voterId === me;
        return (
          <Group
            key={placed.key}
            name={mine ? 'supervote own-supervote' : 'supervote'}
            x={x}
            y={y}
            listening={mine}
            onPointerDown={(e) => {
              e.cancelBubble = true;
              if (e.evt.pointerType !== 'touch') unvote(connection, placed.voteId);
            }}
            onPointerClick={(e) => {
              if (e.evt.pointerType === 'touch') unvote(connection, placed.voteId);
            }}
          >
            <Circle
              radius={radius}
              fill={MARKER_FILL}
              stroke={MARKER_INK}
              strokeWidth={MARKER_RING_PX / scale}
              // Dashed while still secret (only its decider sees it until the results).
              {...(secret.has(placed.key) ? { dash: [4 / scale, 3 / scale] } : {})}
              perfectDrawEnabled={false}
            />
            <Text
              text={name ? initialsOf(name) : '?'}
              width={2 * radius}
              height={2 * radius}
              offsetX={radius}
              offsetY={radius}
              align="center"
              verticalAlign="middle"
              fontStyle="bold"
              fontSize={12 / scale}
              fontFamily={NOTE_FONT_FAMILY}
              fill={MARKER_INK}
              listening={false}
              perfectDrawEnabled={false}
            />
          </Group>
        );
      })}
    </>
  );
}

/** Where each supervote is drawn; those on a deleted note or an emptied cluster are left out. */
function placeMarkers(
  votes: readonly PlacedVote[],
  notes: ReadonlyMap<NoteId, Note>,
  clusterOrigins: ReadonlyMap<ClusterId, Point>,
): Array<{ placed: PlacedVote; x: number; y: number }> {
  const markers: Array<{ placed: PlacedVote; x: number; y: number }> = [];
  for (const placed of votes) {
    const at = dotPosition(
      placed.vote,
      (id) => notes.get(id),
      (id) => clusterOrigins.get(id),
    );
    if (at) markers.push({ placed, ...at });
  }
  return markers;
}

/** Under each voted note, once results are shown and the line is legible: how many dots from how many people. */
function SupportLines() {
  const { t } = useTranslation();
  const notes = useNotes();
  const anonymous = useMeta()?.anonymous ?? false;
  // Zooming re-renders this only when the line becomes legible or not.
  const legible = useUi((s) => supportLegible(s.viewport.scale));
  const { round, current, shown } = useViewedRound();
  const tally = useRoundTally(round, current);
  const content = useMemo(
    () => ({
      lines: shown && legible ? supportLines(notes, tally.notes, supportLineTexts(t, anonymous), wrapSupportLine) : [],
      bars: [],
      // The words are the interface's (a new `t` comes with a new language).
      direction: uiDirection(),
    }),
    [shown, legible, notes, tally, t, anonymous],
  );
  if (content.lines.length === 0) return null;
  return <UnderNotesShape name="support-lines" content={content} />;
}

/** Under each rated note, once results are shown: its ratings as a stacked bar (where they may be broken down). */
function RatingBars() {
  const notes = useNotes();
  const anonymous = useMeta()?.anonymous ?? false;
  const { round, shown } = useViewedRound();
  const ratings = useRoundRatings(round, shown);
  const content = useMemo(
    // Bars have no words, so no direction of their own.
    () => ({ lines: [], bars: shown ? ratingBars(notes, ratings, anonymous) : [], direction: 'ltr' as const }),
    [shown, notes, ratings, anonymous],
  );
  if (content.bars.length === 0) return null;
  return <UnderNotesShape name="rating-bars" content={content} />;
}

/**
 * Support lines or ratings bars as ONE Konva shape, painted from plain data: a board has thousands of voted notes, and
 * Konva draws every node of a layer on every frame of a pan or zoom, on screen or not. It does not listen.
 */
const UnderNotesShape = memo(function UnderNotesShape({ name, content }: { name: string; content: UnderNotes }) {
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      const target = context._context;
      paintUnderNotes(target, target.canvas.width, target.canvas.height, content);
    },
    [content],
  );
  return <Shape name={name} listening={false} perfectDrawEnabled={false} sceneFunc={sceneFunc} />;
});
