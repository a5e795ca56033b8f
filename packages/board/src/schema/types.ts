import type { ClusterId, NoteId, RoundId, UserId } from './ids';
import type { BoardLanguage } from './languages';

/**
 * The schema version this package writes. The relay migrates older documents when it loads them.
 * v2: every dot spends budget until its voter takes it back (dots on deleted notes included); `meta.userIds` says how
 * user ids are derived; `meta.anonymous`; a note's `authorId` is an author tag on anonymous boards.
 * v3: rounds and phases (`rounds`, `session.roundId`; a dot carries the round it was cast in, and only the current
 * round's dots spend budget), named clusters (`clusters`; a dot may sit on a cluster), the timer's pause and
 * auto-advance, and what dots may sit on (`session.dotsOn`).
 * Optional fields added since, which readers treat as their default when missing: `meta.language` (v3);
 * `session.ballot`, `rounds[].ballot`, a dot's `rating`, the `deciders` root and a note's `image` (v3, sprint decide).
 */
export const SCHEMA_VERSION = 3;

/** Top-level shared types of a board document. These names are a public contract (see README). */
export const ROOT = {
  meta: 'meta',
  notes: 'notes',
  votes: 'votes',
  people: 'people',
  session: 'session',
  rounds: 'rounds',
  clusters: 'clusters',
  deciders: 'deciders',
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
  image: 'image',
} as const;

/**
 * The picture a sketch shows. A sketch is a note with an `image` (set when it is created, never changed): everything
 * that applies to notes — moving, resizing, dots that sit on it and move with it, silent writing, clusters, tallies —
 * applies to it unchanged, and its `text` is the picture's description (alt text), which its author may edit.
 * `ref` is the capability the relay stored the cleaned bytes under for this board (random, 22 URL-safe characters);
 * `width` and `height` are the stored pixels; `orientation` is the EXIF orientation (1–8) the relay read before
 * removing the metadata: the bytes are stored as the camera wrote them, and readers rotate when drawing.
 */
export interface NoteImage {
  ref: string;
  width: number;
  height: number;
  orientation: number;
}

/** An image ref: 128 random bits in base64url. */
export const IMAGE_REF_PATTERN = /^[A-Za-z0-9_-]{22}$/;

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
  /** Set on a sketch: the picture it shows (`text` is then its description). */
  image?: NoteImage;
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
  /** Makes the note a sketch of this picture (see `NoteImage`). */
  image?: NoteImage;
}

/**
 * One dot. On a note (`noteId` set) `x`/`y` are relative to the note's top-left corner so the dot moves with it;
 * on a cluster (`clusterId` set, `noteId` null) they are relative to the cluster's frame; a free dot (neither, a
 * heat-map vote anywhere) uses board coordinates.
 */
export interface Vote {
  noteId: NoteId | null;
  x: number;
  y: number;
  /** When it was cast (ms since epoch); also breaks ties when ordering a voter's dots. */
  at: number;
  /** The round it was cast in; absent for a dot cast outside rounds (and for every dot from before schema v3). */
  round?: RoundId;
  /** A dot on a cluster as a whole (a round voting on clusters). */
  clusterId?: ClusterId;
  /** In an agreement-scale vote: the voter's rating of the note or cluster the "dot" sits on. */
  rating?: Rating;
}

/**
 * How a round votes (`session.ballot`, chosen with the vote's other rules):
 * - `dots`: dot-voting with a budget, ranked by dots;
 * - `heatmap`: many small dots on the parts of notes and sketches one likes, stacking allowed, the budget may be
 *   unlimited (`votesPerPerson` 0); the result is the heatmap, with how many dots and people per note, not a ranking;
 * - `straw-poll`: one big dot each, secret until revealed (as every vote in a round);
 * - `supervote`: only the deciders the facilitator named (`deciders`) vote, each with `votesPerPerson` supervotes,
 *   shown with their names apart from everyone's dots and listed first in the report;
 * - `agreement`: each person rates each option on the agreement scale (`RATINGS`), once per option.
 */
export const BALLOTS = ['dots', 'heatmap', 'straw-poll', 'supervote', 'agreement'] as const;
export type Ballot = (typeof BALLOTS)[number];

/** The agreement scale, from strong disagreement to strong agreement, and "confused / need more information". */
export const RATINGS = ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree', 'unsure'] as const;
export type Rating = (typeof RATINGS)[number];

