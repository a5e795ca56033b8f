import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clustersMap } from './access';
import { addToCluster, groupNotes, readClusters, removeFromCluster, renameCluster, ungroup } from './clusters';
import { createNote, readNote } from './notes';

function board(): Y.Doc {
  const doc = new Y.Doc();
  for (const id of ['n1', 'n2', 'n3']) createNote(doc, { x: 0, y: 0, text: id }, { authorId: 'a', id, now: 1 });
  return doc;
}

describe('clusters', () => {
  it('groups notes under a name, and moves notes between clusters', () => {
    const doc = board();
    const c1 = groupNotes(doc, ['n1', 'n2'], 'Capacity building', { now: 5 });
    expect(readClusters(doc).get(c1)).toEqual({ id: c1, name: 'Capacity building', createdAt: 5 });
    expect(readNote(doc, 'n1')?.clusterId).toBe(c1);
    const c2 = groupNotes(doc, ['n2', 'n3'], 'Legal frameworks');
    expect(readNote(doc, 'n2')?.clusterId).toBe(c2);
    addToCluster(doc, ['n3'], c1);
    expect(readNote(doc, 'n3')?.clusterId).toBe(c1);
    removeFromCluster(doc, ['n1']);
    expect(readNote(doc, 'n1')?.clusterId).toBeUndefined();
  });

  it('renames (also naming a cluster that lost its record) and ungroups', () => {
    const doc = board();
    const id = groupNotes(doc, ['n1', 'n2'], 'Draft', { now: 3 });
    renameCluster(doc, id, '  Victim support  ');
    expect(readClusters(doc).get(id)).toMatchObject({ name: 'Victim support', createdAt: 3 });
    clustersMap(doc).delete(id);
    renameCluster(doc, id, 'Named again', { now: 9 });
    expect(readClusters(doc).get(id)).toMatchObject({ name: 'Named again', createdAt: 9 });
    ungroup(doc, id);
    expect(readClusters(doc).has(id)).toBe(false);
    expect([readNote(doc, 'n1')?.clusterId, readNote(doc, 'n2')?.clusterId]).toEqual([undefined, undefined]);
  });

  it('reads whatever another client wrote without throwing', () => {
    const doc = new Y.Doc();
    clustersMap(doc).set('a', 'junk');
    clustersMap(doc).set('b', { name: 7, createdAt: 'x' });
    clustersMap(doc).set('c', { name: 'x'.repeat(500), createdAt: 1 });
    const clusters = readClusters(doc);
    expect([...clusters.keys()]).toEqual(['b', 'c']);
    expect(clusters.get('b')).toEqual({ id: 'b', name: '', createdAt: 0 });
    expect(clusters.get('c')!.name).toHaveLength(80);
  });

  it('refuses a name longer than the schema allows', () => {
    expect(() => groupNotes(board(), ['n1'], 'x'.repeat(81))).toThrow(/at most 80/);
  });
});
