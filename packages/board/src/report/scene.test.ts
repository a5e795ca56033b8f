import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clusterFrames } from '../clusters/frames';
import { initBoard } from '../doc/board';
import { groupNotes } from '../doc/clusters';
import { createNote, deleteNote } from '../doc/notes';
import { setPhase, startRound } from '../doc/phases';
import { readSession } from '../doc/session';
import { castVote } from '../doc/votes';
import { boardScene } from './scene';

describe('boardScene', () => {
  it('places each counted dot of the round on the board, and leaves out other rounds and orphaned dots', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Scene', now: 0 });
    createNote(doc, { x: 100, y: 200, text: 'kept' }, { authorId: 'a', id: 'kept', now: 1 });
    createNote(doc, { x: 900, y: 200, text: 'gone' }, { authorId: 'a', id: 'gone', now: 2 });
    createNote(doc, { x: 100, y: 900, text: 'grouped' }, { authorId: 'a', id: 'grouped', now: 3 });
    groupNotes(doc, ['grouped'], 'Group', { id: 'g', now: 4 });
    expect(castVote(doc, 'v1', { noteId: 'kept', x: 5, y: 6 }).ok).toBe(true); // outside rounds

    startRound(doc, { now: 10, phase: 'vote', votesPerPerson: 10, allowStacking: true });
    const round = readSession(doc).roundId;
    expect(castVote(doc, 'v1', { noteId: 'kept', x: 10, y: 20 }).ok).toBe(true);
    expect(castVote(doc, 'v2', { noteId: null, x: -300, y: 50 }).ok).toBe(true);
    expect(castVote(doc, 'v2', { noteId: 'gone', x: 1, y: 1 }).ok).toBe(true);
    deleteNote(doc, 'gone');
    setPhase(doc, 'vote', { now: 11, dotsOn: 'clusters' });
    expect(castVote(doc, 'v3', { noteId: null, clusterId: 'g', x: 7, y: 8 }).ok).toBe(true);

    const scene = boardScene(doc, { round });
    const frame = clusterFrames([{ x: 100, y: 900, width: 200, height: 200, clusterId: 'g' }])[0]!.frame;
    expect(scene.notes.map((note) => note.id)).toEqual(['kept', 'grouped']);
    expect(scene.clusters.map((cluster) => cluster.clusterId)).toEqual(['g']);
    expect(scene.clusters[0]!.frame).toEqual(frame);
    expect(new Set(scene.dots.map((dot) => `${dot.x},${dot.y}`))).toEqual(
      new Set(['110,220', '-300,50', `${frame.x + 7},${frame.y + 8}`]),
    );
    expect(boardScene(doc, { round: null }).dots).toEqual([{ x: 105, y: 206 }]);
    // Nothing in a scene says who wrote or voted.
    expect(JSON.stringify(scene)).not.toMatch(/v1|v2|v3|"a"/);
  });
});
