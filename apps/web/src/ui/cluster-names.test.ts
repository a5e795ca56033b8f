import { describe, expect, it } from 'vitest';
import { clusterLabel, newClusterName } from './cluster-names';

const groupN = (n: number) => `Group ${n}`;

describe('newClusterName', () => {
  it('numbers new clusters from 1, skipping names already taken', () => {
    expect(newClusterName([], groupN)).toBe('Group 1');
    expect(newClusterName(['Group 1', 'Ideas', ' Group 2 '], groupN)).toBe('Group 3');
    expect(newClusterName(['Group 2'], groupN)).toBe('Group 1');
  });
});

describe('clusterLabel', () => {
  const clusters = new Map([
    ['A', { name: 'Funding' }],
    ['B', { name: '   ' }],
  ]);

  it('shows a cluster’s name, and "unnamed" for a blank name or a cluster without a record', () => {
    expect(clusterLabel(clusters, 'A', 'Unnamed group')).toBe('Funding');
    expect(clusterLabel(clusters, 'B', 'Unnamed group')).toBe('Unnamed group');
    expect(clusterLabel(clusters, 'gone', 'Unnamed group')).toBe('Unnamed group');
  });
});
