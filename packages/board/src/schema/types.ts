import type { ClusterId, NoteId, UserId } from './ids';

/**
 * The schema version this package writes. The relay migrates older documents when it loads them.
 * v2: every dot spends budget until its voter takes it back (dots on deleted notes included); `meta.userIds` says how
 * user ids are derived; `meta.anonymous`; a note's `authorId` is an author tag on anonymous boards.
 */
export const SCHEMA_VERSION = 2;

/** Top-level shared types of a board document. These names are a public contract (see README). */
export const ROOT = {
  meta: 'meta',
  notes: 'notes',
  votes: 'votes',
  people: 'people',
  session: 'session',
} as const;

/** Keys of a note's Y.Map. `text` holds a Y.Text; every other key holds a plain value. */
export const NOTE_KEYS = {
  text: 'text',
  x: 'x',
  y: 'y',
  width: 'width',
  height: 'height',
  color: 'color',
  authorId: 'authorId',
  createdAt: 'createdAt',
  clusterId: 'clusterId',
  z: 'z',
} as const;

/** A note as plain data: what a renderer or a report reads. Positions are board units, top-left origin. */
export interface Note {
  id: NoteId;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  authorId: UserId;
  createdAt: number;
  clusterId?: ClusterId;
  /** Stacking order: higher is drawn on top. Touching a note raises it above all others. Defaults to 0. */
  z: number;
}

/** The geometry and styling a note is created with; everything but `text` is optional. */
export interface NoteInit {
  text?: string;
  x: number;
  y: number;
  width?: number;
  height?: number;
  color?: string;
  clusterId?: ClusterId;
}

/**
 * One dot. On a note (`noteId` set) `x`/`y` are relative to the note's top-left corner so the dot moves with it;
 * a free dot (`noteId` null, a heat-map vote anywhere) uses board coordinates.
 */
export interface Vote {
  noteId: NoteId | null;
  x: number;
  y: number;
  /** When it was cast (ms since epoch); also breaks ties when ordering a voter's dots. */
  at: number;
}

/** A participant as others see them. */
export interface Person {
  name: string;
  color: string;
}

/** Phases of a sprint round. Later phases of the facilitation flow extend this list. */
export const PHASES = ['open', 'write', 'vote', 'results'] as const;
export type Phase = (typeof PHASES)[number];

/** Session settings written by the facilitator. Missing keys fall back to `DEFAULT_SESSION`. */
export interface Session {
  phase: Phase;
  votesPerPerson: number;
  /** Whether one voter may put several dots on the same note. */
  allowStacking: boolean;
  /** While true, only the facilitator may change the board. */
  locked: boolean;
  /**
   * Silent writing: while true, each person's new notes stay in their private document, seen by nobody else, until
   * the facilitator turns it off (which reveals them).
   */
  silentWriting: boolean;
  /** Secret voting: the same for dots. Turning it off reveals every secret dot at once. */
  secretVoting: boolean;
  /** Timer: when the current timebox ends (ms since epoch), or null when no timer runs. */
  timerEndsAt: number | null;
  /** Timer length in ms, kept so a paused or reset timer can be restarted. */
  timerDurationMs: number | null;
}

export const DEFAULT_SESSION: Readonly<Session> = Object.freeze({
  phase: 'open',
  votesPerPerson: 5,
  allowStacking: false,
  locked: false,
  silentWriting: false,
  secretVoting: false,
  timerEndsAt: null,
  timerDurationMs: null,
});

/** Board metadata. */
export interface BoardMeta {
  schemaVersion: number;
  title: string;
  createdAt: number;
  /** How user ids are derived on this board (see src/identity): 1 for boards older than per-board ids. */
  userIds: 1 | 2;
  /** Nobody can tell who wrote a note or placed a dot. Fixed before the board's first note or dot. */
  anonymous: boolean;
}

/** Default sticky-note size in board units (a square, as on paper). */
export const DEFAULT_NOTE_SIZE = 200;

/** The sticky-note palette; the first entry is the default colour. */
export const NOTE_COLORS = [
  '#fff475',
  '#ffcf70',
  '#ffa3a3',
  '#f5a3ff',
  '#a8c7ff',
  '#9ef0d0',
  '#c8f08f',
  '#e6e6e6',
] as const;

/** Upper bounds that keep a document renderable; the relay enforces its own byte limits on top. */
export const LIMITS = {
  titleLength: 200,
  noteTextLength: 2_000,
  nameLength: 60,
  maxVotesPerPerson: 100,
  /** Notes live within ±this many board units of the origin. */
  coordinateRange: 1_000_000,
  minNoteSize: 40,
  maxNoteSize: 2_000,
} as const;
