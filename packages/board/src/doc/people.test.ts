import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_PERSON_COLOR } from '../schema/person';
import { peopleMap } from './access';
import { readPeople, readPerson, setPerson } from './people';

/** The people map as any client may have written it: values are whatever that client chose. */
const rawPeople = (doc: Y.Doc) => peopleMap(doc) as Y.Map<unknown>;

describe('people', () => {
  it('lists only well-formed entries, with a default colour where it is malformed', () => {
    const doc = new Y.Doc();
    setPerson(doc, 'amina', { name: 'Amina', color: '#3b82f6' });
    rawPeople(doc).set('string', 'a string');
    rawPeople(doc).set('number', 42);
    rawPeople(doc).set('nameless', { color: '#123456' });
    rawPeople(doc).set('badColour', { name: 'Bruno', color: 'url(x)' });
    rawPeople(doc).set('shared-type', new Y.Map());
    expect(readPeople(doc)).toEqual(
      new Map([
        ['amina', { name: 'Amina', color: '#3b82f6' }],
        ['badColour', { name: 'Bruno', color: DEFAULT_PERSON_COLOR }],
      ]),
    );
    expect(readPerson(doc, 'string')).toBeNull();
  });

  it('rewrites a malformed own entry even when it reads like the new one', () => {
    const doc = new Y.Doc();
    rawPeople(doc).set('me', { name: 'Amina', color: 'url(x)', extra: true });
    setPerson(doc, 'me', { name: 'Amina', color: DEFAULT_PERSON_COLOR });
    expect(rawPeople(doc).get('me')).toEqual({ name: 'Amina', color: DEFAULT_PERSON_COLOR });
  });

  it('never throws, whatever values the map holds', () => {
    // Yjs stores JSON-like values; fast-check's records have a null prototype unless told otherwise.
    const value = fc.jsonValue({ noUnicodeString: false }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 8 }), (entries) => {
        const doc = new Y.Doc();
        for (const [id, entry] of Object.entries(entries)) rawPeople(doc).set(id, entry);
        for (const [id, person] of readPeople(doc)) {
          expect(readPerson(doc, id)).toEqual(person);
          expect(person.name.length).toBeGreaterThan(0);
          expect(person.color).toMatch(/^#[0-9a-fA-F]{6}$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
