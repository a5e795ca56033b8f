import { describe, expect, it } from 'vitest';
import { deriveBoardIdentity } from '@notevote/board';
import { deciderCandidates, formatDeciderCode, readDeciderCode } from './deciders';

const people = new Map([
  ['u-amina', { name: 'Amina' }],
  ['u-boris', { name: 'Boris' }],
  ['u-chen', { name: 'Chen' }],
  ['u-fatima', { name: 'Fatima' }],
]);

describe('naming deciders', () => {
  it('lists the facilitator first, then people online, then the others, leaving out those already named', () => {
    const candidates = deciderCandidates({
      people,
      online: new Set(['u-chen', 'u-fatima']),
      deciders: new Map([['u-boris', { name: 'Boris', accepted: false }]]),
      me: 'u-fatima',
      anonymous: false,
    });
    expect(candidates.map((each) => [each.userId, each.self])).toEqual([
      ['u-fatima', true],
      ['u-chen', false],
      ['u-amina', false],
    ]);
  });

  it('offers only the facilitator on an anonymous board (the others by code), and nobody who is named', () => {
    const args = { people: new Map(), online: new Set<string>(), me: 'u-fatima', anonymous: true };
    expect(deciderCandidates({ ...args, deciders: new Map() })).toEqual([{ userId: 'u-fatima', name: '', self: true }]);
    expect(deciderCandidates({ ...args, deciders: new Map([['u-fatima', { name: 'F', accepted: true }]]) })).toEqual(
      [],
    );
  });

  it('reads a decider code back as the user id it shows, in groups, and refuses anything else', () => {
    const { userId } = deriveBoardIdentity('a device secret', 'board-1', 2);
    const code = formatDeciderCode(userId);
    expect(code.split(' ').map((group) => group.length)).toEqual([4, 4, 4, 4, 4, 2]);
    expect(readDeciderCode(code)).toBe(userId);
    expect(readDeciderCode(`  ${userId} `)).toBe(userId);
    expect(readDeciderCode(userId.slice(1))).toBeNull();
    expect(readDeciderCode(`${userId.slice(1)}!`)).toBeNull();
    expect(readDeciderCode('')).toBeNull();
  });
});
