import type * as Y from 'yjs';
import type { UserId } from '../schema/ids';
import { LIMITS, type Decider } from '../schema/types';
import { BoardInputError, truncate } from '../schema/validate';
import { decidersMap } from './access';
import { transact, type MutationOptions } from './transact';

/*
 * Deciders for supervotes (design sprint's "decider"): the facilitator names them, each under the name their
 * supervotes will carry, and each accepts or declines on their own screen. Supervotes are named by design, also on
 * an anonymous board, so the rules let only the person named say yes (rules/authorize.ts).
 */

/** Reads one decider entry as a third-party writer may have left it; undefined when missing or malformed. */
export function parseDecider(value: unknown): Decider | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, accepted } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim().length === 0 || typeof accepted !== 'boolean') return undefined;
  return { name: truncate(name, LIMITS.nameLength), accepted };
}

export function readDecider(doc: Y.Doc, userId: UserId): Decider | undefined {
  return parseDecider(decidersMap(doc).get(userId));
}

/** Every well-formed decider entry, by user id (ordered by user id, so every client lists them alike). */
export function readDeciders(doc: Y.Doc): Map<UserId, Decider> {
  const deciders = new Map<UserId, Decider>();
  const ids = [...decidersMap(doc).keys()].sort();
  for (const userId of ids) {
    const decider = readDecider(doc, userId);
    if (decider) deciders.set(userId, decider);
  }
  return deciders;
}

/** The facilitator names (or renames) a decider; they have not accepted yet. */
export function nameDecider(doc: Y.Doc, userId: UserId, name: string, options?: MutationOptions): void {
  const trimmed = truncate(name.trim(), LIMITS.nameLength);
  if (trimmed.length === 0) throw new BoardInputError('a decider needs the name their supervotes will carry');
  const current = readDecider(doc, userId);
  if (current?.name === trimmed) return;
  transact(doc, options, () => decidersMap(doc).set(userId, { name: trimmed, accepted: false }));
}

/** The decider accepts (or declines) being named; nothing happens when they were not named. */
export function answerDecider(doc: Y.Doc, userId: UserId, accepted: boolean, options?: MutationOptions): void {
  const current = readDecider(doc, userId);
  if (!current || current.accepted === accepted) return;
  transact(doc, options, () => decidersMap(doc).set(userId, { name: current.name, accepted }));
}

/** Removes a decider (the facilitator, or the decider stepping down). */
export function removeDecider(doc: Y.Doc, userId: UserId, options?: MutationOptions): void {
  if (!decidersMap(doc).has(userId)) return;
  transact(doc, options, () => decidersMap(doc).delete(userId));
}

/** Up to three letters from a name, for the mark on a supervote ("Amina Diallo" → "AD"; a one-word name → "Am"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letter = (word: string) => [...word][0] ?? '';
  if (words.length === 0) return '?';
  if (words.length === 1) {
    const [first = '', second = ''] = [...words[0]!];
    return first.toLocaleUpperCase() + second;
  }
  return words.slice(0, 3).map(letter).join('').toLocaleUpperCase();
}
