import { BOARD_LANGUAGES } from '../schema/languages';
import {
  BALLOTS,
  DOTS_ON,
  IMAGE_REF_PATTERN,
  LIMITS,
  NOTE_KEYS,
  PHASES,
  RATINGS,
  ROOT,
  ROUND_PHASES,
} from '../schema/types';
import {
  booleanShape,
  colourShape,
  coordinateShape,
  ID_PATTERN,
  idShape,
  noteSizeShape,
  stackingShape,
  timeShape,
  type Shape,
} from './shapes';

/*
 * The board document, described as data: for every place a client can write, what value it holds and what writing
 * it means. The relay checks every update against it; `authorize` decides who may do what it means. A new field or
 * root is one entry here (plus, if it means something new, one case in `authorize`).
 */

/** What writing at (or removing) a place means, in the rules' vocabulary. */
export type Act =
  /** A note itself: putting one creates it, removing one deletes it. */
  | 'note'
  /** A note's words. */
  | 'note-text'
  /** Where and how a note sits: position, size, colour, cluster, stacking. */
  | 'note-layout'
  /** Fields set once when a note is created (author, creation time). */
  | 'note-fixed'
  /** A voter's map of dots. */
  | 'ballot'
  /** One dot. */
  | 'dot'
  /** A person's name and colour. */
  | 'person'
  /** A decider named for supervotes (the facilitator names; the decider accepts or declines). */
  | 'decider'
  /** Session settings (phase, round, budget, modes, lock, timer). */
  | 'settings'
  /** The record of a round (its number, title, phase times): the facilitator's, like the settings. */
  | 'round'
  /** A named cluster of notes: creating, renaming or removing it is arranging the board. */
  | 'cluster'
  | 'title'
  /** The language the board's reports are written in: the facilitator's, like the title. */
  | 'language'
  /** Written by the relay only (schema version, creation time, user-id scheme, anonymity). */
  | 'relay';

/** One place in the document. */
export interface Slot {
  shape: Shape;
  act: Act;
  /** When `shape` is a map: what its keys hold. */
  inner?: Level;
  /** When `shape` is a map created whole (a new note): the fields it must be created with. */
  required?: readonly string[];
}

/** The keys of a map: a fixed set of named fields, or entries under client-chosen ids. */
export type Level =
  { kind: 'fields'; fields: Readonly<Record<string, Slot>> } | { kind: 'entries'; keyPattern: RegExp; entry: Slot };

/** Root name → what the root map holds. Roots are `Y.Map`s (`doc.getMap(name)`). */
export type DocumentSchema = Readonly<Record<string, Level>>;

const layout = (shape: Shape): Slot => ({ shape, act: 'note-layout' });
const fixed = (shape: Shape): Slot => ({ shape, act: 'note-fixed' });
const settings = (shape: Shape): Slot => ({ shape, act: 'settings' });
const byRelay = (shape: Shape): Slot => ({ shape, act: 'relay' });

const imageSideShape: Shape = { kind: 'number', min: 1, max: LIMITS.maxImageSide, integer: true };
/** A sketch's picture (schema/types.ts `NoteImage`): fixed when the sketch is created. */
const imageShape: Shape = {
  kind: 'record',
  fields: {
    ref: { kind: 'string', minLength: 22, maxLength: 22, pattern: IMAGE_REF_PATTERN },
    width: imageSideShape,
    height: imageSideShape,
    orientation: { kind: 'number', min: 1, max: 8, integer: true },
  },
};

