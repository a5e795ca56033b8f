import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createId } from '../schema/ids';
import { IdIndex, idFingerprint } from './id-index';

/** What the index must answer: the position of `id` in `ids`, or -1. */
const expectedSlot = (ids: readonly string[], id: string) => ids.indexOf(id);

/** Strings that differ only where the fingerprint does not look (long, same length, same sampled characters). */
function lookalikes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `a${i.toString(36).padStart(8, '0')}-${'x'.repeat(20)}zzzz`);
}

describe('IdIndex', () => {
  it('finds every id at its slot and nothing else, whatever the ids', () => {
    const ids = fc.uniqueArray(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', 'n1', 'n')), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(ids, fc.array(fc.string(), { maxLength: 20 }), (list, probes) => {
        const index = new IdIndex(list);
        list.forEach((id, slot) => expect(index.slotOf(id)).toBe(slot));
        // Strings built from the ids: prefixes, extensions and neighbours are where a shortcut would go wrong.
        const near = list.flatMap((id) => [id.slice(0, -1), `${id}x`, `x${id}`, id.toUpperCase(), `${id}\u0000`]);
        for (const probe of [...probes, ...near]) expect(index.slotOf(probe)).toBe(expectedSlot(list, probe));
      }),
      { seed: 77, numRuns: 400 },
    );
  });

  it('looks up equal strings that are different objects, as ids decoded from an update are', () => {
    const ids = ['note-0001', 'note-0002', 'cluster:c1'];
    const index = new IdIndex(ids);
    for (const id of ids) expect(index.slotOf([...id].join(''))).toBe(ids.indexOf(id));
  });

  it('answers for an empty list', () => {
    const index = new IdIndex([]);
    expect(index.slotOf('')).toBe(-1);
    expect(index.slotOf('n1')).toBe(-1);
  });

  it('uses its table for random ids, sequential ids and UUIDs, even on large boards', () => {
    const random = Array.from({ length: 50_000 }, () => createId());
    const sequential = Array.from({ length: 50_000 }, (_, i) => `note-${i.toString(36).padStart(4, '0')}`);
    const uuids = Array.from({ length: 20_000 }, (_, i) => {
      const hex = (i * 2654435761).toString(16).padStart(12, '0').slice(-12);
      return `6f1c2d3e-4b5a-4c6d-8e7f-${hex}`;
    });
    for (const ids of [random, sequential, uuids]) {
      const index = new IdIndex(ids);
      expect(index.usesFallback).toBe(false);
      for (let slot = 0; slot < ids.length; slot += 97) expect(index.slotOf(ids[slot]!)).toBe(slot);
      expect(index.slotOf('not-an-id')).toBe(-1);
    }
  });

  it('falls back to a Map, still exact, when ids are crafted to share every sampled character', () => {
    const ids = lookalikes(2_000);
    expect(new Set(ids.map(idFingerprint)).size).toBe(1);
    const index = new IdIndex(ids);
    expect(index.usesFallback).toBe(true);
    ids.forEach((id, slot) => expect(index.slotOf(id)).toBe(slot));
    expect(index.slotOf(lookalikes(2_001)[2_000]!)).toBe(-1);
  });

  it('stays exact when a few lookalikes share the table with ordinary ids', () => {
    const ids = [...lookalikes(40), ...Array.from({ length: 500 }, () => createId())];
    const index = new IdIndex(ids);
    ids.forEach((id, slot) => expect(index.slotOf(id)).toBe(slot));
    expect(index.slotOf(lookalikes(41)[40]!)).toBe(-1);
  });
});
