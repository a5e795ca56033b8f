import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { notesMap, votesMap } from '../doc/access';
import { createNote, deleteNote } from '../doc/notes';
import { readSession, updateSession } from '../doc/session';
import { parseVote } from '../votes/parse';
import { stackKey } from '../votes/rules';
import { computeTally } from './compute';
import { CLUSTER_KEY_PREFIX, noteClusterId, noteCreatedAt } from './fields';
import { rankClusters, rankNotes } from './rank';
import { plainTally, rawNotes, rawVote, rawVotes } from './test-support';
import type { ClusterTally, NoteTally, Tally, VoterTally } from './types';

// Small pools, so notes, clusters and dots collide; a note id shaped like a cluster's key is what only a hostile
// writer stores, and what `stackKey` reads as that cluster.
const noteId = fc.constantFrom('n0', 'n1', 'n2', 'n3', 'n4', `${CLUSTER_KEY_PREFIX}c1`);
const clusterId = fc.constantFrom('c0', 'c1', 'c2');
const round = fc.constantFrom('r1', 'r2');
const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, Number.NaN, Infinity, 1e300));
const dot = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        noteId: fc.option(noteId, { nil: null, freq: 3 }),
        x: fc.integer({ min: -5, max: 5 }),
        y: fc.constant(0),
        at: fc.nat(9),
        round: fc.oneof(round, fc.integer()),
        clusterId: fc.oneof(clusterId, fc.integer()),
      },
      { noNullPrototype: true, requiredKeys: ['noteId', 'x', 'y'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      'junk',
      7,
      null,
      [1, 2],
      { noteId: 'n1', x: Number.NaN, y: 0 },
      { noteId: 'n1', x: 0, y: Infinity },
      { noteId: 4, x: 0, y: 0 },
      { noteId: 'n1', x: '1', y: 0 },
      { x: 0, y: 0 },
    ),
  },
);
const board = fc.record({
  notes: fc.array(
    fc.record({ id: noteId, clusterId: fc.option(clusterId, { nil: undefined }), createdAt: fc.nat(3) }),
    { maxLength: 8 },
  ),
  // Fields a hostile writer put on existing notes afterwards.
  oddFields: fc.array(
    fc.record({ id: noteId, key: fc.constantFrom('createdAt', 'clusterId'), value: fc.oneof(anyNumber, fc.string()) }),
    { maxLength: 3 },
  ),
  deleted: fc.array(noteId, { maxLength: 2 }),
  junkNote: fc.boolean(),
  dots: fc.array(
    fc.record({ voter: fc.constantFrom('u0', 'u1', 'u2', 'u3'), id: fc.constantFrom('d0', 'd1', 'd2', 'd3'), dot }),
    { maxLength: 30 },
  ),
  deletedVoter: fc.option(fc.constantFrom('u0', 'u1'), { nil: undefined }),
  junkVoter: fc.boolean(),
  sessionRound: fc.option(round, { nil: null }),
  votesPerPerson: fc.nat(6),
});
type Board = typeof board extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Board): Y.Doc {
  const doc = new Y.Doc();
  for (const { id, clusterId: cluster, createdAt } of spec.notes) {
    const position = cluster === undefined ? { x: 0, y: 0 } : { x: 0, y: 0, clusterId: cluster };
    createNote(doc, position, { authorId: 'a', id, now: createdAt });
  }
  for (const { id, key, value } of spec.oddFields) {
    const note: unknown = notesMap(doc).get(id);
    if (note instanceof Y.Map) note.set(key, value);
  }
  for (const id of spec.deleted) deleteNote(doc, id);
  if (spec.junkNote) rawNotes(doc).set('n2', 'not a note');
  for (const { voter, id, dot: value } of spec.dots) rawVote(doc, voter, id, value);
  if (spec.deletedVoter !== undefined) votesMap(doc).delete(spec.deletedVoter);
  if (spec.junkVoter) rawVotes(doc).set('u9', 'not a map');
  updateSession(doc, { roundId: spec.sessionRound, votesPerPerson: spec.votesPerPerson });
  return doc;
}

/**
 * The tally counted the plain way, from the public Y.Map API, `parseVote` and `stackKey`, with Maps and Sets: what
 * computeTally's single pass over the document must reproduce exactly, Map order included.
 */