/** A note: `Y.Map` of its fields (see README: board document schema). */
const NOTE: Slot = {
  shape: { kind: 'map' },
  act: 'note',
  inner: {
    kind: 'fields',
    fields: {
      [NOTE_KEYS.text]: { shape: { kind: 'text', maxLength: LIMITS.noteTextLength }, act: 'note-text' },
      [NOTE_KEYS.x]: layout(coordinateShape),
      [NOTE_KEYS.y]: layout(coordinateShape),
      [NOTE_KEYS.width]: layout(noteSizeShape),
      [NOTE_KEYS.height]: layout(noteSizeShape),
      [NOTE_KEYS.color]: layout(colourShape),
      [NOTE_KEYS.clusterId]: layout(idShape),
      [NOTE_KEYS.z]: layout(stackingShape),
      [NOTE_KEYS.authorId]: fixed({ kind: 'string', minLength: 1, maxLength: 64, pattern: ID_PATTERN }),
      [NOTE_KEYS.createdAt]: fixed(timeShape),
      [NOTE_KEYS.image]: fixed(imageShape),
    },
  },
  required: [NOTE_KEYS.text, NOTE_KEYS.x, NOTE_KEYS.y, NOTE_KEYS.authorId, NOTE_KEYS.createdAt],
};

/** One voter's dots: `Y.Map` of vote id → { noteId, x, y, at, round?, clusterId? }. */
const BALLOT: Slot = {
  shape: { kind: 'map' },
  act: 'ballot',
  inner: {
    kind: 'entries',
    keyPattern: ID_PATTERN,
    entry: {
      shape: {
        kind: 'record',
        fields: { noteId: { kind: 'nullable', of: idShape }, x: coordinateShape, y: coordinateShape, at: timeShape },
        optional: { round: idShape, clusterId: idShape, rating: { kind: 'one-of', values: RATINGS } },
      },
      act: 'dot',
    },
  },
};

const timeOrNull: Shape = { kind: 'nullable', of: timeShape };
/** Dots per person: up to the cap that stands for "no budget" in a heat-map vote (votes/ballots.ts). */
const budgetShape: Shape = { kind: 'number', min: 0, max: LIMITS.maxDotsPerPerson, integer: true };
const durationShape: Shape = { kind: 'number', min: 0, max: LIMITS.maxTimerMs, integer: true };

/** A round: `Y.Map` of its number, title, when it started and ended, when each phase last began, its vote's rules. */
const ROUND: Slot = {
  shape: { kind: 'map' },
  act: 'round',
  inner: {
    kind: 'fields',
    fields: {
      number: { shape: { kind: 'number', min: 1, max: 10_000, integer: true }, act: 'round' },
      title: { shape: { kind: 'string', maxLength: LIMITS.roundTitleLength }, act: 'round' },
      startedAt: { shape: timeShape, act: 'round' },
      endedAt: { shape: timeOrNull, act: 'round' },
      votesPerPerson: {
        shape: { kind: 'nullable', of: budgetShape },
        act: 'round',
      },
      dotsOn: { shape: { kind: 'nullable', of: { kind: 'one-of', values: DOTS_ON } }, act: 'round' },
      ballot: { shape: { kind: 'nullable', of: { kind: 'one-of', values: BALLOTS } }, act: 'round' },
      ...Object.fromEntries(ROUND_PHASES.map((phase) => [`${phase}At`, { shape: timeOrNull, act: 'round' } as Slot])),
    },
  },
};

const NOTES: Level = { kind: 'entries', keyPattern: ID_PATTERN, entry: NOTE };
const VOTES: Level = { kind: 'entries', keyPattern: ID_PATTERN, entry: BALLOT };

