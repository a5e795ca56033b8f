import { describe, expect, it } from 'vitest';
import type { Note } from '@notevote/board';
import { clusterMembers, clustersLeftEmpty, selectedCluster } from './cluster-membership';

const note = (id: string, clusterId?: string): Pick<Note, 'id' | 'clusterId'> =>
  clusterId === undefined ? { id } : { id, clusterId };
const notes = new Map([note('a1', 'A'), note('a2', 'A'), note('b1', 'B'), note('n')].map((n) => [n.id, n]));

describe('selectedCluster', () => {
  it('is the cluster whose notes are exactly the selection', () => {
    expect(selectedCluster(new Set(['a1', 'a2']), notes)).toBe('A');
    expect(selectedCluster(new Set(['b1']), notes)).toBe('B');
  });

  it('is null for part of a cluster, several clusters, ungrouped notes or nothing', () => {
    expect(selectedCluster(new Set(['a1']), notes)).toBeNull();
    expect(selectedCluster(new Set(['a1', 'a2', 'b1']), notes)).toBeNull();
    expect(selectedCluster(new Set(['a1', 'a2', 'n']), notes)).toBeNull();
    expect(selectedCluster(new Set(['gone']), notes)).toBeNull();
    expect(selectedCluster(new Set(), notes)).toBeNull();
  });
});

describe('clusterMembers', () => {
  it('lists the notes of one cluster', () => {
    expect(clusterMembers(notes.values(), 'A')).toEqual(['a1', 'a2']);
    expect(clusterMembers(notes.values(), 'none')).toEqual([]);
  });
});

describe('clustersLeftEmpty', () => {
  it('names the clusters all of whose notes are leaving, and only those', () => {
    expect(clustersLeftEmpty(notes.values(), new Set(['a1', 'a2', 'b1', 'n'])).sort()).toEqual(['A', 'B']);
    expect(clustersLeftEmpty(notes.values(), new Set(['a1', 'n']))).toEqual([]);
  });
});
