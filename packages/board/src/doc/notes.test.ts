import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BoardInputError } from '../schema/validate';
import { LIMITS, NOTE_COLORS } from '../schema/types';
import {
  bringNotesToFront,
  createNote,
  deleteNote,
  editNoteText,
  moveNote,
  noteText,
  readNote,
  readNotes,
  recolorNote,
  resizeNote,
  setNoteCluster,
} from './notes';
import { notesMap } from './access';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('notes', () => {
  it('creates a note with defaults and reads it back as plain data', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 10, y: 20, text: 'Hello' }, { authorId: 'u1', now: 1000 });
    expect(readNote(doc, id)).toEqual({
      id,
      text: 'Hello',
      x: 10,
      y: 20,
      width: 200,
      height: 200,
      color: NOTE_COLORS[0],
      authorId: 'u1',
      createdAt: 1000,
      z: 1,
    });
    expect(notesMap(doc).get(id)?.get('text')).toBeInstanceOf(Y.Text);
  });

  it('moves, resizes, recolours and clusters a note', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0 }, { authorId: 'u1' });
    moveNote(doc, id, 50, -30);
    resizeNote(doc, id, 10, 5000);
    recolorNote(doc, id, '#a8c7ff');
    setNoteCluster(doc, id, 'c1');
    expect(readNote(doc, id)).toMatchObject({
      x: 50,
      y: -30,
      width: LIMITS.minNoteSize,
      height: LIMITS.maxNoteSize,
      color: '#a8c7ff',
      clusterId: 'c1',
    });
    setNoteCluster(doc, id, null);
    expect(readNote(doc, id)?.clusterId).toBeUndefined();
  });

  it('refuses bad input with a message that says what is expected', () => {
    const doc = new Y.Doc();
    expect(() => createNote(doc, { x: Number.NaN, y: 0 }, { authorId: 'u' })).toThrow(/x must be a finite number/);
    const id = createNote(doc, { x: 0, y: 0 }, { authorId: 'u' });
    expect(() => recolorNote(doc, id, 'red')).toThrow(BoardInputError);
    expect(() => moveNote(doc, 'missing', 0, 0)).toThrow(/does not exist/);
  });

  it('caps note text at the schema limit', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0, text: 'x'.repeat(LIMITS.noteTextLength + 10) }, { authorId: 'u' });
    expect(readNote(doc, id)?.text.length).toBe(LIMITS.noteTextLength);
  });

  it('merges two people typing in one note at the same time', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = createNote(a, { x: 0, y: 0, text: 'stop trafficking' }, { authorId: 'u1' });
    sync(a, b);
    editNoteText(a, id, 'stop wildlife trafficking');
    editNoteText(b, id, 'stop trafficking now');
    sync(a, b);
    sync(b, a);
    expect(noteText(a, id).toString()).toBe('stop wildlife trafficking now');
    expect(noteText(b, id).toString()).toBe('stop wildlife trafficking now');
  });

  it('edits only the changed part of the text', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0, text: 'abcdef' }, { authorId: 'u' });
    const deltas: unknown[] = [];
    noteText(doc, id).observe((event) => deltas.push(event.delta));
    editNoteText(doc, id, 'abXYef');
    expect(deltas).toEqual([[{ retain: 2 }, { delete: 2 }, { insert: 'XY' }]]);
    editNoteText(doc, id, 'abXYef');
    expect(deltas).toHaveLength(1);
  });

  it('stacks new notes on top and raises touched notes above all others', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, { x: 0, y: 0 }, { authorId: 'u' });
    const b = createNote(doc, { x: 0, y: 0 }, { authorId: 'u' });
    const c = createNote(doc, { x: 0, y: 0 }, { authorId: 'u' });
    const order = () =>
      readNotes(doc)
        .sort((p, q) => p.z - q.z)
        .map((n) => n.id);
    expect(order()).toEqual([a, b, c]);
    bringNotesToFront(doc, [b, a]);
    expect(order()).toEqual([c, a, b]);
    const before = readNote(doc, b)?.z;
    bringNotesToFront(doc, [b]);
    expect(readNote(doc, b)?.z).toBe(before);
  });

  it('deletes a note', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0 }, { authorId: 'u' });
    deleteNote(doc, id);
    expect(readNote(doc, id)).toBeNull();
    expect(readNotes(doc)).toEqual([]);
  });

  it('tags transactions with the caller origin so undo can track own edits only', () => {
    const doc = new Y.Doc();
    const mine = { user: 'me' };
    const undo = new Y.UndoManager(notesMap(doc), { trackedOrigins: new Set([mine]) });
    const own = createNote(doc, { x: 0, y: 0 }, { authorId: 'me', origin: mine });
    const theirs = createNote(doc, { x: 300, y: 0 }, { authorId: 'them', origin: 'remote' });
    undo.undo();
    expect(readNote(doc, own)).toBeNull();
    expect(readNote(doc, theirs)).not.toBeNull();
  });

  it('reads malformed notes from third-party writers without throwing', () => {
    const doc = new Y.Doc();
    const broken = new Y.Map<unknown>();
    broken.set('x', 'not a number');
    notesMap(doc).set('broken', broken);
    (notesMap(doc) as unknown as Y.Map<unknown>).set('junk', 42);
    expect(readNotes(doc)).toEqual([expect.objectContaining({ id: 'broken', x: 0, text: '' })]);
  });

  it('reads wrong-typed, out-of-range and oversized values as values a screen can draw', () => {
    const doc = new Y.Doc();
    const hostile = new Y.Map<unknown>();
    hostile.set('text', new Y.Text('w'.repeat(LIMITS.noteTextLength * 50)));
    hostile.set('color', 'url(x)');
    hostile.set('width', -5);
    hostile.set('height', 1e12);
    hostile.set('x', 'left');
    notesMap(doc).set('hostile', hostile);
    expect(readNote(doc, 'hostile')).toMatchObject({
      text: 'w'.repeat(LIMITS.noteTextLength),
      color: NOTE_COLORS[0],
      width: LIMITS.minNoteSize,
      height: LIMITS.maxNoteSize,
      x: 0,
    });
  });
});

describe('sketches', () => {
  const image = { ref: 'AbCdEfGhIjKlMnOpQrStUv', width: 1200, height: 900, orientation: 6 };

  it('a sketch is a note with its picture, read back as written', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0, text: 'Two pillars', image }, { authorId: 'u1' });
    expect(readNote(doc, id)).toMatchObject({ text: 'Two pillars', image });
  });

  it('refuses a picture without a well-formed ref', () => {
    const doc = new Y.Doc();
    expect(() => createNote(doc, { x: 0, y: 0, image: { ...image, ref: 'short' } }, { authorId: 'u1' })).toThrow(
      /image ref/,
    );
  });

  it('reads a malformed picture from another writer as a plain note', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0 }, { authorId: 'u1' });
    const note = doc.getMap('notes').get(id) as Y.Map<unknown>;
    note.set('image', { ref: 'AbCdEfGhIjKlMnOpQrStUv', width: -3, height: 900 });
    expect(readNote(doc, id)?.image).toBeUndefined();
    note.set('image', { ref: 'AbCdEfGhIjKlMnOpQrStUv', width: 3, height: 9, orientation: 'up' });
    expect(readNote(doc, id)?.image).toEqual({ ref: 'AbCdEfGhIjKlMnOpQrStUv', width: 3, height: 9, orientation: 1 });
  });
});