/** The shared board document. */
export const BOARD_SCHEMA: DocumentSchema = {
  [ROOT.meta]: {
    kind: 'fields',
    fields: {
      schemaVersion: byRelay({ kind: 'number', min: 1, max: 1_000, integer: true }),
      createdAt: byRelay(timeShape),
      userIds: byRelay({ kind: 'number', min: 1, max: 2, integer: true }),
      title: { shape: { kind: 'string', maxLength: LIMITS.titleLength }, act: 'title' },
      language: { shape: { kind: 'one-of', values: BOARD_LANGUAGES }, act: 'language' },
      // Changed through the relay's API, which checks that the board has no content yet (see routes).
      anonymous: byRelay(booleanShape),
    },
  },
  [ROOT.notes]: NOTES,
  [ROOT.votes]: VOTES,
  [ROOT.people]: {
    kind: 'entries',
    keyPattern: ID_PATTERN,
    entry: {
      shape: {
        kind: 'record',
        fields: { name: { kind: 'string', minLength: 1, maxLength: LIMITS.nameLength }, color: colourShape },
      },
      act: 'person',
    },
  },
  [ROOT.session]: {
    kind: 'fields',
    fields: {
      phase: settings({ kind: 'one-of', values: PHASES }),
      votesPerPerson: settings(budgetShape),
      allowStacking: settings(booleanShape),
      locked: settings(booleanShape),
      silentWriting: settings(booleanShape),
      secretVoting: settings(booleanShape),
      roundId: settings({ kind: 'nullable', of: idShape }),
      dotsOn: settings({ kind: 'one-of', values: DOTS_ON }),
      ballot: settings({ kind: 'one-of', values: BALLOTS }),
      timerEndsAt: settings(timeOrNull),
      timerDurationMs: settings({ kind: 'nullable', of: durationShape }),
      timerPausedMs: settings({ kind: 'nullable', of: durationShape }),
      timerAdvances: settings(booleanShape),
    },
  },
  [ROOT.rounds]: { kind: 'entries', keyPattern: ID_PATTERN, entry: ROUND },
  [ROOT.clusters]: {
    kind: 'entries',
    keyPattern: ID_PATTERN,
    entry: {
      shape: {
        kind: 'record',
        fields: { name: { kind: 'string', maxLength: LIMITS.clusterNameLength }, createdAt: timeShape },
      },
      act: 'cluster',
    },
  },
  // Deciders for supervotes, by user id: the name their supervotes carry, and whether they accepted being named.
  [ROOT.deciders]: {
    kind: 'entries',
    keyPattern: ID_PATTERN,
    entry: {
      shape: {
        kind: 'record',
        fields: { name: { kind: 'string', minLength: 1, maxLength: LIMITS.nameLength }, accepted: booleanShape },
      },
      act: 'decider',
    },
  },
};

/** A person's private document (silent writing, secret voting): the same notes and votes, nothing else. */
export const PRIVATE_SCHEMA: DocumentSchema = {
  [ROOT.notes]: NOTES,
  [ROOT.votes]: VOTES,
};

/**
 * How many keys below a root name a place (the deepest slot), e.g. 2 for notes (`notes/<id>/<field>`) and votes
 * (`votes/<voter>/<dot>`). Anything deeper is content inside a value (the characters of a note's text).
 */
export function placeDepth(root: string): number {
  // Root names come from clients: "constructor" must not find Object.prototype's.
  return Object.prototype.hasOwnProperty.call(BOARD_SCHEMA, root) ? depthOf(BOARD_SCHEMA[root]!) : 0;
}

function depthOf(level: Level): number {
  const slots = level.kind === 'fields' ? Object.values(level.fields) : [level.entry];
  return 1 + Math.max(0, ...slots.map((slot) => (slot.inner ? depthOf(slot.inner) : 0)));
}

/** The slot at `keys` below `root` in `schema`, or why there is none. */
export function slotAt(
  schema: DocumentSchema,
  root: string,
  keys: readonly (string | null)[],
): { slot: Slot } | { missing: 'root' | 'key' } {
  let level: Level | undefined = Object.prototype.hasOwnProperty.call(schema, root) ? schema[root] : undefined;
  if (!level) return { missing: 'root' };
  let slot: Slot | undefined;
  for (const key of keys) {
    if (!level || key === null) return { missing: 'key' };
    if (level.kind === 'fields') {
      slot = Object.prototype.hasOwnProperty.call(level.fields, key) ? level.fields[key] : undefined;
    } else {
      slot = level.keyPattern.test(key) ? level.entry : undefined;
    }
    if (!slot) return { missing: 'key' };
    level = slot.inner;
  }
  return slot ? { slot } : { missing: 'key' };
}
