import { describe, expect, it } from 'vitest';
import { CLUSTER_LABEL_HEIGHT, CLUSTER_MARGIN, clusterAt, clusterFrames } from './frames';

const note = (x: number, y: number, clusterId?: string) => ({
  x,
  y,
  width: 200,
  height: 200,
  ...(clusterId === undefined ? {} : { clusterId }),
});

describe('clusterFrames', () => {
  it('frames each cluster around its notes, with a band on top for its name', () => {
    const [frame, ...rest] = clusterFrames([note(0, 0, 'c1'), note(300, 100, 'c1'), note(1000, 1000)]);
    expect(rest).toEqual([]);
    expect(frame).toEqual({
      clusterId: 'c1',
      noteCount: 2,
      frame: {
        x: -CLUSTER_MARGIN,
        y: -CLUSTER_MARGIN - CLUSTER_LABEL_HEIGHT,
        width: 500 + 2 * CLUSTER_MARGIN,
        height: 300 + 2 * CLUSTER_MARGIN + CLUSTER_LABEL_HEIGHT,
      },
      label: {
        x: -CLUSTER_MARGIN,
        y: -CLUSTER_MARGIN - CLUSTER_LABEL_HEIGHT,
        width: 500 + 2 * CLUSTER_MARGIN,
        height: CLUSTER_LABEL_HEIGHT,
      },
    });
  });

  it('lists clusters in id order, and none for ungrouped notes', () => {
    expect(clusterFrames([note(0, 0, 'b'), note(500, 0, 'a')]).map((f) => f.clusterId)).toEqual(['a', 'b']);
    expect(clusterFrames([note(0, 0)])).toEqual([]);
  });
});

describe('clusterAt', () => {
  it('finds the frame a point is in, the smallest where frames overlap', () => {
    const frames = clusterFrames([note(0, 0, 'big'), note(600, 600, 'big'), note(100, 100, 'small')]);
    expect(clusterAt(frames, { x: 200, y: 200 })).toBe('small');
    expect(clusterAt(frames, { x: 700, y: 700 })).toBe('big');
    expect(clusterAt(frames, { x: 5000, y: 5000 })).toBeNull();
  });
});
