import * as Y from 'yjs';
import { createId, type ClusterId, type NoteId, type UserId } from '../schema/ids';
import {
  DEFAULT_NOTE_SIZE,
  IMAGE_REF_PATTERN,
  LIMITS,
  NOTE_COLORS,
  NOTE_KEYS,
  type Note,
  type NoteImage,
  type NoteInit,
} from '../schema/types';
import { BoardInputError, clampNoteSize, isColor, requireColor, requireCoordinate, truncate } from '../schema/validate';
import { isNoteMap, notesMap, type NoteMap } from './access';
import { transact, type MutationOptions } from './transact';

export interface CreateNoteOptions extends MutationOptions {
  authorId: UserId;
  /** Creation time; injectable so tests and replays are deterministic. */
  now?: number;
  /** Explicit id (e.g. to replay a recorded board); a fresh random id by default. */
  id?: NoteId;
  /** Other documents drawn on the same canvas (a private note is created above the board's notes too). */
  alsoAbove?: readonly Y.Doc[];
  /**
   * Stacking order, when the caller already knows it (copying many notes at once); by default above every note of
   * `doc` and `alsoAbove`, which reads them all.
   */
  z?: number;
}

/** Options for changes to stacking order. */
export interface StackingOptions extends MutationOptions {
  /** Other documents drawn on the same canvas, whose notes must end up below too. */
  alsoAbove?: readonly Y.Doc[];
}

/** Creates a sticky note and returns its id. */
export function createNote(doc: Y.Doc, init: NoteInit, options: CreateNoteOptions): NoteId {
  const id = options.id ?? createId();
  const note = new Y.Map<unknown>();
  note.set(NOTE_KEYS.text, new Y.Text(truncate(init.text ?? '', LIMITS.noteTextLength)));
  note.set(NOTE_KEYS.x, requireCoordinate(init.x, 'x'));
  note.set(NOTE_KEYS.y, requireCoordinate(init.y, 'y'));
  note.set(NOTE_KEYS.width, clampNoteSize(init.width ?? DEFAULT_NOTE_SIZE));
  note.set(NOTE_KEYS.height, clampNoteSize(init.height ?? DEFAULT_NOTE_SIZE));
  note.set(NOTE_KEYS.color, requireColor(init.color ?? NOTE_COLORS[0]));
  note.set(NOTE_KEYS.authorId, options.authorId);
  note.set(NOTE_KEYS.createdAt, options.now ?? Date.now());
  if (init.clusterId !== undefined) note.set(NOTE_KEYS.clusterId, init.clusterId);
  if (init.image !== undefined) note.set(NOTE_KEYS.image, requireImage(init.image));
  transact(doc, options, () => {
    note.set(
      NOTE_KEYS.z,
      options.z ?? Math.max(topZ(doc), ...(options.alsoAbove ?? []).map((other) => topZ(other))) + 1,
    );
    notesMap(doc).set(id, note);
  });
  return id;
}

function requireNote(doc: Y.Doc, noteId: NoteId): NoteMap {
  const note = notesMap(doc).get(noteId);
  if (!isNoteMap(note))
    throw new BoardInputError(`note ${noteId} does not exist; it may have been deleted by someone else`);
  return note;
}

/** Moves a note so its top-left corner is at (x, y). */
export function moveNote(doc: Y.Doc, noteId: NoteId, x: number, y: number, options?: MutationOptions): void {
  requireCoordinate(x, 'x');
  requireCoordinate(y, 'y');
  const note = requireNote(doc, noteId);
  transact(doc, options, () => {
    // Writing unchanged values would still create history and network traffic.
    if (note.get(NOTE_KEYS.x) !== x) note.set(NOTE_KEYS.x, x);
    if (note.get(NOTE_KEYS.y) !== y) note.set(NOTE_KEYS.y, y);
  });
}

/** Resizes a note (clamped to the allowed note sizes). */
export function resizeNote(doc: Y.Doc, noteId: NoteId, width: number, height: number, options?: MutationOptions): void {
  const note = requireNote(doc, noteId);
  transact(doc, options, () => {
    note.set(NOTE_KEYS.width, clampNoteSize(width));
    note.set(NOTE_KEYS.height, clampNoteSize(height));
  });
}

/**
 * Raises notes above every other note ("the last touched note on top"), keeping their order among themselves.
 * Everyone sees the same stacking because it is document state.
 */
export function bringNotesToFront(doc: Y.Doc, noteIds: readonly NoteId[], options?: StackingOptions): void {
  let top = -Infinity;
  for (const each of [doc, ...(options?.alsoAbove ?? [])]) {
    for (const [id, note] of notesMap(each)) {
      if (isNoteMap(note) && !noteIds.includes(id)) top = Math.max(top, num(note.get(NOTE_KEYS.z), 0));
    }
  }
  const targets = noteIds.map((id) => requireNote(doc, id));
  const alreadyOnTop = targets.every((note) => num(note.get(NOTE_KEYS.z), 0) > top);
  if (alreadyOnTop) return;
  const sorted = [...targets].sort((a, b) => num(a.get(NOTE_KEYS.z), 0) - num(b.get(NOTE_KEYS.z), 0));
  const base = top === -Infinity ? 0 : top;
  transact(doc, options, () => sorted.forEach((note, i) => note.set(NOTE_KEYS.z, base + i + 1)));
}

/** Changes a note's colour (`#rrggbb`). */
export function recolorNote(doc: Y.Doc, noteId: NoteId, color: string, options?: MutationOptions): void {
  requireColor(color);
  const note = requireNote(doc, noteId);
  transact(doc, options, () => note.set(NOTE_KEYS.color, color));
}