/** A decider named by the facilitator for supervotes: the name their supervotes carry, and whether they accepted. */
export interface Decider {
  name: string;
  /** Supervotes are named by design: a decider votes only once they accepted that, in their own words. */
  accepted: boolean;
}

/** A participant as others see them. */
export interface Person {
  name: string;
  color: string;
}

/**
 * Where the board is in a sprint. `open` is a board outside rounds (everything allowed, secrecy set by hand); a round
 * goes through the other five in order: write (silently), reveal, vote (secretly), results, discuss.
 */
export const PHASES = ['open', 'write', 'reveal', 'vote', 'results', 'discuss'] as const;
export type Phase = (typeof PHASES)[number];

/** The phases of a round, in their order. */
export const ROUND_PHASES = ['write', 'reveal', 'vote', 'results', 'discuss'] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

/** What dots may sit on in the current vote: notes only, notes or anywhere (a heat-map vote), or clusters as wholes. */
export const DOTS_ON = ['notes', 'anywhere', 'clusters'] as const;
export type DotsOn = (typeof DOTS_ON)[number];

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
  /** The round in progress (see `rounds`), or null outside rounds. */
  roundId: RoundId | null;
  /** What dots may sit on (chosen for each vote). */
  dotsOn: DotsOn;
  /** How the vote is cast and counted (chosen for each vote). */
  ballot: Ballot;
  /**
   * Timer: when the current timebox ends, in the relay's clock (ms since epoch), or null when no timer runs. Every
   * device shows it against its own estimate of the relay's clock, so a phone whose clock is wrong still agrees.
   */
  timerEndsAt: number | null;
  /** Timer length in ms, kept so a paused or reset timer can be restarted. */
  timerDurationMs: number | null;
  /** A paused timer's remaining time in ms (while paused `timerEndsAt` is null), or null when not paused. */
  timerPausedMs: number | null;
  /** When the timer reaches zero the relay moves the round to its next phase (write → reveal, vote → results…). */
  timerAdvances: boolean;
}

export const DEFAULT_SESSION: Readonly<Session> = Object.freeze({
  phase: 'open',
  votesPerPerson: 5,
  allowStacking: false,
  locked: false,
  silentWriting: false,
  secretVoting: false,
  roundId: null,
  dotsOn: 'anywhere',
  ballot: 'dots',
  timerEndsAt: null,
  timerDurationMs: null,
  timerPausedMs: null,
  timerAdvances: false,
});

/** A named cluster (affinity group) of notes; its notes point at it with `clusterId`. */
export interface Cluster {
  id: ClusterId;
  name: string;
  createdAt: number;
}

/** A round of the sprint as kept in `rounds`: its number and, for each phase, when it last began. */
export interface Round {
  id: RoundId;
  /** 1, 2, 3… in the order rounds were started. */
  number: number;
  title: string;
  startedAt: number;
  /** When each phase last began (relay clock, ms); absent for phases the round has not been through. */
  phases: Partial<Record<RoundPhase, number>>;
  /** The vote's rules, recorded when its Vote phase began. */
  votesPerPerson: number | null;
  dotsOn: DotsOn | null;
  /** How it voted (null: a round from before ballots, or one that has not voted yet), recorded with the rules. */
  ballot: Ballot | null;
  /** When the round ended (the next round began, or the board went back to open), or null while it runs. */
  endedAt: number | null;
}

/** Board metadata. */
export interface BoardMeta {
  schemaVersion: number;
  title: string;
  createdAt: number;
  /** How user ids are derived on this board (see src/identity): 1 for boards older than per-board ids. */
  userIds: 1 | 2;
  /** Nobody can tell who wrote a note or placed a dot. Fixed before the board's first note or dot. */
  anonymous: boolean;
  /** The language its reports and exports are written in (the facilitator's choice); 'en' when unset or unknown. */
  language: BoardLanguage;
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
  clusterNameLength: 80,
  roundTitleLength: 120,
  /** A timebox is at most a day. */
  maxTimerMs: 86_400_000,
  /**
   * A heat-map vote without a budget still stops here, so a board stays drawable (hundreds of people × this many
   * dots); an agreement scale rates at most this many options per person.
   */
  maxDotsPerPerson: 300,
  /** Anonymous results are never broken down (by person, by rating) when fewer people than this are behind them. */
  minBreakdownGroup: 3,
  /** A sketch's pixels per side, as the relay checks them (apps/relay/src/images/limits.ts). */
  maxImageSide: 8_192,
} as const;
