import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hasNote, notesMap, sessionMap, voterVotes, votesMap } from '../doc/access';
import { createNote, deleteNote, editNoteText, moveNote, setNoteCluster } from '../doc/notes';
import { updateSession } from '../doc/session';
import { castVote, retractVote } from '../doc/votes';
import { computeTally } from './compute';
import { plainTally, rawNotes, rawVote, rawVoterMap, rawVotes, sync } from './test-support';
import { TallyTracker } from './tracker';

// Small id pools make collisions (same note, voter or vote id on several docs) frequent.
const noteId = fc.constantFrom('n0', 'n1', 'n2', 'n3', 'n4');
const voterId = fc.constantFrom('u0', 'u1', 'u2', 'u3');
const voteId = fc.constantFrom('v0', 'v1', 'v2', 'v3', 'v4', 'v5');
const clusterId = fc.option(fc.constantFrom('c0', 'c1', 'c2'), { nil: null });
const target = fc.option(noteId, { nil: null, freq: 4 });
const docIndex = fc.nat(2);
// Yjs only stores plain objects, and fast-check's records have a null prototype by default.
const round = fc.constantFrom('r1', 'r2');
// Dots of two rounds and of none, on notes, on clusters (as wholes) or free.
const validVote = fc
  .record(
    {
      noteId: target,
      x: fc.integer({ min: -50, max: 50 }),
      y: fc.constant(0),
      at: fc.nat(9),
      round,
      clusterId: fc.constantFrom('c0', 'c1', 'c2'),
    },
    { noNullPrototype: true, requiredKeys: ['noteId', 'x', 'y', 'at'] },
  )
  .map((vote) => {
    if (vote.noteId !== null) delete vote.clusterId;
    return vote;
  });
const malformedVote = fc.constantFrom<unknown>(
  'junk',
  7,
  null,
  { noteId: 3, x: 0, y: 0 },
  { noteId: 'n1', x: 'a', y: 0 },
);

const localOp = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('createNote' as const), noteId, clusterId, createdAt: fc.nat(4) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteNote' as const), noteId }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('setCluster' as const), noteId, clusterId }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('setCreatedAt' as const), noteId, createdAt: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('editNote' as const), noteId }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('cast' as const), voterId, noteId: target, voteId }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      voterId,
      voteId,
      value: fc.oneof(validVote, malformedVote),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('replaceVoter' as const),
      voterId,
      dots: fc.array(fc.tuple(voteId, validVote), { maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteVoter' as const), voterId }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('retract' as const), voterId, pick: fc.nat(5) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('session' as const),
      votesPerPerson: fc.nat(6),
      allowStacking: fc.boolean(),
    }),
  },
  // A new round (or back outside rounds): trackers that follow the round in progress count other dots.
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('round' as const), roundId: fc.option(round, { nil: null }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('junk' as const), noteId, voterId, which: fc.nat(2) }) },
);
type LocalOp = typeof localOp extends fc.Arbitrary<infer T> ? T : never;

