import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueToken, ROLES, verifyToken, type Role } from './capabilities';

const secret = randomBytes(48);
const epochs =
  (participant = 0) =>
  (role: Role) =>
    role === 'participant' ? participant : 0;

describe('capability tokens', () => {
  it('verifies a token for its board and role', () => {
    for (const role of ROLES) {
      const token = issueToken(secret, 'board-1', role, 0);
      expect(verifyToken(secret, 'board-1', token, epochs())).toEqual({ ok: true, role, epoch: 0 });
    }
  });

  it('gives each role a different token', () => {
    const tokens = new Set(ROLES.map((role) => issueToken(secret, 'board-1', role, 0)));
    expect(tokens.size).toBe(3);
  });

  it('refuses a token for another board', () => {
    const token = issueToken(secret, 'board-1', 'facilitator', 0);
    expect(verifyToken(secret, 'board-2', token, epochs())).toMatchObject({
      ok: false,
      reason: 'link-invalid',
    });
  });

  it('refuses a token signed with another secret', () => {
    const token = issueToken(randomBytes(48), 'board-1', 'participant', 0);
    expect(verifyToken(secret, 'board-1', token, epochs()).ok).toBe(false);
  });

  it('refuses a role forged by editing the role code', () => {
    const participant = issueToken(secret, 'board-1', 'participant', 0);
    expect(verifyToken(secret, 'board-1', 'f' + participant.slice(1), epochs()).ok).toBe(false);
  });

  it('refuses participant tokens of a rotated epoch, and accepts the new one', () => {
    const old = issueToken(secret, 'board-1', 'participant', 0);
    const next = issueToken(secret, 'board-1', 'participant', 1);
    expect(verifyToken(secret, 'board-1', old, epochs(1))).toMatchObject({
      ok: false,
      reason: 'link-replaced',
    });
    expect(verifyToken(secret, 'board-1', next, epochs(1)).ok).toBe(true);
  });

  it('refuses malformed tokens without throwing', () => {
    for (const token of [
      '',
      'x',
      'p0',
      'p0.',
      'q0.AAAAAAAAAAAAAAAAAAAAAA',
      'p-1.AAAAAAAAAAAAAAAAAAAAAA',
      'p0.' + '!'.repeat(22),
      'p0.' + 'A'.repeat(200),
    ]) {
      expect(verifyToken(secret, 'board-1', token, epochs()).ok, token).toBe(false);
    }
  });
});
