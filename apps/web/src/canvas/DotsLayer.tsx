import { memo, useMemo } from 'react';
import { Circle, Layer } from 'react-konva';
import { dotPosition, type Note, type NoteId, type PlacedVote, type Rect } from '@notevote/board';
import { useBoard, useNotes, usePeople, usePrivateVotes, useUi, useVotes } from '../sync/board-context';
import { unvote } from '../sync/actions';
import { tagLayer } from './layer-tag';

/** Dot radius in screen pixels at 100% zoom; it shrinks when zoomed out (down to a readable minimum). */
const DOT_RADIUS_PX = 9;
const MIN_DOT_RADIUS_PX = 3;
const FALLBACK_COLOR = '#6b7280';

interface PlacedDot {
  key: string;
  voteId: string;
  x: number;
  y: number;
  color: string;
  mine: boolean;
  /** A secret dot (secret voting): only this person sees it until the reveal. */
  secret: boolean;
}

/**
 * Everyone's dots in view, in their voter's colour. Your own dots take the vote back when clicked in a vote mode.
 * Your secret dots are drawn as rings (white inside), so you can tell them from dots everyone sees.
 */
export const DotsLayer = memo(function DotsLayer({ view }: { view: Rect }) {
  const { connection } = useBoard();
  const votes = useVotes();
  const secretVotes = usePrivateVotes();
  const notes = useNotes();
  const people = usePeople();
  const scale = useUi((s) => s.viewport.scale);
  const tool = useUi((s) => s.tool);
  const voting = tool === 'vote' || tool === 'free-vote';
  const me = connection.identity.userId;

  const dots = useMemo(
    () => placeDots(votes.values(), secretVotes, notes, people, me, view),
    [votes, secretVotes, notes, people, me, view],
  );
  const radius = Math.max(MIN_DOT_RADIUS_PX, Math.min(DOT_RADIUS_PX, DOT_RADIUS_PX * scale)) / scale;

  return (
    <Layer ref={tagLayer('dots')} name="dots" listening={voting}>
      {dots.map((dot) => (
        <Circle
          key={dot.key}
          name={dot.secret ? 'dot secret-dot' : dot.mine ? 'dot' : 'others-dot'}
          x={dot.x}
          y={dot.y}
          radius={radius}
          fill={dot.secret ? 'white' : dot.color}
          stroke={dot.secret ? dot.color : 'white'}
          strokeWidth={(dot.secret ? 3.5 : 2) / scale}
          listening={dot.mine}
          perfectDrawEnabled={false}
          onPointerDown={(e) => {
            e.cancelBubble = true;
            unvote(connection, dot.voteId);
          }}
        />
      ))}
    </Layer>
  );
});

function placeDots(
  votes: Iterable<PlacedVote>,
  secretVotes: ReadonlyMap<string, PlacedVote>,
  notes: ReadonlyMap<NoteId, Note>,
  people: ReadonlyMap<string, { color: string }>,
  me: string,
  view: Rect,
): PlacedDot[] {
  const result: PlacedDot[] = [];
  const origin = (id: NoteId) => notes.get(id);
  for (const placed of votes) {
    const position = dotPosition({ ...placed.vote, at: 0 }, origin);
    if (!position) continue; // orphaned: its note was deleted
    if (
      position.x < view.x ||
      position.y < view.y ||
      position.x > view.x + view.width ||
      position.y > view.y + view.height
    )
      continue;
    result.push({
      key: placed.key,
      voteId: placed.voteId,
      x: position.x,
      y: position.y,
      color: people.get(placed.voterId)?.color ?? FALLBACK_COLOR,
      mine: placed.voterId === me,
      // The same object means it is drawn from the private copy (the board's copy wins during a reveal).
      secret: secretVotes.get(placed.key) === placed,
    });
  }
  return result;
}
