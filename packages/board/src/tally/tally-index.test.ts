import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isNoteMap, notesMap, votesMap, type VoterVotes } from '../doc/access';
import { createNote, deleteNote } from '../doc/notes';
import { dotKey } from './fields';
import { scanBoard } from './scan';
import { assembleTally } from './snapshot';
import { TallyIndex } from './tally-index';
import { plainTally, rawVote } from './test-support';

const noteId = fc.constantFrom('n0', 'n1', 'n2', 'n3');
const dot = fc.oneof(
  fc.record(
    {
      noteId: fc.option(noteId, { nil: null }),
      x: fc.constant(1),
      y: fc.constant(1),
      clusterId: fc.constantFrom('c0', 'c1', 'c9'),
    },
    { noNullPrototype: true, requiredKeys: ['noteId', 'x', 'y'] },
  ),
  fc.constantFrom<unknown>('junk', { noteId: 'n1', x: Number.NaN, y: 0 }),
);
const board = fc.record({
  notes: fc.array(fc.record({ id: noteId, clusterId: fc.option(fc.constantFrom('c0', 'c1'), { nil: undefined }) })),
  deleted: fc.array(noteId, { maxLength: 2 }),
  dots: fc.array(fc.record({ voter: fc.constantFrom('u0', 'u1', 'u2'), id: fc.constantFrom('d0', 'd1', 'd2'), dot })),
});

/** The index built change by change, as the tracker's event handlers would: every note, then every voter. */
function oneByOne(doc: Y.Doc): TallyIndex {
  const index = TallyIndex.fromScan(scanBoard(new Y.Doc(), null));
  for (const [id, value] of notesMap(doc)) if (isNoteMap(value)) index.putNote(id, value);
  for (const [voterId, value] of votesMap(doc)) {
    if (!(value instanceof Y.Map)) continue;
    const dots: [string, string | null][] = [];
    for (const [voteId, raw] of value as VoterVotes) {
      const key = dotKey(raw, null);
      if (key !== undefined) dots.push([voteId, key]);
    }
    index.putVoter(voterId, value as VoterVotes, dots);
  }
  return index;
}

describe('TallyIndex.fromScan', () => {
  it('builds the same index as putting every note and voter one by one', () => {
    fc.assert(
      fc.property(board, (spec) => {
        const doc = new Y.Doc();
        for (const { id, clusterId } of spec.notes) {
          createNote(doc, clusterId === undefined ? { x: 0, y: 0 } : { x: 0, y: 0, clusterId }, { authorId: 'a', id });
        }
        for (const id of spec.deleted) deleteNote(doc, id);
        for (const { voter, id, dot: value } of spec.dots) rawVote(doc, voter, id, value);

        const bulk = TallyIndex.fromScan(scanBoard(doc, null));
        const single = oneByOne(doc);
        expect(plainTally(assembleTally(bulk.parts()))).toEqual(plainTally(assembleTally(single.parts())));
        for (const id of ['n0', 'n1', 'n2', 'n3']) expect(bulk.noteTally(id)).toEqual(single.noteTally(id));
        for (const id of ['c0', 'c1', 'c9']) expect(bulk.clusterTally(id)).toEqual(single.clusterTally(id));
        for (const id of ['u0', 'u1', 'u2']) expect(bulk.spent(id)).toBe(single.spent(id));
      }),
      { seed: 808, numRuns: 200 },
    );
  });
});
