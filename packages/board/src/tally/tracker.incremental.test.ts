import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { notesMap, votesMap } from '../doc/access';
import { createNote, deleteNote, editNoteText, moveNote, setNoteCluster } from '../doc/notes';
import { castVote, retractVote } from '../doc/votes';
import { computeTally } from './compute';
import { plainTally, rawVoterMap, rawVotes } from './test-support';
import { TallyTracker } from './tracker';

const NOTES = 10_000;
const VOTERS = 500;
const DOTS_PER_VOTER = 100;

/** 10,000 notes and 50,000 dots, written raw (as stored) because castVote would cap each voter at the budget. */
function largeBoard(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 0; i < NOTES; i++) {
      createNote(doc, { x: 0, y: 0, clusterId: `c${i % 20}` }, { authorId: 'a', id: `n${i}`, now: i });
    }
    for (let v = 0; v < VOTERS; v++) {
      const dots = Array.from({ length: DOTS_PER_VOTER }, (_, d) => {
        return [`v${d}`, { noteId: `n${(v * 7 + d * 13) % NOTES}`, x: 1, y: 1, at: 0 }] as const;
      });
      rawVotes(doc).set(`u${v}`, rawVoterMap(dots));
    }
  });
  return doc;
}

/** Counts iterations over a shared map, however they are started: through its API or over its items (doc/map-items). */
function countIterations(map: Y.Map<unknown>): { count: number } {
  const counter = { count: 0 };
  for (const target of [map, map._map] as object[]) {
    for (const method of ['entries', 'values', 'keys', 'forEach', Symbol.iterator] as const) {
      const original = (target as Record<PropertyKey, (...args: unknown[]) => unknown>)[method];
      if (typeof original !== 'function') continue;
      Object.defineProperty(target, method, {
        configurable: true,
        value: (...args: unknown[]) => {
          counter.count++;
          return original.apply(target, args);
        },
      });
    }
  }
  return counter;
}

describe('TallyTracker incrementality', () => {
  // Building 10,000 notes and 50,000 dots takes about half a second; allow for slow machines.
  it('handles single changes on a large board without rescanning it', { timeout: 30_000 }, () => {
    const doc = largeBoard();
    const tracker = new TallyTracker(doc);
    expect(tracker.stats.fullScans).toBe(1);
    expect(tracker.tally().totalVotes).toBe(VOTERS * DOTS_PER_VOTER);
    const noteIterations = countIterations(notesMap(doc) as Y.Map<unknown>);
    const voteIterations = countIterations(votesMap(doc) as Y.Map<unknown>);
    const visitedBy = (change: () => void): number => {
      const before = tracker.stats.entriesVisited;
      change();
      return tracker.stats.entriesVisited - before;
    };

    expect(visitedBy(() => castVote(doc, 'newcomer', { noteId: 'n42', x: 1, y: 1 }, { id: 'd1' }))).toBe(1);
    expect(tracker.votesOnNote('n42').votes).toBeGreaterThan(0);
    expect(visitedBy(() => retractVote(doc, 'newcomer', 'd1'))).toBe(1);
    // A voter's dot moved to another note: one removal and one addition.
    expect(visitedBy(() => votesMap(doc).get('u3')?.set('v0', { noteId: 'n1', x: 2, y: 2, at: 1 }))).toBe(2);
    // Text edits and moves are not even looked at.
    expect(visitedBy(() => editNoteText(doc, 'n7', 'hello'))).toBe(0);
    expect(visitedBy(() => moveNote(doc, 'n7', 30, 40))).toBe(0);
    // Deleting or re-clustering a note costs its own voters, not the board.
    const votersOnN7 = tracker.votesOnNote('n7').voters;
    expect(visitedBy(() => setNoteCluster(doc, 'n7', 'elsewhere'))).toBeLessThanOrEqual(2 * votersOnN7 + 1);
    expect(visitedBy(() => deleteNote(doc, 'n7'))).toBeLessThanOrEqual(2 * votersOnN7);
    // Replacing one voter's map costs that voter's old and new dots.
    expect(visitedBy(() => votesMap(doc).set('u9', new Y.Map()))).toBe(DOTS_PER_VOTER);

    expect(noteIterations.count).toBe(0);
    expect(voteIterations.count).toBe(0);
    expect(tracker.stats.fullScans).toBe(1);
    expect(plainTally(tracker.tally())).toEqual(plainTally(computeTally(doc)));
    // The spies do see a full scan: computeTally just iterated both maps.
    expect(noteIterations.count).toBeGreaterThan(0);
    expect(voteIterations.count).toBeGreaterThan(0);
    tracker.destroy();
  });
});
