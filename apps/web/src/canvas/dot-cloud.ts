import {
  DEFAULT_PERSON_COLOR,
  dotPosition,
  type ClusterId,
  type Note,
  type NoteId,
  type PlacedVote,
  type Point,
} from '@notevote/board';
import { PERSON_COLORS } from '../sync/identity';
import { sameElements } from './use-unchanged';

/** Voter colour of a dot whose voter is not (or no longer, or not well-formed) in the people list. */
export const FALLBACK_DOT_COLOR = DEFAULT_PERSON_COLOR;

/** One of this person's own dots: drawn as its own node, because clicking it takes the vote back. */
export interface OwnDot {
  key: string;
  voteId: string;
  x: number;
  y: number;
  color: string;
  /** A secret dot (secret voting): only this person sees it until the reveal. */
  secret: boolean;
}

/**
 * Everyone else's dots as flat arrays (board coordinates and an index into `palette`), in vote order. Nothing can be
 * done with them but look, so they are drawn in one pass rather than as thousands of nodes.
 */
export interface DotCloud {
  count: number;
  xs: Float64Array;
  ys: Float64Array;
  colorIndex: Uint16Array;
  palette: string[];
}

/**
 * Where every dot is drawn, split into this person's own dots and everyone else's. Dots whose note (or cluster) no
 * longer exists are left out. A dot on a cluster sits relative to the cluster's frame (`clusterOrigin`: the frame's
 * top-left, from `clusterFrames`). Independent of the view, so panning never recomputes it.
 */
export function placeDots(
  votes: Iterable<PlacedVote>,
  secretVotes: ReadonlyMap<string, PlacedVote>,
  notes: ReadonlyMap<NoteId, Note>,
  people: ReadonlyMap<string, { color: string }>,
  me: string | null,
  clusterOrigin: (clusterId: ClusterId) => Point | undefined = () => undefined,
): { own: OwnDot[]; others: DotCloud } {
  const list = [...votes];
  const own: OwnDot[] = [];
  const xs = new Float64Array(list.length);
  const ys = new Float64Array(list.length);
  const colorIndex = new Uint16Array(list.length);
  const palette: string[] = [];
  const paletteIndex = new Map<string, number>();
  const origin = (id: NoteId) => notes.get(id);
  let count = 0;
  for (const placed of list) {
    const position = dotPosition(placed.vote, origin, clusterOrigin);
    if (!position) continue; // orphaned: its note was deleted
    // On an anonymous board nobody's colour is stored: each voter's pseudonym picks one, so distinct supporters still
    // look distinct without saying who they are.
    const color = people.get(placed.voterId)?.color ?? colorOfPseudonym(placed.voterId);
    if (placed.voterId === me) {
      own.push({
        key: placed.key,
        voteId: placed.voteId,
        ...position,
        color,
        secret: secretVotes.has(placed.key),
      });
      continue;
    }
    let index = paletteIndex.get(color);
    if (index === undefined) {
      index = palette.push(color) - 1;
      paletteIndex.set(color, index);
    }
    xs[count] = position.x;
    ys[count] = position.y;
    colorIndex[count] = index;
    count++;
  }
  return { own, others: { count, xs, ys, colorIndex, palette } };
}

/** Whether two clouds draw the same dots in the same colours (a note move elsewhere leaves the cloud as it was). */
export function sameCloud(a: DotCloud, b: DotCloud): boolean {
  if (a.count !== b.count || !sameElements(a.palette, b.palette)) return false;
  for (let i = 0; i < a.count; i++) {
    if (a.xs[i] !== b.xs[i] || a.ys[i] !== b.ys[i] || a.colorIndex[i] !== b.colorIndex[i]) return false;
  }
  return true;
}

/** A stable colour for a voter with no stored one, from their (per-board, pseudonymous) id. */
function colorOfPseudonym(voterId: string): string {
  let hash = 0;
  for (let i = 0; i < voterId.length; i++) hash = (hash * 31 + voterId.charCodeAt(i)) | 0;
  return PERSON_COLORS[Math.abs(hash) % PERSON_COLORS.length] ?? FALLBACK_DOT_COLOR;
}
