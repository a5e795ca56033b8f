import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LayeredView, LiveNotes, LiveVotes } from './live';
import { createNote, deleteNote, editNoteText, moveNote, readNotes } from './notes';
import { castVote, retractVote } from './votes';
import { allVotes } from './access';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('LiveNotes', () => {
  it('tracks notes and keeps unchanged notes identical', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, { x: 0, y: 0, text: 'a' }, { authorId: 'u' });
    const live = new LiveNotes(doc);
    const b = createNote(doc, { x: 300, y: 0, text: 'b' }, { authorId: 'u' });
    const before = live.snapshot;
    moveNote(doc, b, 400, 10);
    expect(live.snapshot).not.toBe(before);
    expect(live.snapshot.get(a)).toBe(before.get(a));
    expect(live.snapshot.get(b)).toMatchObject({ x: 400, y: 10 });
    editNoteText(doc, a, 'a!');
    expect(live.snapshot.get(a)?.text).toBe('a!');
    deleteNote(doc, a);
    expect([...live.snapshot.keys()]).toEqual([b]);
    expect([...live.snapshot.values()]).toEqual(readNotes(doc));
  });

  it('notifies once per transaction that changed notes, and not otherwise', () => {
    const doc = new Y.Doc();
    const live = new LiveNotes(doc);
    let calls = 0;
    live.subscribe(() => calls++);
    doc.transact(() => {
      createNote(doc, { x: 0, y: 0 }, { authorId: 'u' });
      createNote(doc, { x: 0, y: 0 }, { authorId: 'u' });
    });
    expect(calls).toBe(1);
    doc.getMap('meta').set('title', 'x');
    expect(calls).toBe(1);
    live.destroy();
    createNote(doc, { x: 0, y: 0 }, { authorId: 'u' });
    expect(calls).toBe(1);
  });

  it('follows remote changes', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const live = new LiveNotes(b);
    const id = createNote(a, { x: 1, y: 2, text: 'remote' }, { authorId: 'u' });
    sync(a, b);
    expect(live.snapshot.get(id)?.text).toBe('remote');
  });
});

describe('LiveVotes', () => {
  it('tracks dots per voter through casts, retracts and remote merges', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const note = createNote(a, { x: 0, y: 0 }, { authorId: 'u' });
    sync(a, b);
    const live = new LiveVotes(b);
    const cast = castVote(a, 'v1', { noteId: note, x: 3, y: 4 });
    castVote(b, 'v2', { noteId: null, x: 50, y: 60 });
    sync(a, b);
    expect([...live.snapshot.values()].map((p) => p.voterId).sort()).toEqual(['v1', 'v2']);
    expect(live.snapshot.size).toBe([...allVotes(b)].length);
    if (!cast.ok) throw new Error('vote refused');
    retractVote(a, 'v1', cast.voteId);
    sync(a, b);
    expect([...live.snapshot.values()].map((p) => p.voterId)).toEqual(['v2']);
  });
});

describe('LayeredView', () => {
  it('lays private notes over the board and says which shown notes are private, the board winning at a reveal', () => {
    const board = new Y.Doc();
    const own = new Y.Doc();
    const open = createNote(board, { x: 0, y: 0, text: 'public' }, { authorId: 'u' });
    const secret = createNote(own, { x: 0, y: 0, text: 'private' }, { authorId: 'u' });
    const view = new LayeredView(new LiveNotes(board), new LiveNotes(own));
    expect([...view.snapshot.keys()].sort()).toEqual([open, secret].sort());
    expect([...view.privateSnapshot.keys()]).toEqual([secret]);

    // The reveal copies the note to the board (same id) before the private copy is dropped: the board's copy shows.
    sync(own, board);
    editNoteText(board, secret, 'revealed');
    expect(view.snapshot.get(secret)?.text).toBe('revealed');
    expect(view.privateSnapshot.size).toBe(0);
    view.destroy();
  });
});
