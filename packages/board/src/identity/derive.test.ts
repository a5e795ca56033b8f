import { describe, expect, it } from 'vitest';
import { authorIdFor, deriveBoardIdentity, deriveUserId, IDENTITY_TEST_VECTOR as V } from './derive';

describe('identity derivation', () => {
  it('matches the published test vectors for both schemes and the author tag', () => {
    expect(deriveUserId(V.secret, V.boardId, 1)).toBe(V.scheme1UserId);
    expect(deriveUserId(V.secret, V.boardId, 2)).toBe(V.scheme2UserId);
    const identity = deriveBoardIdentity(V.secret, V.boardId, 2);
    expect(authorIdFor(identity, V.noteId, true)).toBe(V.authorTag);
  });

  it('gives one person a different id on every board under scheme 2, the same one under scheme 1', () => {
    expect(deriveUserId(V.secret, 'board-a', 2)).not.toBe(deriveUserId(V.secret, 'board-b', 2));
    expect(deriveUserId(V.secret, 'board-a', 1)).toBe(deriveUserId(V.secret, 'board-b', 1));
  });

  it('writes the user id as author on named boards, and an unlinkable tag per note on anonymous ones', () => {
    const identity = deriveBoardIdentity(V.secret, V.boardId, 2);
    expect(authorIdFor(identity, 'n1', false)).toBe(identity.userId);
    const tags = ['n1', 'n2'].map((id) => authorIdFor(identity, id, true));
    expect(new Set([...tags, identity.userId]).size).toBe(3);
    const someoneElse = deriveBoardIdentity('another device secret', V.boardId, 2);
    expect(authorIdFor(someoneElse, 'n1', true)).not.toBe(tags[0]);
    for (const tag of tags) expect(tag).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
