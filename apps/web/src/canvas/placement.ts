import { DEFAULT_NOTE_SIZE, intersects, type Note, type Point } from '@notevote/board';

const GAP = 24;
const NOTE = { width: DEFAULT_NOTE_SIZE, height: DEFAULT_NOTE_SIZE };

/**
 * Where to centre a new note (of `size`, a default note's unless given: a sketch is bigger): `preferred` if no note
 * is there, else the nearest free slot in rings of note-sized steps around it, so a quick series of "Add note" lays
 * notes out side by side instead of piling them up.
 */
export function freeSpotNear(
  notes: Iterable<Note>,
  preferred: Point,
  maxRings = 6,
  size: { width: number; height: number } = NOTE,
): Point {
  const existing = [...notes];
  const step = Math.max(size.width, size.height) + GAP;
  const isFree = (center: Point) => {
    const box = { x: center.x - size.width / 2, y: center.y - size.height / 2, ...size };
    return !existing.some((note) => intersects(box, note));
  };
  if (isFree(preferred)) return preferred;
  for (let ring = 1; ring <= maxRings; ring++) {
    // Reading order within a ring: right first, then below, then the rest.
    const candidates: Point[] = [];
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring)
          candidates.push({ x: preferred.x + dx * step, y: preferred.y + dy * step });
      }
    }
    candidates.sort(
      (a, b) =>
        Math.hypot(a.x - preferred.x, a.y - preferred.y) - Math.hypot(b.x - preferred.x, b.y - preferred.y) ||
        a.y - b.y ||
        a.x - b.x,
    );
    const free = candidates.find(isFree);
    if (free) return free;
  }
  return preferred;
}
