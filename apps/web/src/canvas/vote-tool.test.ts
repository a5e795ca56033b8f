import { describe, expect, it } from 'vitest';
import { clusterFrames } from '@notevote/board';
import { dotSpot, voteTarget } from './vote-tool';
import { testNote } from './test-notes';

const note = testNote('n1', { x: 100, y: 200, clusterId: 'A' });
const frames = clusterFrames([note]);
const frame = frames[0]!.frame;

describe('voteTarget', () => {
  it('puts a dot on the note under the pointer, relative to the note', () => {
    expect(voteTarget({ onClusters: false, point: { x: 130, y: 250 }, note, tool: 'vote', frames })).toEqual({
      noteId: 'n1',
      x: 30,
      y: 50,
    });
  });

  it('explains a click beside every note in vote mode, and places a free dot in heat-map mode', () => {
    const point = { x: 900, y: 900 };
    expect(voteTarget({ onClusters: false, point, note: null, tool: 'vote', frames })).toBe('votes.clickANote');
    expect(voteTarget({ onClusters: false, point, note: null, tool: 'free-vote', frames })).toEqual({
      noteId: null,
      ...point,
    });
  });

  it('in a cluster vote, puts the dot on the cluster whose frame is clicked, relative to the frame', () => {
    const point = { x: frame.x + 10, y: frame.y + 5 };
    for (const tool of ['vote', 'free-vote'] as const) {
      expect(voteTarget({ onClusters: true, point, note: null, tool, frames })).toEqual({
        noteId: null,
        clusterId: 'A',
        x: 10,
        y: 5,
      });
    }
    // On a note inside the frame, too: the dot is the cluster's.
    expect(voteTarget({ onClusters: true, point: { x: 130, y: 250 }, note, tool: 'vote', frames })).toMatchObject({
      noteId: null,
      clusterId: 'A',
    });
  });

  it('in a cluster vote, explains a click outside every frame', () => {
    expect(voteTarget({ onClusters: true, point: { x: -500, y: 0 }, note: null, tool: 'vote', frames })).toBe(
      'votes.refused.dots-on-clusters',
    );
  });
});

describe('dotSpot', () => {
  it('lines dots up along the bottom of a note, inside it, and starts a row above when one is full', () => {
    const size = { width: 200, height: 200 };
    const spots = Array.from({ length: 12 }, (_, placed) => dotSpot(size, placed));
    for (const spot of spots) {
      expect(spot.x).toBeGreaterThan(0);
      expect(spot.x).toBeLessThan(size.width);
      expect(spot.y).toBeGreaterThan(0);
      expect(spot.y).toBeLessThan(size.height);
    }
    expect(new Set(spots.map((spot) => `${spot.x},${spot.y}`)).size).toBe(spots.length);
    expect(spots[1]!.y).toBe(spots[0]!.y);
    expect(spots[1]!.x).toBeGreaterThan(spots[0]!.x);
    expect(spots[11]!.y).toBeLessThan(spots[0]!.y);
  });
});
