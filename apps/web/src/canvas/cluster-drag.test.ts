import { describe, expect, it } from 'vitest';
import { CLUSTER_LABEL_HEIGHT, CLUSTER_MARGIN, type Note } from '@notevote/board';
import { clusterDragContext, dropTargets, framesDuringDrag, isNoChange, membershipAfterDrop } from './cluster-drag';
import { testNote } from './test-notes';

/** Cluster A: a1 and a2 side by side; cluster B: b1 further right; n: a note in no cluster, below. */
const board = (): Note[] => [
  testNote('a1', { x: 0, y: 0, clusterId: 'A' }),
  testNote('a2', { x: 120, y: 0, clusterId: 'A' }),
  testNote('b1', { x: 600, y: 0, clusterId: 'B' }),
  testNote('n', { x: 0, y: 400 }),
];

const at = (notes: Note[], id: string, x: number, y: number): Note => ({ ...notes.find((n) => n.id === id)!, x, y });

describe('dragging notes in and out of clusters', () => {
  it('leaves the frames it does not carry standing where they were, so a note can be dragged out of its own', () => {
    const notes = board();
    const context = clusterDragContext(notes, new Set(['a2']));
    const moved = notes.map((note) => (note.id === 'a2' ? at(notes, 'a2', 300, 0) : note));
    const frameA = framesDuringDrag(moved, context).find((frame) => frame.clusterId === 'A')!;
    // Still around both notes where they were before the drag: 220 wide plus the margins.
    expect(frameA.frame).toEqual({
      x: -CLUSTER_MARGIN,
      y: -CLUSTER_MARGIN - CLUSTER_LABEL_HEIGHT,
      width: 220 + 2 * CLUSTER_MARGIN,
      height: 100 + 2 * CLUSTER_MARGIN + CLUSTER_LABEL_HEIGHT,
    });
  });

  it('takes a note dropped outside every frame out of its cluster', () => {
    const notes = board();
    const context = clusterDragContext(notes, new Set(['a2']));
    const change = membershipAfterDrop([at(notes, 'a2', 350, 300)], context);
    expect(change.leave).toEqual(['a2']);
    expect(change.join.size).toBe(0);
  });

  it('keeps a note moved within its own frame in its cluster', () => {
    const notes = board();
    const context = clusterDragContext(notes, new Set(['a2']));
    expect(isNoChange(membershipAfterDrop([at(notes, 'a2', 100, 20)], context))).toBe(true);
  });

  it('puts a note dropped with its centre in another frame into that cluster', () => {
    const notes = board();
    const context = clusterDragContext(notes, new Set(['a2', 'n']));
    const change = membershipAfterDrop([at(notes, 'a2', 600, 50), at(notes, 'n', 560, -60)], context);
    expect(change.join.get('B')).toEqual(['a2', 'n']);
    expect(change.leave).toEqual([]);
  });

  it('decides by the note’s centre: a note overlapping a frame with its centre outside stays out', () => {
    const notes = board();
    const context = clusterDragContext(notes, new Set(['n']));
    // b1's frame starts at x = 576; the note covers 500–600, its centre (550) is outside.
    expect(isNoChange(membershipAfterDrop([at(notes, 'n', 500, 0)], context))).toBe(true);
    expect(membershipAfterDrop([at(notes, 'n', 540, 0)], context).join.get('B')).toEqual(['n']);
  });

  it('carries a cluster whose notes are all dragged: its frame follows them and they stay in it', () => {
    const notes = board();
    const context = clusterDragContext(notes, new Set(['a1', 'a2']));
    expect([...context.carried]).toEqual(['A']);
    const moved = notes.map((note) => (note.clusterId === 'A' ? { ...note, x: note.x + 500, y: note.y + 500 } : note));
    const frameA = framesDuringDrag(moved, context).find((frame) => frame.clusterId === 'A')!;
    expect(frameA.frame.x).toBe(500 - CLUSTER_MARGIN);
    // Dropped over B's frame, they still stay in A: a group moves whole.
    const dropped = [at(notes, 'a1', 600, 0), at(notes, 'a2', 620, 0)];
    expect(isNoChange(membershipAfterDrop(dropped, context))).toBe(true);
  });

  it('tells which frames the dragged notes would drop into now', () => {
    const notes = board();
    const context = clusterDragContext(notes, new Set(['n']));
    expect([...dropTargets([at(notes, 'n', 600, 0)], context)]).toEqual(['B']);
    expect(dropTargets([at(notes, 'n', 0, 400)], context).size).toBe(0);
  });
});
