import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clustersMap, notesMap, sessionMap } from '../doc/access';
import { startRound } from '../doc/phases';
import { createNote, deleteNote, editNoteText, moveNote, setNoteCluster } from '../doc/notes';
import { updateSession } from '../doc/session';
import { castVote, retractVote } from '../doc/votes';
import { computeTally } from './compute';
import { plainTally, rawNotes, rawVote, rawVotes, sync } from './test-support';
import { TallyTracker } from './tracker';

const trackers: TallyTracker[] = [];
afterEach(() => trackers.splice(0).forEach((t) => t.destroy()));

/** A doc with a tracker attached from the start; `check()` asserts incremental == full and returns the tally. */
function board(votesPerPerson = 5, allowStacking = false) {
  const doc = new Y.Doc();
  updateSession(doc, { votesPerPerson, allowStacking });
  const tracker = new TallyTracker(doc);
  trackers.push(tracker);
  const check = () => {
    const tally = tracker.tally();
    expect(plainTally(tally)).toEqual(plainTally(computeTally(doc)));
    return tally;
  };
  return { doc, tracker, check };
}

function note(doc: Y.Doc, id: string, now: number, clusterId?: string): void {
  createNote(doc, clusterId === undefined ? { x: 0, y: 0 } : { x: 0, y: 0, clusterId }, {
    authorId: 'author',
    id,
    now,
  });
}

function vote(doc: Y.Doc, voterId: string, noteId: string | null, id: string): void {
  const result = castVote(doc, voterId, { noteId, x: 1, y: 1 }, { id, now: 1 });
  expect(result.ok).toBe(true);
}

