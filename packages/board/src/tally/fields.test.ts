import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVote } from '../votes/parse';
import { stackKey } from '../votes/rules';
import { dotKey, dotNoteId, dotOfRound } from './fields';

const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity));
const voteLike = fc.record(
  {
    noteId: fc.oneof(fc.string(), fc.constant(null), fc.integer(), fc.constant(undefined)),
    x: fc.oneof(number, fc.string()),
    y: fc.oneof(number, fc.constant(null)),
    at: fc.oneof(number, fc.string()),
    round: fc.oneof(fc.constantFrom('r1', 'r2'), fc.integer(), fc.constant(null)),
    clusterId: fc.oneof(fc.constantFrom('c1', 'c2'), fc.integer()),
  },
  { requiredKeys: [], noNullPrototype: true },
);

describe('dotNoteId', () => {
  it('is parseVote(raw)?.noteId for anything a writer can store', () => {
    fc.assert(
      fc.property(fc.oneof(voteLike, fc.anything()), (raw) => {
        const vote = parseVote(raw);
        expect(dotNoteId(raw)).toBe(vote === null ? undefined : vote.noteId);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dotKey', () => {
  it('is the stackKey of parseVote(raw) when the dot is of the round, else undefined', () => {
    fc.assert(
      fc.property(fc.oneof(voteLike, fc.anything()), fc.constantFrom('r1', 'r2', null), (raw, round) => {
        const vote = parseVote(raw);
        const expected = vote === null || (vote.round ?? null) !== round ? undefined : stackKey(vote);
        expect(dotKey(raw, round)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('dotOfRound', () => {
  it('is the stored value itself exactly when parseVote(raw) is a vote of the round', () => {
    fc.assert(
      fc.property(fc.oneof(voteLike, fc.anything()), fc.constantFrom('r1', 'r2', null), (raw, round) => {
        const vote = parseVote(raw);
        const ofRound = vote !== null && (vote.round ?? null) === round;
        expect(dotOfRound(raw, round)).toBe(ofRound ? raw : undefined);
      }),
      { numRuns: 3000 },
    );
  });
});
