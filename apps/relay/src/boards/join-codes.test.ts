import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { joinCodeFor, joinKeyOf } from '../auth/join-code';
import { createMemoryDirectory } from '../storage/board-directory';
import { createJoinCodes } from './join-codes';

function setup() {
  const directory = createMemoryDirectory();
  const secret = randomBytes(48);
  return { directory, secret, codes: createJoinCodes({ directory, secret }) };
}

describe('join codes of boards', () => {
  it("registers a board's code when first asked, and resolves it however it is typed", async () => {
    const { directory, codes } = setup();
    const record = await directory.create('b1');
    const code = await codes.current(record);
    expect((await directory.get('b1'))?.joinKey).not.toBeNull();
    // Asking again with the fresh record changes nothing.
    expect(await codes.current((await directory.get('b1'))!)).toBe(code);
    for (const typed of [code, code.toLowerCase(), `${code.slice(0, 4)}-${code.slice(4)}`]) {
      expect((await codes.resolve(typed))?.id, typed).toBe('b1');
    }
    expect(await codes.resolve('')).toBeNull();
    expect(await codes.resolve('not a code')).toBeNull();
  });

  it('replaces the code with the participant link: the old one opens nothing, even before the new one is registered', async () => {
    const { directory, codes } = setup();
    const before = await codes.current(await directory.create('b1'));
    const rotated = await directory.rotateLink('b1', 'participant');
    expect(await codes.resolve(before)).toBeNull();
    const after = await codes.current(rotated);
    expect(after).not.toBe(before);
    expect((await codes.resolve(after))?.id).toBe('b1');
    expect(await codes.resolve(before)).toBeNull();
    // Other roles' links leave the code alone.
    expect(await codes.current(await directory.rotateLink('b1', 'projector'))).toBe(after);
  });

  it('gives a board another variant of its code when its code is taken by another board', async () => {
    const { directory, secret, codes } = setup();
    await directory.create('b1');
    const b2 = await directory.create('b2');
    // As if b1's code were the very one b2 derives (39 bits: rare, but it must never open the wrong board).
    const wanted = joinCodeFor(secret, 'b2', 0, 0);
    expect(await directory.setJoinKey('b1', joinKeyOf(secret, wanted), 0)).toBe(true);
    const code = await codes.current(b2);
    expect(code).not.toBe(wanted);
    expect(code).toBe(joinCodeFor(secret, 'b2', 0, 1));
    expect(await directory.get('b2')).toMatchObject({ joinSalt: 1 });
    expect((await codes.resolve(code))?.id).toBe('b2');
    // The key b1 holds is not b1's own code, so it opens nothing.
    expect(await codes.resolve(wanted)).toBeNull();
  });

  it('forgets the code with the board', async () => {
    const { directory, codes } = setup();
    const code = await codes.current(await directory.create('b1'));
    await directory.remove('b1');
    expect(await codes.resolve(code)).toBeNull();
  });
});
