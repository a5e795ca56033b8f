import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSON_COLOR } from '../schema/person';
import { LIMITS } from '../schema/types';
import { PRESENCE_LIMITS, readPresence, type Presence } from './presence';

/** Everything a renderer relies on, checked field by field (not by comparing with what the reader was meant to do). */
function expectWellFormed(presence: Presence): void {
  expect(Object.keys(presence).sort()).toEqual(['cursor', 'selection', 'user']);
  if (presence.user.id !== null) {
    expect(typeof presence.user.id).toBe('string');
    expect(presence.user.id.length).toBeGreaterThan(0);
    expect(presence.user.id.length).toBeLessThanOrEqual(PRESENCE_LIMITS.idLength);
  }
  expect(typeof presence.user.name).toBe('string');
  expect(presence.user.name.length).toBeLessThanOrEqual(LIMITS.nameLength);
  expect(presence.user.name).toBe(presence.user.name.trim());
  expect(presence.user.color).toMatch(/^#[0-9a-fA-F]{6}$/);
  if (presence.cursor !== null) {
    expect(Number.isFinite(presence.cursor.x)).toBe(true);
    expect(Number.isFinite(presence.cursor.y)).toBe(true);
  }
  expect(Array.isArray(presence.selection)).toBe(true);
  expect(presence.selection.length).toBeLessThanOrEqual(PRESENCE_LIMITS.selection);
  expect(new Set(presence.selection).size).toBe(presence.selection.length);
  for (const id of presence.selection) {
    expect(typeof id).toBe('string');
    expect(id.length).toBeGreaterThan(0);
    expect(id.length).toBeLessThanOrEqual(PRESENCE_LIMITS.idLength);
  }
}

function checkReads(state: unknown): void {
  const presence = readPresence(state);
  if (presence !== null) expectWellFormed(presence);
}

const me = { id: 'u-amina', name: 'Amina', color: '#3b82f6' };

describe('readPresence', () => {
  it('reads a well-formed presence as it is', () => {
    const state = { user: me, cursor: { x: 10, y: -20.5 }, selection: ['n1', 'n2'] };
    expect(readPresence(state)).toEqual(state);
  });

  it('gives a presence without a selection or cursor an empty selection and no cursor', () => {
    expect(readPresence({ user: { id: 'u1', name: 'x' } })).toEqual({
      user: { id: 'u1', name: 'x', color: DEFAULT_PERSON_COLOR },
      cursor: null,
      selection: [],
    });
  });

  it('ignores a selection that is not a list and keeps only note ids from one that is', () => {
    expect(readPresence({ user: me, selection: 'x' })?.selection).toEqual([]);
    expect(readPresence({ user: me, selection: { 0: 'n1', length: 1 } })?.selection).toEqual([]);
    expect(
      readPresence({ user: me, selection: ['n1', 7, null, '', { id: 'n2' }, 'n1', 'x'.repeat(65)] })?.selection,
    ).toEqual(['n1']);
  });

  it('caps the selection', () => {
    const selection = Array.from({ length: 5_000 }, (_, i) => `n${i}`);
    expect(readPresence({ user: me, selection })?.selection).toHaveLength(PRESENCE_LIMITS.selection);
  });

  it('drops a cursor without finite coordinates', () => {
    for (const cursor of [{ x: 'left', y: 0 }, { x: NaN, y: 0 }, { x: 0, y: Infinity }, [1, 2], 'here', 3, { x: 1 }]) {
      expect(readPresence({ user: me, cursor })?.cursor).toBeNull();
    }
  });

  it('replaces a colour that is not #rrggbb and trims and cuts the name', () => {
    const read = readPresence({ user: { id: 'u1', name: `  ${'n'.repeat(500)}  `, color: 'url(x)' } });
    expect(read?.user.color).toBe(DEFAULT_PERSON_COLOR);
    expect(read?.user.name).toBe('n'.repeat(LIMITS.nameLength));
    expect(readPresence({ user: { id: 'u1', name: 42 } })?.user.name).toBe('');
  });

  it('is null for states with no user at all', () => {
    for (const state of [
      null,
      undefined,
      'x',
      42,
      [],
      [{ user: me }],
      {},
      { user: 'me' },
      { user: null },
      { user: [] },
      // The relay's secrecy summary shares the awareness channel: it is not a person.
      { relay: { pending: { notes: 1, writers: 1, dots: 0, voters: 0, participants: 3 } } },
    ]) {
      expect(readPresence(state)).toBeNull();
    }
  });

  it('reads a presence that names nobody (an anonymous board) with no id, and drops a malformed id', () => {
    expect(readPresence({ user: { color: '#3b82f6' }, cursor: { x: 1, y: 2 } })).toEqual({
      user: { id: null, name: '', color: '#3b82f6' },
      cursor: { x: 1, y: 2 },
      selection: [],
    });
    for (const id of [42, '', 'x'.repeat(65)]) expect(readPresence({ user: { id, name: 'x' } })?.user.id).toBeNull();
  });

  it('never throws and returns well-formed presence for any JSON value (what awareness carries)', () => {
    fc.assert(fc.property(fc.jsonValue(), checkReads), { numRuns: 2_000 });
  });

  it('never throws for any JavaScript value', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(anything, checkReads), { numRuns: 1_000 });
  });

  it('never throws for states that look almost like presence', () => {
    const junk = fc.oneof(fc.jsonValue(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0));
    const nearly = fc.record(
      {
        user: fc.oneof(
          junk,
          fc.record(
            {
              id: fc.oneof(fc.string({ maxLength: 80 }), junk),
              name: fc.oneof(fc.string({ maxLength: 200 }), junk),
              color: fc.oneof(fc.constantFrom('#3b82f6', '#ABCDEF', 'red', 'url(x)', '#12345'), junk),
            },
            { requiredKeys: [] },
          ),
        ),
        cursor: fc.oneof(junk, fc.record({ x: junk, y: junk }, { requiredKeys: [] })),
        selection: fc.oneof(junk, fc.array(fc.oneof(fc.string({ maxLength: 80 }), junk), { maxLength: 600 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(nearly, checkReads), { numRuns: 2_000 });
  });

  it('keeps well-formed presence unchanged', () => {
    const presence = fc.record({
      user: fc.record({
        id: fc.string({ minLength: 1, maxLength: 22 }),
        name: fc
          .string({ minLength: 1, maxLength: LIMITS.nameLength })
          .filter((name) => name.trim() === name && name.length > 0),
        color: fc.stringMatching(/^#[0-9a-f]{6}$/),
      }),
      cursor: fc.option(fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.integer() }), {
        nil: null,
      }),
      selection: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 16 }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(presence, (state) => {
        expect(readPresence(state)).toEqual(state);
      }),
    );
  });
});
