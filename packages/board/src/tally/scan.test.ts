import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isNoteMap, notesMap, votesMap } from '../doc/access';
import { createNote, deleteNote } from '../doc/notes';
import { CLUSTER_KEY_PREFIX, dotKey } from './fields';
import { NOWHERE, scanBoard, type BoardScan } from './scan';
import { rawNotes, rawVote, rawVotes } from './test-support';

const noteId = fc.constantFrom('n0', 'n1', 'n2', 'n3', `${CLUSTER_KEY_PREFIX}c1`);
const dot = fc.oneof(
  fc.record(
    {
      noteId: fc.option(noteId, { nil: null }),
      x: fc.integer({ min: -5, max: 5 }),
      y: fc.constant(0),
      round: fc.constantFrom('r1', 'r2'),
      clusterId: fc.constantFrom('c0', 'c1', 'c9'),
    },
    { noNullPrototype: true, requiredKeys: ['noteId', 'x', 'y'] },
  ),
  fc.constantFrom<unknown>('junk', 7, null, { noteId: 'n1', x: Number.NaN, y: 0 }, { noteId: 4, x: 0, y: 0 }),
);
const board = fc.record({
  notes: fc.array(fc.record({ id: noteId, clusterId: fc.option(fc.constantFrom('c0', 'c1'), { nil: undefined }) })),
  deleted: fc.array(noteId, { maxLength: 2 }),
  junkNote: fc.boolean(),
  dots: fc.array(fc.record({ voter: fc.constantFrom('u0', 'u1', 'u2'), id: fc.constantFrom('d0', 'd1', 'd2'), dot })),
  junkVoter: fc.boolean(),
});
type Board = typeof board extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Board): Y.Doc {
  const doc = new Y.Doc();
  for (const { id, clusterId } of spec.notes) {
    createNote(doc, clusterId === undefined ? { x: 0, y: 0 } : { x: 0, y: 0, clusterId }, { authorId: 'a', id });
  }
  for (const id of spec.deleted) deleteNote(doc, id);
  if (spec.junkNote) rawNotes(doc).set('n2', 'not a note');
  for (const { voter, id, dot: value } of spec.dots) rawVote(doc, voter, id, value);
  if (spec.junkVoter) rawVotes(doc).set('u9', 'not a map');
  return doc;
}

/** What a scan must hold, read the plain way: the public Y.Map API and `dotKey`. */
function expectedScan(doc: Y.Doc, round: string | null) {
  const noteIds = [...notesMap(doc)].filter(([, value]) => isNoteMap(value)).map(([id]) => id);
  const voters = [...votesMap(doc)].filter(([, value]) => value instanceof Y.Map);
  const dots = voters.map(([, map]) =>
    [...(map as Y.Map<unknown>)]
      .map(([id, raw]) => [id, dotKey(raw, round)] as const)
      .filter(([, key]) => key !== undefined),
  );
  return { noteIds, voterIds: voters.map(([id]) => id), dots };
}

/** The target key a slot stands for, so a scan's slots can be compared with the keys. */
function keyOfSlots(scan: BoardScan, dot: number): string | null {
  const note = scan.dotOnNote[dot]!;
  const cluster = scan.dotOnCluster[dot]!;
  if (note !== NOWHERE) return [...scan.notes.ids, ...scan.missingNotes][note]!;
  if (cluster !== NOWHERE) return CLUSTER_KEY_PREFIX + [...scan.notes.clusterIds, ...scan.emptyClusters][cluster]!;
  return null;
}

describe('scanBoard', () => {
  it('reads exactly the notes and well-formed dots the public API shows, and places every dot on its slot', () => {
    fc.assert(
      fc.property(board, fc.constantFrom(null, 'r1'), (spec, round) => {
        const doc = build(spec);
        const scan = scanBoard(doc, round);
        const expected = expectedScan(doc, round);
        expect(scan.notes.ids).toEqual(expected.noteIds);
        expect(scan.voterIds).toEqual(expected.voterIds);
        expected.dots.forEach((dots, voter) => {
          const first = scan.firstDot[voter]!;
          expect(scan.firstDot[voter + 1]! - first).toBe(dots.length);
          dots.forEach(([id, key], k) => {
            expect(scan.dotIds[first + k]).toBe(id);
            expect(scan.dotKeys[first + k]).toBe(key);
            expect(keyOfSlots(scan, first + k)).toBe(key);
          });
        });
        // Slots past the table's are only for ids the table lacks, each once.
        for (const id of scan.missingNotes) expect(scan.notes.index.slotOf(id)).toBe(-1);
        for (const id of scan.emptyClusters) expect(scan.notes.clusterIndex.has(id)).toBe(false);
        expect(new Set(scan.missingNotes).size).toBe(scan.missingNotes.length);
        expect(new Set(scan.emptyClusters).size).toBe(scan.emptyClusters.length);
      }),
      { seed: 5150, numRuns: 150 },
    );
  });
});
