import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemKey, itemValue, mapField, mapItems } from './map-items';

/** What a walk over the items sees: live keys and values, in the map's own order. */
function walk(map: Y.Map<unknown>): [string, unknown][] {
  const seen: [string, unknown][] = [];
  for (const item of mapItems(map)) if (!item.deleted) seen.push([itemKey(item), itemValue(item)]);
  return seen;
}

describe('mapItems, itemKey and itemValue', () => {
  it('see exactly what Y.Map iteration sees, nested types and deleted keys included', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('m');
    const nested = new Y.Map<unknown>();
    const text = new Y.Text('hi');
    doc.transact(() => {
      map.set('object', { noteId: 'n1', x: 1, y: 2 });
      map.set('number', 7);
      map.set('null', null);
      map.set('string', 'text');
      map.set('array', [1, 2]);
      map.set('bytes', new Uint8Array([1, 2]));
      map.set('map', nested);
      map.set('text', text);
      map.set('gone', 1);
    });
    map.set('number', 8); // overwritten: the old item is deleted
    map.delete('gone');
    expect(walk(map)).toEqual([...map.entries()]);
    expect(walk(map).find(([key]) => key === 'map')?.[1]).toBe(nested);
    expect(walk(map).find(([key]) => key === 'text')?.[1]).toBe(text);
  });

  it('read a document loaded from an update like the one it came from', () => {
    const author = new Y.Doc();
    const votes = author.getMap<unknown>('votes');
    const dots = new Y.Map<unknown>();
    votes.set('alice', dots);
    dots.set('d1', { noteId: null, x: 0, y: 0 });
    votes.set('junk', 'not a map');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(author));
    const loaded = doc.getMap<unknown>('votes');
    expect(walk(loaded).map(([key]) => key)).toEqual(['alice', 'junk']);
    const alice = walk(loaded)[0]![1] as Y.Map<unknown>;
    expect(walk(alice)).toEqual([['d1', { noteId: null, x: 0, y: 0 }]]);
  });

  it('mapField reads one key as map.get does: nested types, overwritten and deleted keys included', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('m');
    const nested = new Y.Map<unknown>();
    doc.transact(() => {
      map.set('createdAt', 5);
      map.set('clusterId', 'c1');
      map.set('map', nested);
      map.set('gone', 1);
    });
    map.set('createdAt', 6);
    map.delete('gone');
    for (const key of ['createdAt', 'clusterId', 'map', 'gone', 'missing'])
      expect(mapField(map, key)).toBe(map.get(key));
  });
});
