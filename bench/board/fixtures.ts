import * as Y from 'yjs';
import {
  DEFAULT_NOTE_SIZE,
  NOTE_COLORS,
  NOTE_KEYS,
  castVote,
  deleteNote,
  initBoard,
  notesMap,
  updateSession,
  type HeatmapSpec,
} from '@notevote/board';

/**
 * mulberry32: a tiny seeded PRNG, so every run (and every machine) benchmarks exactly the same board. Math.random
 * would make run-to-run differences partly a matter of different data.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 16:9 board region of 5120 × 2880 units at 10 units per cell: the 512 × 288 grid. */
export const HEATMAP_SPEC: HeatmapSpec = {
  bounds: { x: 0, y: 0, width: 5120, height: 2880 },
  cellSize: 10,
  radius: 40,
};

/** A heatmap spec over the same 16:9 board, coarse enough that a smoke run's naive reference stays instant. */
export const SMOKE_HEATMAP_SPEC: HeatmapSpec = {
  bounds: { x: 0, y: 0, width: 5120, height: 2880 },
  cellSize: 160,
  radius: 320,
};

/**
 * Dots clustered around a few hot spots (as people vote on a handful of favourite areas) plus a uniform sprinkle,
 * in board coordinates, with a few just outside the bounds so the out-of-bounds test is exercised too.
 */
export function heatmapDots(count: number, spec: HeatmapSpec, seed: number): { x: number; y: number }[] {
  const random = seededRandom(seed);
  const { x, y, width, height } = spec.bounds;
  const hotSpots = Array.from({ length: 12 }, () => ({
    x: x + random() * width,
    y: y + random() * height,
    spread: 50 + random() * 300,
  }));
  const dots: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (random() < 0.7) {
      const spot = hotSpots[Math.floor(random() * hotSpots.length)]!;
      // Sum of three uniforms: a cheap bell shape around the hot spot.
      const jitter = () => (random() + random() + random() - 1.5) * spot.spread;
      dots.push({ x: spot.x + jitter(), y: spot.y + jitter() });
    } else {
      dots.push({ x: x - 20 + random() * (width + 40), y: y - 20 + random() * (height + 40) });
    }
  }
  return dots;
}

export interface VotedBoardSize {
  notes: number;
  voters: number;
  /** Dots each voter casts; the session budget is set a little higher so every cast is accepted. */
  votesEach: number;
}

export interface VotedBoard {
  doc: Y.Doc;
  noteIds: string[];
  voterIds: string[];
  votes: number;
}

/**
 * A board as a late-joining client receives it: notes (most in clusters) and every voter's dots, cast through the
 * package's own functions, then encoded and applied to a fresh document, the way a new client or a report job
 * loads it. Includes free dots and a few notes deleted after voting (orphaned dots), so every tally path is hit.
 */
export function buildVotedBoard(size: VotedBoardSize, seed: number): VotedBoard {
  const random = seededRandom(seed);
  const author = new Y.Doc();
  const noteIds: string[] = [];
  const voterIds = Array.from({ length: size.voters }, (_, i) => `voter-${i.toString(36).padStart(4, '0')}`);
  let votes = 0;
  author.transact(() => {
    initBoard(author, { title: 'benchmark', now: 0 });
    updateSession(author, { votesPerPerson: size.votesEach + 3, allowStacking: true, phase: 'vote' });
    const clusters = Math.max(1, Math.round(size.notes / 100));
    for (let i = 0; i < size.notes; i++) {
      const id = `note-${i.toString(36).padStart(4, '0')}`;
      // Few distinct creation times, so the ranking's createdAt and id tie-breaks both get work.
      const clusterId = random() < 0.8 ? `cluster-${Math.floor(random() * clusters)}` : undefined;
      notesMap(author).set(id, noteMap(i, random, Math.floor(random() * 50), clusterId));
      noteIds.push(id);
    }
    for (const voterId of voterIds) {
      for (let k = 0; k < size.votesEach; k++) {
        // Squaring skews votes towards low note indexes: a few popular notes and a long tail, as on real boards.
        const noteId = random() < 0.05 ? null : noteIds[Math.floor(random() * random() * noteIds.length)]!;
        const result = castVote(
          author,
          voterId,
          { noteId, x: random() * 200, y: random() * 200 },
          { id: `${voterId}-${k}`, now: votes },
        );
        if (result.ok) votes++;
      }
    }
    for (let i = 0; i < size.notes; i += 97) deleteNote(author, noteIds[i]!);
  });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(author));
  author.destroy();
  return { doc, noteIds, voterIds, votes };
}

/**
 * The note map createNote writes, built directly: createNote scans every note for the top z-order, which makes
 * building a 10,000-note board quadratic (seconds of setup for nothing the benchmark measures).
 */
function noteMap(i: number, random: () => number, createdAt: number, clusterId: string | undefined): Y.Map<unknown> {
  const note = new Y.Map<unknown>();
  note.set(NOTE_KEYS.text, new Y.Text(`idea ${i}`));
  note.set(NOTE_KEYS.x, Math.round(random() * 5000));
  note.set(NOTE_KEYS.y, Math.round(random() * 2800));
  note.set(NOTE_KEYS.width, DEFAULT_NOTE_SIZE);
  note.set(NOTE_KEYS.height, DEFAULT_NOTE_SIZE);
  note.set(NOTE_KEYS.color, NOTE_COLORS[0]);
  note.set(NOTE_KEYS.authorId, 'author');
  note.set(NOTE_KEYS.createdAt, createdAt);
  if (clusterId !== undefined) note.set(NOTE_KEYS.clusterId, clusterId);
  note.set(NOTE_KEYS.z, i + 1);
  return note;
}
