import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  createNote,
  deleteNote,
  editNoteText,
  groupNotes,
  hasNote,
  readClusters,
  readNote,
  ungroup,
} from '@notevote/board';
import { UndoHistory } from './undo-history';

const local = { local: true };
const authorId = 'me';

/** A board and a private document with one history over both; no capture merging unless asked for. */
function setUp(captureTimeout = 0) {
  const board = new Y.Doc();
  const own = new Y.Doc();
  const history = new UndoHistory([board, own], local, captureTimeout);
  const add = (doc: Y.Doc, text: string) => createNote(doc, { x: 0, y: 0, text }, { authorId, origin: local });
  return { board, own, history, add };
}

describe('UndoHistory', () => {
  it('undoes the most recent step, whichever document it was made in', () => {
    const { board, own, history, add } = setUp();
    const first = add(board, 'first');
    const second = add(own, 'second');
    const third = add(board, 'third');

    expect(history.undo()).toBe(true);
    expect([hasNote(board, first), hasNote(own, second), hasNote(board, third)]).toEqual([true, true, false]);
    expect(history.undo()).toBe(true);
    expect([hasNote(board, first), hasNote(own, second)]).toEqual([true, false]);
    expect(history.undo()).toBe(true);
    expect(hasNote(board, first)).toBe(false);
    expect(history.undo()).toBe(false);
    expect(history.canUndo()).toBe(false);
  });

  it('redoes in the reverse order of undoing', () => {
    const { board, own, history, add } = setUp();
    const first = add(own, 'first');
    const second = add(board, 'second');
    history.undo();
    history.undo();
    expect(history.canRedo()).toBe(true);

    expect(history.redo()).toBe(true);
    expect([hasNote(own, first), hasNote(board, second)]).toEqual([true, false]);
    expect(history.redo()).toBe(true);
    expect(hasNote(board, second)).toBe(true);
    expect(history.redo()).toBe(false);

    // Redone steps can be undone again, most recent first.
    history.undo();
    expect([hasNote(own, first), hasNote(board, second)]).toEqual([true, false]);
  });

  it('drops the redo steps of every document after a new edit in any of them', () => {
    const { board, own, history, add } = setUp();
    const onBoard = add(board, 'board');
    history.undo();
    add(own, 'new edit');
    expect(history.canRedo()).toBe(false);
    expect(history.redo()).toBe(false);
    expect(hasNote(board, onBoard)).toBe(false);
  });

  it('does not merge edits made on both sides of an edit in the other document', () => {
    // Long capture timeout: typing into one note quickly is one step, but not across a step elsewhere.
    const { board, own, history, add } = setUp(60_000);
    const note = add(board, '');
    editNoteText(board, note, 'a', { origin: local });
    const mine = add(own, 'private');
    editNoteText(board, note, 'ab', { origin: local });

    history.undo();
    expect(readNote(board, note)?.text).toBe('a');
    expect(hasNote(own, mine)).toBe(true);
    history.undo();
    expect(hasNote(own, mine)).toBe(false);
    history.undo();
    expect(hasNote(board, note)).toBe(false);
  });

  it('undoes and redoes an action that changed both documents as one step', () => {
    const { board, own, history, add } = setUp();
    const before = add(board, 'before');
    const onBoard = add(board, 'public');
    const secret = add(own, 'private');
    history.asOneStep(() => {
      deleteNote(board, onBoard, { origin: local });
      deleteNote(own, secret, { origin: local });
    });

    expect(history.undo()).toBe(true);
    expect([hasNote(board, onBoard), hasNote(own, secret)]).toEqual([true, true]);
    expect(history.redo()).toBe(true);
    expect([hasNote(board, onBoard), hasNote(own, secret)]).toEqual([false, false]);
    history.undo();
    history.undo();
    expect([hasNote(board, before), hasNote(board, onBoard), hasNote(own, secret)]).toEqual([true, true, false]);
  });

  it('ignores changes that are not this user’s', () => {
    const { board, history } = setUp();
    createNote(board, { x: 0, y: 0 }, { authorId: 'someone else' });
    expect(history.canUndo()).toBe(false);
    expect(history.undo()).toBe(false);
  });

  it('falls through to the other document when the latest steps were overtaken remotely (a reveal)', () => {
    const { board, own, history, add } = setUp();
    const onBoard = add(board, 'public');
    const secret = add(own, 'private');
    // The relay moves the private note to the board and deletes it from the private document.
    deleteNote(own, secret);

    expect(history.undo()).toBe(true);
    expect(hasNote(board, onBoard)).toBe(false);
    expect(history.undo()).toBe(false);
  });

  it('takes back a grouping whole: the cluster’s name and its notes’ membership', () => {
    const { board, history, add } = setUp();
    const a = add(board, 'a');
    const b = add(board, 'b');
    const cluster = groupNotes(board, [a, b], 'Ideas', { origin: local });

    history.undo();
    expect(readClusters(board).size).toBe(0);
    expect([readNote(board, a)?.clusterId, readNote(board, b)?.clusterId]).toEqual([undefined, undefined]);
    history.redo();
    expect(readClusters(board).get(cluster)?.name).toBe('Ideas');
    expect(readNote(board, a)?.clusterId).toBe(cluster);
  });

  it('puts back an ungrouped cluster with its name', () => {
    const { board, history, add } = setUp();
    const a = add(board, 'a');
    const cluster = groupNotes(board, [a], 'Ideas', { origin: local });
    ungroup(board, cluster, { origin: local });
    expect(readClusters(board).size).toBe(0);

    history.undo();
    expect(readClusters(board).get(cluster)?.name).toBe('Ideas');
    expect(readNote(board, a)?.clusterId).toBe(cluster);
  });

  it('starts a new step after stopCapturing, however soon the next edit follows', () => {
    const { board, history, add } = setUp(60_000);
    const first = add(board, 'first');
    history.stopCapturing();
    const second = add(board, 'second');

    history.undo();
    expect([hasNote(board, first), hasNote(board, second)]).toEqual([true, false]);
  });

  it('stops tracking once destroyed', () => {
    const { board, history, add } = setUp();
    history.destroy();
    add(board, 'after');
    expect(history.canUndo()).toBe(false);
  });
});