describe('tally', () => {
  it('counts dots, distinct voters and totals', () => {
    const { doc, check } = board();
    note(doc, 'n1', 1);
    note(doc, 'n2', 2);
    note(doc, 'n3', 3);
    vote(doc, 'alice', 'n1', 'a1');
    vote(doc, 'alice', 'n2', 'a2');
    vote(doc, 'bob', 'n1', 'b1');
    const tally = check();
    expect(tally.notes).toEqual(
      new Map([
        ['n1', { votes: 2, voters: 2 }],
        ['n2', { votes: 1, voters: 1 }],
      ]),
    );
    expect(tally.totalVotes).toBe(3);
    expect(tally.voterCount).toBe(2);
    expect(tally.freeVotes).toBe(0);
    expect(tally.ranking.map((r) => [r.noteId, r.rank])).toEqual([
      ['n1', 1],
      ['n2', 2],
    ]);
  });

  it('counts stacked dots individually but their voter once', () => {
    const { doc, tracker, check } = board(5, true);
    note(doc, 'n1', 1);
    for (const id of ['a1', 'a2', 'a3']) vote(doc, 'alice', 'n1', id);
    vote(doc, 'bob', 'n1', 'b1');
    expect(check().notes.get('n1')).toEqual({ votes: 4, voters: 2 });
    expect(tracker.votesOnNote('n1')).toEqual({ votes: 4, voters: 2 });
    retractVote(doc, 'alice', 'a2');
    expect(check().notes.get('n1')).toEqual({ votes: 3, voters: 2 });
  });

  it('sums clusters over their notes, with distinct voters and note counts', () => {
    const { doc, tracker, check } = board();
    note(doc, 'n1', 1, 'c1');
    note(doc, 'n2', 2, 'c1');
    note(doc, 'n3', 3, 'c2');
    note(doc, 'n4', 4);
    vote(doc, 'alice', 'n1', 'a1');
    vote(doc, 'alice', 'n2', 'a2');
    vote(doc, 'bob', 'n2', 'b1');
    vote(doc, 'bob', 'n4', 'b2');
    expect(check().clusters).toEqual(
      new Map([
        ['c1', { votes: 3, voters: 2, noteCount: 2, clusterDots: 0 }],
        ['c2', { votes: 0, voters: 0, noteCount: 1, clusterDots: 0 }],
      ]),
    );
    setNoteCluster(doc, 'n2', 'c2');
    setNoteCluster(doc, 'n4', 'c2');
    expect(check().clusters).toEqual(
      new Map([
        ['c1', { votes: 1, voters: 1, noteCount: 1, clusterDots: 0 }],
        ['c2', { votes: 3, voters: 2, noteCount: 3, clusterDots: 0 }],
      ]),
    );
    setNoteCluster(doc, 'n1', null);
    deleteNote(doc, 'n4');
    expect(check().clusters).toEqual(new Map([['c2', { votes: 2, voters: 2, noteCount: 2, clusterDots: 0 }]]));
    expect(tracker.clusterTally('c1')).toBeUndefined();
  });

  it('adds the dots on a cluster as a whole to its notes’ dots, counting each supporter once', () => {
    const { doc, tracker, check } = board();
    note(doc, 'n1', 1, 'c1');
    note(doc, 'n2', 2, 'c1');
    clustersMap(doc).set('c1', { name: 'Victim support', createdAt: 1 });
    vote(doc, 'alice', 'n1', 'a1');
    vote(doc, 'bob', 'n2', 'b1');
    // A later round votes on clusters as wholes.
    startRound(doc, { now: 10, phase: 'vote', dotsOn: 'clusters' });
    for (const [voter, id] of [
      ['alice', 'a2'],
      ['carol', 'c2'],
    ] as const) {
      expect(castVote(doc, voter, { noteId: null, clusterId: 'c1', x: 5, y: 5 }, { id, now: 11 }).ok).toBe(true);
    }
    const round2 = check();
    expect(round2.clusters.get('c1')).toEqual({ votes: 2, voters: 2, noteCount: 2, clusterDots: 2 });
    expect(round2.clusterVotes).toBe(2);
    expect(round2.totalVotes).toBe(0);
    expect(round2.clusterRanking).toEqual([{ clusterId: 'c1', votes: 2, voters: 2, rank: 1 }]);
    expect(tracker.clusterTally('c1')).toEqual(round2.clusters.get('c1'));
    // Round 1 is kept apart: the sum of its notes' dots, its two supporters.
    const round1 = computeTally(doc, { round: null });
    expect(round1.clusters.get('c1')).toEqual({ votes: 2, voters: 2, noteCount: 2, clusterDots: 0 });
    // Alice, on a note of the cluster and on the cluster itself, supports it once.
    updateSession(doc, { dotsOn: 'anywhere' });
    expect(castVote(doc, 'alice', { noteId: 'n1', x: 1, y: 1 }, { id: 'a3', now: 12 }).ok).toBe(true);
    expect(check().clusters.get('c1')).toEqual({ votes: 3, voters: 2, noteCount: 2, clusterDots: 2 });
    // A cluster that loses its last note stops counting the dots on it, and counts them again when a note joins.
    setNoteCluster(doc, 'n1', null);
    setNoteCluster(doc, 'n2', null);
    expect(check().clusters.has('c1')).toBe(false);
    expect(check().clusterVotes).toBe(0);
    setNoteCluster(doc, 'n2', 'c1');
    expect(check().clusters.get('c1')).toEqual({ votes: 2, voters: 2, noteCount: 1, clusterDots: 2 });
  });

  it('reports spent and remaining, following budget changes', () => {
    const { doc, tracker, check } = board(3);
    note(doc, 'n1', 1);
    note(doc, 'n2', 2);
    vote(doc, 'alice', 'n1', 'a1');
    vote(doc, 'alice', 'n2', 'a2');
    vote(doc, 'alice', null, 'a3');
    expect(check().voters.get('alice')).toEqual({ spent: 3, remaining: 0 });
    expect(check().freeVotes).toBe(1);
    updateSession(doc, { votesPerPerson: 10 });
    expect(check().voters.get('alice')).toEqual({ spent: 3, remaining: 7 });
    expect(tracker.remainingFor('alice')).toBe(7);
    updateSession(doc, { votesPerPerson: 1 });
    expect(check().voters.get('alice')).toEqual({ spent: 3, remaining: 0 });
    expect(tracker.spentBy('alice')).toBe(3);
    expect(tracker.remainingFor('nobody')).toBe(1);
    expect(check().votesPerPerson).toBe(1);
  });

  it('ignores orphaned dots and settles when their voter retracts them', () => {
    const { doc, tracker, check } = board();
    note(doc, 'n1', 1, 'c1');
    note(doc, 'n2', 2);
    vote(doc, 'alice', 'n1', 'a1');
    vote(doc, 'alice', 'n2', 'a2');
    vote(doc, 'bob', 'n1', 'b1');
    deleteNote(doc, 'n1');
    let tally = check();
    expect(tally.notes.has('n1')).toBe(false);
    expect(tally.clusters.size).toBe(0);
    expect(tally.totalVotes).toBe(1);
    expect(tally.voterCount).toBe(1);
    // Bob's only dot is orphaned: it counts nowhere, and still spends his vote until he takes it back.
    expect(tally.voters.get('bob')).toEqual({ spent: 1, remaining: 4 });
    expect(tracker.spentBy('alice')).toBe(2);
    expect(tracker.votesOnNote('n1')).toEqual({ votes: 0, voters: 0 });
    retractVote(doc, 'bob', 'b1');
    retractVote(doc, 'alice', 'a1');
    tally = check();
    expect(tally.voters.has('bob')).toBe(false);
    expect(tally.voters.get('alice')).toEqual({ spent: 1, remaining: 4 });
    expect(tally.totalVotes).toBe(1);
  });

  it('counts orphaned dots again if a note with the same id reappears', () => {
    const { doc, check } = board();
    note(doc, 'n1', 1);
    vote(doc, 'alice', 'n1', 'a1');
    deleteNote(doc, 'n1');
    expect(check().totalVotes).toBe(0);
    note(doc, 'n1', 5, 'c9');
    const tally = check();
    expect(tally.notes.get('n1')).toEqual({ votes: 1, voters: 1 });
    expect(tally.clusters.get('c9')).toEqual({ votes: 1, voters: 1, noteCount: 1, clusterDots: 0 });
  });

  it('ranks ties by the earliest note, sharing competition ranks', () => {
    const { doc, check } = board(5, true);
    note(doc, 'late', 300);
    note(doc, 'early', 100);
    note(doc, 'middle', 200);
    note(doc, 'top', 400);
    vote(doc, 'alice', 'late', 'a1');
    vote(doc, 'bob', 'early', 'b1');
    vote(doc, 'carol', 'middle', 'c1');
    vote(doc, 'alice', 'top', 'a2');
    vote(doc, 'bob', 'top', 'b2');
    expect(check().ranking).toEqual([
      { noteId: 'top', votes: 2, voters: 2, rank: 1 },
      { noteId: 'early', votes: 1, voters: 1, rank: 2 },
      { noteId: 'middle', votes: 1, voters: 1, rank: 2 },
      { noteId: 'late', votes: 1, voters: 1, rank: 2 },
    ]);
    expect([...check().notes.keys()]).toEqual(['top', 'early', 'middle', 'late']);
    // createdAt edits re-order ties.
    notesMap(doc).get('late')?.set('createdAt', 50);
    expect(check().ranking.map((r) => r.noteId)).toEqual(['top', 'late', 'early', 'middle']);
  });

  it('ignores malformed values without throwing', () => {
    const { doc, tracker, check } = board();
    note(doc, 'n1', 1);
    doc.transact(() => {
      rawNotes(doc).set('junk', 'not a note');
      rawVotes(doc).set('mallory', 42);
      sessionMap(doc).set('votesPerPerson', 'lots');
    });
    rawVote(doc, 'eve', 'e1', { noteId: 5, x: 0, y: 0 });
    rawVote(doc, 'eve', 'e2', 'garbage');
    rawVote(doc, 'eve', 'e3', { noteId: 'n1', x: Number.NaN, y: 0 });
    rawVote(doc, 'eve', 'e4', new Y.Map());
    rawVote(doc, 'eve', 'e5', { noteId: 'junk', x: 0, y: 0 });
    rawVote(doc, 'eve', 'e6', { noteId: 'n1', x: 0, y: 0 });
    let tally = check();
    expect(tally.notes).toEqual(new Map([['n1', { votes: 1, voters: 1 }]]));
    // e5 sits on something that is not a note: it counts in no tally but spends a vote, like an orphaned dot.
    expect(tally.voters).toEqual(new Map([['eve', { spent: 2, remaining: 3 }]]));
    expect(tally.votesPerPerson).toBe(5);
    // A valid dot overwritten with junk disappears; junk replaced by a valid dot appears.
    rawVote(doc, 'eve', 'e6', null);
    rawVote(doc, 'eve', 'e2', { noteId: null, x: 3, y: 4 });
    tally = check();
    expect(tally.totalVotes).toBe(0);
    expect(tally.freeVotes).toBe(1);
    expect(tracker.votesOnNote('junk')).toEqual({ votes: 0, voters: 0 });
  });

  it('follows a voter map replaced by a concurrent write on another doc', () => {
    const a = board();
    const b = board();
    note(a.doc, 'n1', 1);
    note(a.doc, 'n2', 2);
    sync(a.doc, b.doc);
    // Both docs create votes['alice'] concurrently; Yjs keeps one map and the other's dots vanish.
    vote(a.doc, 'alice', 'n1', 'a1');
    vote(b.doc, 'alice', 'n2', 'b1');
    vote(b.doc, 'alice', null, 'b2');
    sync(a.doc, b.doc);
    sync(b.doc, a.doc);
    const ta = a.check();
    const tb = b.check();
    expect(plainTally(ta)).toEqual(plainTally(tb));
    expect(ta.voters.get('alice')?.spent).toBeGreaterThanOrEqual(1);
  });
});