/** Puts a note into a cluster, or takes it out with null. */
export function setNoteCluster(
  doc: Y.Doc,
  noteId: NoteId,
  clusterId: ClusterId | null,
  options?: MutationOptions,
): void {
  const note = requireNote(doc, noteId);
  transact(doc, options, () => {
    if (clusterId === null) note.delete(NOTE_KEYS.clusterId);
    else note.set(NOTE_KEYS.clusterId, clusterId);
  });
}

/** The note's shared text, for editors that apply fine-grained edits so concurrent typing merges. */
export function noteText(doc: Y.Doc, noteId: NoteId): Y.Text {
  const text = requireNote(doc, noteId).get(NOTE_KEYS.text);
  if (!(text instanceof Y.Text))
    throw new BoardInputError(`note ${noteId} has no text field; the document is malformed`);
  return text;
}

/**
 * Replaces a note's text with `next` by editing only the changed middle part, so a concurrent edit elsewhere in the
 * same note survives (a whole-text replace would drop it).
 */
export function editNoteText(doc: Y.Doc, noteId: NoteId, next: string, options?: MutationOptions): void {
  const text = noteText(doc, noteId);
  const target = truncate(next, LIMITS.noteTextLength);
  const current = text.toString();
  if (current === target) return;
  let start = 0;
  const maxStart = Math.min(current.length, target.length);
  while (start < maxStart && current.charCodeAt(start) === target.charCodeAt(start)) start++;
  let endCurrent = current.length;
  let endTarget = target.length;
  while (
    endCurrent > start &&
    endTarget > start &&
    current.charCodeAt(endCurrent - 1) === target.charCodeAt(endTarget - 1)
  ) {
    endCurrent--;
    endTarget--;
  }
  transact(doc, options, () => {
    if (endCurrent > start) text.delete(start, endCurrent - start);
    if (endTarget > start) text.insert(start, target.slice(start, endTarget));
  });
}

/**
 * Deletes a note. Dots on it stay in their voters' maps (only a voter may touch their own dots) and count in no tally;
 * each voter's client takes them back (`retractOrphanedDots`), which returns their votes.
 */
export function deleteNote(doc: Y.Doc, noteId: NoteId, options?: MutationOptions): void {
  transact(doc, options, () => notesMap(doc).delete(noteId));
}

/** The highest stacking order among a document's notes (0 when it has none). */
export function topZ(doc: Y.Doc): number {
  let top = 0;
  for (const note of notesMap(doc).values()) if (isNoteMap(note)) top = Math.max(top, num(note.get(NOTE_KEYS.z), 0));
  return top;
}

const num = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const str = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

/**
 * Reads a note as plain data, tolerating whatever a third-party writer left: missing or mistyped fields fall back to
 * defaults, a colour that is not `#rrggbb` to the default colour, sizes are clamped to the allowed range and the text
 * is cut at the schema's limit (a note of millions of characters would stall every screen that fits it to its box).
 * Null if it is not a note. Never throws.
 */
export function readNoteMap(id: NoteId, note: unknown): Note | null {
  if (!isNoteMap(note)) return null;
  const text = note.get(NOTE_KEYS.text);
  const clusterId = note.get(NOTE_KEYS.clusterId);
  const color = note.get(NOTE_KEYS.color);
  const result: Note = {
    id,
    text: text instanceof Y.Text ? truncate(text.toString(), LIMITS.noteTextLength) : '',
    x: num(note.get(NOTE_KEYS.x), 0),
    y: num(note.get(NOTE_KEYS.y), 0),
    width: clampNoteSize(num(note.get(NOTE_KEYS.width), DEFAULT_NOTE_SIZE)),
    height: clampNoteSize(num(note.get(NOTE_KEYS.height), DEFAULT_NOTE_SIZE)),
    color: isColor(color) ? color : NOTE_COLORS[0],
    authorId: str(note.get(NOTE_KEYS.authorId), ''),
    createdAt: num(note.get(NOTE_KEYS.createdAt), 0),
    z: num(note.get(NOTE_KEYS.z), 0),
  };
  if (typeof clusterId === 'string') result.clusterId = clusterId;
  const image = readImage(note.get(NOTE_KEYS.image));
  if (image) result.image = image;
  return result;
}

/** A sketch's picture as a third-party writer may have left it: anything malformed reads as no picture. */
function readImage(value: unknown): NoteImage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { ref, width, height, orientation } = value as Record<string, unknown>;
  const side = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= LIMITS.maxImageSide;
  if (typeof ref !== 'string' || !IMAGE_REF_PATTERN.test(ref) || !side(width) || !side(height)) return undefined;
  const turn = Number.isInteger(orientation) && (orientation as number) >= 1 && (orientation as number) <= 8;
  return { ref, width: width as number, height: height as number, orientation: turn ? (orientation as number) : 1 };
}

function requireImage(image: NoteImage): NoteImage {
  const checked = readImage(image);
  if (!checked) throw new BoardInputError('a sketch needs the image ref, pixel size and orientation the relay gave it');
  return checked;
}

/** Reads one note, or null when it does not exist. */
export function readNote(doc: Y.Doc, noteId: NoteId): Note | null {
  return readNoteMap(noteId, notesMap(doc).get(noteId));
}

/** Reads every note. */
export function readNotes(doc: Y.Doc): Note[] {
  const notes: Note[] = [];
  for (const [id, value] of notesMap(doc)) {
    const note = readNoteMap(id, value);
    if (note) notes.push(note);
  }
  return notes;
}
