import type * as Y from 'yjs';
import type { UserId } from '../schema/ids';
import { parsePerson } from '../schema/person';
import { LIMITS, type Person } from '../schema/types';
import { BoardInputError, requireColor, truncate } from '../schema/validate';
import { peopleMap } from './access';
import { transact, type MutationOptions } from './transact';

/** Sets how a participant appears to others (display name and colour). */
export function setPerson(doc: Y.Doc, userId: UserId, person: Person, options?: MutationOptions): void {
  const name = truncate(person.name.trim(), LIMITS.nameLength);
  if (name.length === 0) throw new BoardInputError('a display name cannot be empty');
  const color = requireColor(person.color);
  // Compared as stored, not as read: a malformed entry that merely reads like this one is still rewritten.
  const current = peopleMap(doc).get(userId) as Partial<Record<keyof Person, unknown>> | null | undefined;
  if (typeof current === 'object' && current?.name === name && current.color === color) return;
  transact(doc, options, () => peopleMap(doc).set(userId, { name, color }));
}

/** Reads one participant, or null when unknown or malformed (see `parsePerson`). */
export function readPerson(doc: Y.Doc, userId: UserId): Person | null {
  return parsePerson(peopleMap(doc).get(userId));
}

/** Everyone in the `people` map whose entry is well-formed; malformed entries (any client may write one) are left out. */
export function readPeople(doc: Y.Doc): Map<UserId, Person> {
  const people = new Map<UserId, Person>();
  for (const [userId, value] of peopleMap(doc) as Y.Map<unknown>) {
    const person = parsePerson(value);
    if (person) people.set(userId, person);
  }
  return people;
}

/** Removes every stored name (the board became anonymous: names written before must not stay). */
export function forgetPeople(doc: Y.Doc, options?: MutationOptions): void {
  const people = peopleMap(doc);
  if (people.size === 0) return;
  transact(doc, options, () => {
    for (const userId of [...people.keys()]) people.delete(userId);
  });
}
