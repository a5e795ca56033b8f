import type * as Y from 'yjs';
import type { UserId } from '../schema/ids';
import { LIMITS, type Person } from '../schema/types';
import { BoardInputError, requireColor, truncate } from '../schema/validate';
import { peopleMap } from './access';
import { transact, type MutationOptions } from './transact';

/** Sets how a participant appears to others (display name and colour). */
export function setPerson(doc: Y.Doc, userId: UserId, person: Person, options?: MutationOptions): void {
  const name = truncate(person.name.trim(), LIMITS.nameLength);
  if (name.length === 0) throw new BoardInputError('a display name cannot be empty');
  const color = requireColor(person.color);
  const current = peopleMap(doc).get(userId);
  if (current?.name === name && current.color === color) return;
  transact(doc, options, () => peopleMap(doc).set(userId, { name, color }));
}

/** Reads one participant, or null when unknown or malformed. */
export function readPerson(doc: Y.Doc, userId: UserId): Person | null {
  const value: unknown = peopleMap(doc).get(userId);
  if (typeof value !== 'object' || value === null) return null;
  const { name, color } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof color === 'string' ? { name, color } : null;
}

/** Removes every stored name (the board became anonymous: names written before must not stay). */
export function forgetPeople(doc: Y.Doc, options?: MutationOptions): void {
  const people = peopleMap(doc);
  if (people.size === 0) return;
  transact(doc, options, () => {
    for (const userId of [...people.keys()]) people.delete(userId);
  });
}
