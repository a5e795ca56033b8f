import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PERSON_COLOR, parsePerson } from './person';
import { LIMITS } from './types';

describe('parsePerson', () => {
  it('reads a well-formed entry', () => {
    expect(parsePerson({ name: 'Amina', color: '#3b82f6' })).toEqual({ name: 'Amina', color: '#3b82f6' });
  });

  it('leaves out entries that are not a person with a name', () => {
    for (const value of ['a string', 42, null, undefined, [], ['Amina'], {}, { name: 7 }, { name: '   ' }]) {
      expect(parsePerson(value)).toBeNull();
    }
  });

  it('gives a missing or malformed colour the default one', () => {
    expect(parsePerson({ name: 'Amina' })).toEqual({ name: 'Amina', color: DEFAULT_PERSON_COLOR });
    expect(parsePerson({ name: 'Amina', color: 'url(x)' })?.color).toBe(DEFAULT_PERSON_COLOR);
  });

  it('never throws, and what it reads is always well-formed', () => {
    const nearly = fc.record(
      { name: fc.oneof(fc.string({ maxLength: 120 }), fc.jsonValue()), color: fc.oneof(fc.string(), fc.jsonValue()) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withMap: true }), nearly),
        (value) => {
          const person = parsePerson(value);
          if (person === null) return;
          expect(Object.keys(person).sort()).toEqual(['color', 'name']);
          expect(person.name.length).toBeGreaterThan(0);
          expect(person.name.length).toBeLessThanOrEqual(LIMITS.nameLength);
          expect(person.color).toMatch(/^#[0-9a-fA-F]{6}$/);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
