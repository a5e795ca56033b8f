// Helpers shared by the tally tests only; not exported from the package.
import * as Y from 'yjs';
import { notesMap, votesMap } from '../doc/access';
import type { Tally } from './types';

/** A tally as arrays in iteration order, so comparisons also pin down the (deterministic) Map order. */
export function plainTally(tally: Tally) {
  return {
    ...tally,
    notes: [...tally.notes],
    clusters: [...tally.clusters],
    voters: [...tally.voters],
  };
}

/** The `votes` map untyped, for writing what a hostile or buggy client could. */
export const rawVotes = (doc: Y.Doc): Y.Map<unknown> => votesMap(doc) as unknown as Y.Map<unknown>;

/** The `notes` map untyped, for writing what a hostile or buggy client could. */
export const rawNotes = (doc: Y.Doc): Y.Map<unknown> => notesMap(doc) as unknown as Y.Map<unknown>;

/** Writes a raw value into a voter's map, bypassing every rule. */
export function rawVote(doc: Y.Doc, voterId: string, voteId: string, value: unknown): void {
  doc.transact(() => {
    let dots = rawVotes(doc).get(voterId);
    if (!(dots instanceof Y.Map)) {
      dots = new Y.Map<unknown>();
      rawVotes(doc).set(voterId, dots);
    }
    (dots as Y.Map<unknown>).set(voteId, value);
  });
}

/** A voter map holding exactly `dots`, raw. */
export function rawVoterMap(dots: Iterable<readonly [string, unknown]>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [id, value] of dots) map.set(id, value);
  return map;
}

/** Sends everything `from` has that `to` lacks. */
export function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}