describe('TallyTracker notifications', () => {
  it('notifies once per transaction that changed the tally, and not for text or moves', () => {
    const { doc, tracker } = board();
    let calls = 0;
    const unsubscribe = tracker.subscribe(() => calls++);
    note(doc, 'n1', 1);
    expect(calls).toBe(0); // a note without votes or cluster changes no total
    doc.transact(() => {
      vote(doc, 'alice', 'n1', 'a1');
      vote(doc, 'bob', 'n1', 'b1');
    });
    expect(calls).toBe(1);
    editNoteText(doc, 'n1', 'hello');
    moveNote(doc, 'n1', 50, 60);
    updateSession(doc, { allowStacking: true });
    expect(calls).toBe(1);
    setNoteCluster(doc, 'n1', 'c1');
    expect(calls).toBe(2);
    unsubscribe();
    vote(doc, 'carol', 'n1', 'c1');
    expect(calls).toBe(2);
  });

  it('stops following the document after destroy', () => {
    const { doc, tracker } = board();
    note(doc, 'n1', 1);
    vote(doc, 'alice', 'n1', 'a1');
    const before = tracker.tally();
    tracker.destroy();
    vote(doc, 'bob', 'n1', 'b1');
    expect(tracker.tally()).toBe(before);
    expect(computeTally(doc).totalVotes).toBe(2);
  });

  it('returns the cached snapshot until something changes', () => {
    const { doc, tracker } = board();
    note(doc, 'n1', 1);
    vote(doc, 'alice', 'n1', 'a1');
    const first = tracker.tally();
    editNoteText(doc, 'n1', 'edited');
    expect(tracker.tally()).toBe(first);
    vote(doc, 'bob', 'n1', 'b1');
    expect(tracker.tally()).not.toBe(first);
    expect(first.totalVotes).toBe(1);
  });

  it('is correct when created in the middle of a transaction', () => {
    const doc = new Y.Doc();
    let tracker: TallyTracker | undefined;
    doc.transact(() => {
      note(doc, 'n1', 1);
      vote(doc, 'alice', 'n1', 'a1');
      tracker = new TallyTracker(doc);
      vote(doc, 'bob', 'n1', 'b1');
    });
    if (!tracker) throw new Error('tracker not created');
    trackers.push(tracker);
    // Events for changes the build already read are replayed harmlessly: counts are not doubled.
    expect(plainTally(tracker.tally())).toEqual(plainTally(computeTally(doc)));
    expect(tracker.tally().totalVotes).toBe(2);
  });

  it('is correct when built from a document that already has votes', () => {
    const doc = new Y.Doc();
    note(doc, 'n1', 1, 'c1');
    vote(doc, 'alice', 'n1', 'a1');
    vote(doc, 'bob', null, 'b1');
    const tracker = new TallyTracker(doc);
    trackers.push(tracker);
    expect(plainTally(tracker.tally())).toEqual(plainTally(computeTally(doc)));
    expect(tracker.tally().freeVotes).toBe(1);
  });
});