function plainWayTally(doc: Y.Doc, round: string | null): Tally {
  const notes = new Map<string, { createdAt: number; clusterId: string | undefined }>();
  for (const [id, value] of notesMap(doc)) {
    if (value instanceof Y.Map) notes.set(id, { createdAt: noteCreatedAt(value), clusterId: noteClusterId(value) });
  }
  const noteDots = new Map<string, { votes: number; voters: Set<string> }>();
  const clusterDots = new Map<string, { votes: number; voters: Set<string>; direct: number }>();
  for (const { clusterId } of notes.values()) {
    if (clusterId !== undefined) clusterDots.set(clusterId, { votes: 0, voters: new Set(), direct: 0 });
  }
  const spent = new Map<string, number>();
  const counted = new Set<string>();
  let totalVotes = 0;
  let clusterVotes = 0;
  let freeVotes = 0;
  for (const [voterId, dots] of votesMap(doc)) {
    if (!(dots instanceof Y.Map)) continue;
    for (const raw of dots.values()) {
      const vote = parseVote(raw);
      if (vote === null || (vote.round ?? null) !== round) continue;
      spent.set(voterId, (spent.get(voterId) ?? 0) + 1);
      const key = stackKey(vote);
      if (key === null) {
        freeVotes++;
      } else if (key.startsWith(CLUSTER_KEY_PREFIX)) {
        const cluster = clusterDots.get(key.slice(CLUSTER_KEY_PREFIX.length));
        if (!cluster) continue;
        cluster.votes++;
        cluster.direct++;
        cluster.voters.add(voterId);
        clusterVotes++;
        counted.add(voterId);
      } else {
        const note = notes.get(key);
        if (!note) continue;
        const tally = noteDots.get(key) ?? { votes: 0, voters: new Set<string>() };
        noteDots.set(key, tally);
        tally.votes++;
        tally.voters.add(voterId);
        totalVotes++;
        counted.add(voterId);
        const cluster = note.clusterId === undefined ? undefined : clusterDots.get(note.clusterId);
        if (cluster) {
          cluster.votes++;
          cluster.voters.add(voterId);
        }
      }
    }
  }
  const ranking = rankNotes(
    [...noteDots].map(([id, { votes, voters }]) => [id, { votes, voters: voters.size }] as const),
    (id) => notes.get(id)!.createdAt,
  );
  const byId = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const clusters = new Map<string, ClusterTally>(
    byId(clusterDots).map(([id, { votes, voters, direct }]) => [
      id,
      {
        votes,
        voters: voters.size,
        noteCount: [...notes.values()].filter((note) => note.clusterId === id).length,
        clusterDots: direct,
      },
    ]),
  );
  const { votesPerPerson } = readSession(doc);
  return {
    round,
    notes: new Map<string, NoteTally>(ranking.map(({ noteId: id, votes, voters }) => [id, { votes, voters }])),
    clusters,
    voters: new Map<string, VoterTally>(
      byId(spent).map(([id, dots]) => [id, { spent: dots, remaining: Math.max(0, votesPerPerson - dots) }]),
    ),
    totalVotes,
    clusterVotes,
    freeVotes,
    voterCount: counted.size,
    votesPerPerson,
    ranking,
    clusterRanking: rankClusters(clusters),
  };
}

describe('computeTally', () => {
  it('equals the tally counted the plain way, on boards with deleted notes, clusters, free dots and junk', () => {
    fc.assert(
      fc.property(board, fc.constantFrom<string | null | undefined>(undefined, null, 'r1', 'r2'), (spec, round) => {
        const doc = build(spec);
        const tally = computeTally(doc, round === undefined ? {} : { round });
        const expected = plainWayTally(doc, round === undefined ? readSession(doc).roundId : round);
        expect(plainTally(tally)).toEqual(plainTally(expected));
      }),
      { seed: 4242, numRuns: 600 },
    );
  });

  it('counts the same when note ids defeat its id index and it falls back to a Map', () => {
    // Ids that agree in every character the index samples (see id-index.ts), as a hostile writer could make them.
    const ids = Array.from({ length: 300 }, (_, i) => `n${i.toString(36).padStart(4, '0')}${'-'.repeat(12)}same`);
    const doc = new Y.Doc();
    ids.forEach((id, i) => createNote(doc, { x: 0, y: 0, clusterId: `c${i % 7}` }, { authorId: 'a', id, now: i % 5 }));
    deleteNote(doc, ids[0]!);
    for (let k = 0; k < 900; k++) {
      rawVote(doc, `u${k % 40}`, `d${k}`, { noteId: ids[(k * 7919) % ids.length]!, x: 0, y: 0, at: k });
    }
    rawVote(doc, 'u1', 'missing', { noteId: `${ids[1]!}x`, x: 0, y: 0, at: 0 });
    expect(plainTally(computeTally(doc))).toEqual(plainTally(plainWayTally(doc, null)));
  });
});
