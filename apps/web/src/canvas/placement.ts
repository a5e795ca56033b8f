import { DEFAULT_NOTE_SIZE, intersects, type Note, type Point } from '@notevote/board';

const GAP = 24;
const STEP = DEFAULT_NOTE_SIZE + GAP;

/**
 * Where to centre a new note: `preferred` if no note is there, else the nearest free slot in rings of note-sized
 * steps around it, so a quick series of "Add note" lays notes out side by side instead of piling them up.
 */
export function freeSpotNear(notes: Iterable<Note>, preferred: Point, maxRings = 6): Point {
  const existing = [...notes];
  const isFree = (center: Point) => {
    const half = DEFAULT_NOTE_SIZE / 2;
    const box = { x: center.x - half, y: center.y - half, width: DEFAULT_NOTE_SIZE, height: DEFAULT_NOTE_SIZE };
    return !existing.some((note) => intersects(box, note));
  };
  if (isFree(preferred)) return preferred;
  for (let ring = 1; ring <= maxRings; ring++) {
    // Reading order within a ring: right first, then below, then the rest.
    const candidates: Point[] = [];
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring)
          candidates.push({ x: preferred.x + dx * STEP, y: preferred.y + dy * STEP });
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
