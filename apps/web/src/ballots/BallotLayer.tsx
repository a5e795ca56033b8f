import { memo, useMemo } from 'react';
import { Circle, Group, Layer, Rect, Text } from 'react-konva';
import { useTranslation } from 'react-i18next';
import {
  dotPosition,
  initialsOf,
  type ClusterId,
  type Note,
  type NoteId,
  type PlacedVote,
  type Point,
  type RatingTally,
} from '@notevote/board';
import { useBoard, useMeta, useNotes, usePrivateVotes, useUi, useVotes } from '../sync/board-context';
import { unvote } from '../sync/actions';
import { dotsOfRound } from '../sync/round-view';
import { useRoundTally } from '../sync/use-round-tally';
import { useViewedRound } from '../sync/use-viewed-round';
import { NOTE_FONT_FAMILY } from '../canvas/text-fit';
import { tagLayer } from '../canvas/layer-tag';
import { RATING_COLORS, ratingSegments, showsDistribution } from './ratings';
import { spreadText } from './spread';
import { useDeciders, useRoundRatings, useViewedBallot } from './use-ballots';

/** A supervote marker's radius and ring, in screen pixels (a dot is 9): large, and the initials must fit. */
const MARKER_RADIUS_PX = 15;
const MARKER_RING_PX = 3;
const MARKER_FILL = '#ffd33d';
const MARKER_INK = '#1f2328';
/** The support line and the ratings bar under a note, in board units (they scale with the note). */
const SUPPORT_FONT = 14;
const SUPPORT_GAP = 6;
const BAR_HEIGHT = 12;
/** Below this on-screen size (px) the support line would be unreadable: it is left out. */
const MIN_SUPPORT_FONT_PX = 7;

/**
 * What each round type adds on the board, on a layer of its own, for the round on show: a supervote's markers (a
 * gold ring with the decider's initials, drawn apart from everyone's dots; the deciders' own are theirs to take back in
 * a vote mode, dashed while still secret), and once results are shown, each voted note's support under it ("12 dots
 * from 7 people"; the dots alone on an anonymous board with fewer than three behind them) or, in an agreement vote, a
 * small bar of its ratings (left out where it would tell who rated what).
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

/** Under each voted note, once results are shown: how many dots from how many people. */
function SupportLines() {
  const { t } = useTranslation();
  const notes = useNotes();
  const anonymous = useMeta()?.anonymous ?? false;
  const scale = useUi((s) => s.viewport.scale);
  const { round, current, shown } = useViewedRound();
  const tally = useRoundTally(round, current);
  if (!shown || SUPPORT_FONT * scale < MIN_SUPPORT_FONT_PX) return null;
  return (
    <>
      {tally.ranking.map((entry) => {
        const note = notes.get(entry.noteId);
        if (!note) return null;
        return (
          <Text
            key={entry.noteId}
            name="support"
            x={note.x}
            y={note.y + note.height + SUPPORT_GAP}
            width={note.width}
            text={spreadText(t, entry.votes, entry.voters, anonymous)}
            align="center"
            fontSize={SUPPORT_FONT}
            fontFamily={NOTE_FONT_FAMILY}
            fill={MARKER_INK}
            listening={false}
            perfectDrawEnabled={false}
          />
        );
      })}
    </>
  );
}

/** Under each rated note, once results are shown: its ratings as a stacked bar (where they may be broken down). */
function RatingBars() {
  const notes = useNotes();
  const anonymous = useMeta()?.anonymous ?? false;
  const { round, shown } = useViewedRound();
  const ratings = useRoundRatings(round, shown);
  if (!shown) return null;
  return (
    <>
      {[...ratings].map(([key, tally]) => {
        const note = notes.get(key);
        if (!note || !showsDistribution(tally, anonymous)) return null;
        return <RatingBar key={key} note={note} tally={tally} />;
      })}
    </>
  );
}

function RatingBar({ note, tally }: { note: Note; tally: RatingTally }) {
  let x = note.x;
  return (
    <Group name="rating-bar" listening={false}>
      {ratingSegments(tally).map((segment) => {
        const width = segment.share * note.width;
        const rect = (
          <Rect
            key={segment.rating}
            x={x}
            y={note.y + note.height + SUPPORT_GAP}
            width={width}
            height={BAR_HEIGHT}
            fill={RATING_COLORS[segment.rating]}
            // A hairline between segments, so two neighbours of similar lightness stay apart.
            stroke="#ffffff"
            strokeWidth={1}
            perfectDrawEnabled={false}
          />
        );
        x += width;
        return rect;
      })}
    </Group>
  );
}
