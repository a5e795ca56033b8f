import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVote } from '../votes/parse';
import { dotNoteId } from './fields';

describe('dotNoteId', () => {
  // computeTally reads dots through dotNoteId and the tracker through parseVote; they must never disagree.
  it('is parseVote(raw)?.noteId for anything a writer can store', () => {
    const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity));
    const voteLike = fc.record(
      {
        noteId: fc.oneof(fc.string(), fc.constant(null), fc.integer(), fc.constant(undefined)),
        x: fc.oneof(number, fc.string()),
        y: fc.oneof(number, fc.constant(null)),
        at: fc.oneof(number, fc.string()),
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    fc.assert(
      fc.property(fc.oneof(voteLike, fc.anything()), (raw) => {
        const vote = parseVote(raw);
        expect(dotNoteId(raw)).toBe(vote === null ? undefined : vote.noteId);
      }),
      { numRuns: 2000 },
    );
  });
});