const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('local' as const), doc: docIndex, op: localOp }) },
  // Several changes in one transaction, e.g. a note deleted while a dot is cast on it.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('batch' as const),
      doc: docIndex,
      ops: fc.array(localOp, { minLength: 2, maxLength: 4 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: docIndex, to: docIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rebuild' as const), doc: docIndex }) },
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function applyLocal(doc: Y.Doc, op: LocalOp): void {
  switch (op.kind) {
    case 'createNote':
      createNote(doc, op.clusterId === null ? { x: 0, y: 0 } : { x: 0, y: 0, clusterId: op.clusterId }, {
        authorId: 'a',
        id: op.noteId,
        now: op.createdAt,
      });
      return;
    case 'deleteNote':
      return deleteNote(doc, op.noteId);
    case 'setCluster':
      if (hasNote(doc, op.noteId)) setNoteCluster(doc, op.noteId, op.clusterId);
      return;
    case 'setCreatedAt': {
      const note: unknown = notesMap(doc).get(op.noteId);
      if (note instanceof Y.Map) note.set('createdAt', op.createdAt);
      return;
    }
    case 'editNote':
      if (hasNote(doc, op.noteId)) {
        editNoteText(doc, op.noteId, `text ${Math.random()}`);
        moveNote(doc, op.noteId, 10, 20);
      }
      return;
    case 'cast':
      castVote(doc, op.voterId, { noteId: op.noteId, x: 1, y: 1 }, { id: op.voteId, now: 1 });
      return;
    case 'raw':
      return rawVote(doc, op.voterId, op.voteId, op.value);
    case 'replaceVoter': {
      rawVotes(doc).set(op.voterId, rawVoterMap(op.dots));
      return;
    }
    case 'deleteVoter':
      votesMap(doc).delete(op.voterId);
      return;
    case 'retract': {
      const ids = [...(voterVotes(doc, op.voterId)?.keys() ?? [])];
      const id = ids[op.pick % Math.max(1, ids.length)];
      if (id !== undefined) retractVote(doc, op.voterId, id);
      return;
    }
    case 'session':
      return updateSession(doc, { votesPerPerson: op.votesPerPerson, allowStacking: op.allowStacking });
    case 'round':
      return updateSession(doc, { roundId: op.roundId });
    case 'junk':
      doc.transact(() => {
        if (op.which === 0) rawNotes(doc).set(op.noteId, 'junk');
        else if (op.which === 1) rawVotes(doc).set(op.voterId, 'junk');
        else sessionMap(doc).set('votesPerPerson', -3);
      });
  }
}

interface Replica {
  doc: Y.Doc;
  tracker: TallyTracker;
  /** A tracker of one fixed round, whatever round is in progress. */
  roundOne: TallyTracker;
  notified: number;
}

function attach(
  replica: Omit<Replica, 'tracker' | 'roundOne'> & { tracker?: TallyTracker; roundOne?: TallyTracker },
): Replica {
  replica.tracker?.destroy();
  replica.roundOne?.destroy();
  const tracker = new TallyTracker(replica.doc);
  tracker.subscribe(() => (full.notified += 1));
  const full = Object.assign(replica, { tracker, roundOne: new TallyTracker(replica.doc, { round: 'r1' }) });
  return full;
}

function expectAgrees(replica: Replica): void {
  expect(plainTally(replica.roundOne.tally())).toEqual(plainTally(computeTally(replica.doc, { round: 'r1' })));
  const tally = replica.tracker.tally();
  expect(plainTally(tally)).toEqual(plainTally(computeTally(replica.doc)));
  for (const cluster of ['c0', 'c1', 'c2'])
    expect(replica.tracker.clusterTally(cluster)).toEqual(tally.clusters.get(cluster));
  for (const voter of ['u0', 'u1', 'u2', 'u3']) {
    expect(replica.tracker.spentBy(voter)).toBe(tally.voters.get(voter)?.spent ?? 0);
    expect(replica.tracker.remainingFor(voter)).toBe(tally.voters.get(voter)?.remaining ?? tally.votesPerPerson);
  }
  for (const note of ['n0', 'n1', 'n2', 'n3', 'n4']) {
    expect(replica.tracker.votesOnNote(note)).toEqual(tally.notes.get(note) ?? { votes: 0, voters: 0 });
  }
}

function run(steps: Step[]): void {
  const replicas = [0, 1, 2].map((i) => {
    const doc = new Y.Doc();
    doc.clientID = i + 1; // fixed ids keep counterexamples reproducible
    return attach({ doc, notified: 0 });
  });
  const at = (i: number): Replica => replicas[i] as Replica;
  for (const s of steps) {
    const before = replicas.map((r) => JSON.stringify(plainTally(r.tracker.tally())));
    const notifiedBefore = replicas.map((r) => r.notified);
    if (s.kind === 'local') applyLocal(at(s.doc).doc, s.op);
    else if (s.kind === 'batch') at(s.doc).doc.transact(() => s.ops.forEach((op) => applyLocal(at(s.doc).doc, op)));
    else if (s.kind === 'sync') sync(at(s.from).doc, at(s.to).doc);
    else attach(at(s.doc));
    replicas.forEach((replica, i) => {
      expectAgrees(replica);
      // Any change to the tally must have been announced to subscribers.
      if (s.kind !== 'rebuild' && JSON.stringify(plainTally(replica.tracker.tally())) !== before[i]) {
        expect(replica.notified).toBeGreaterThan(notifiedBefore[i] ?? 0);
      }
    });
  }
  for (let round = 0; round < 2; round++) {
    for (const from of replicas) for (const to of replicas) if (from !== to) sync(from.doc, to.doc);
  }
  const reference = plainTally(computeTally(at(0).doc));
  for (const replica of replicas) {
    expectAgrees(replica);
    expect(plainTally(replica.tracker.tally())).toEqual(reference);
    replica.tracker.destroy();
    replica.roundOne.destroy();
  }
}

describe('TallyTracker property', () => {
  // About 2 s locally; the explicit timeout leaves room for slow CI machines and for shrinking a failure.
  it(
    'always equals computeTally on three concurrently edited, syncing docs, and converges',
    { timeout: 30_000 },
    () => {
      fc.assert(
        // size 'max': the default 'small' size would keep almost every sequence under ten steps.
        fc.property(fc.array(step, { maxLength: 40, size: 'max' }), (steps) => run(steps)),
        { numRuns: 200 },
      );
    },
  );
});
