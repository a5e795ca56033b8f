import { createHmac, timingSafeEqual } from 'node:crypto';

import { ROLE_CODES, ROLES, type RefusalCode, type Role } from '@notevote/board';

export { ROLES, type Role };
const CODE_ROLES = new Map(Object.entries(ROLE_CODES).map(([role, code]) => [code, role as Role]));

/** Bytes of HMAC kept in a token: 128 bits is beyond guessing and keeps links short enough for a QR code. */
const MAC_BYTES = 16;

/**
 * A capability token: `<role code><epoch>.<mac>`, where mac = HMAC-SHA256(server secret, board id, role, epoch).
 * Nothing is stored per token: the server recomputes the MAC, so a stolen database alone cannot mint links, and
 * bumping the epoch (rotating the participant link) invalidates every older participant token at once.
 */
export function issueToken(secret: Uint8Array, boardId: string, role: Role, epoch: number): string {
  return `${ROLE_CODES[role]}${epoch}.${mac(secret, boardId, role, epoch)}`;
}

export type TokenCheck = { ok: true; role: Role; epoch: number } | { ok: false; reason: RefusalCode };

/**
 * Checks a token for a board. `currentEpoch(role)` gives the epoch that role's links are at now; older epochs are
 * refused as "rotated". The comparison is constant-time.
 */
export function verifyToken(
  secret: Uint8Array,
  boardId: string,
  token: string,
  currentEpoch: (role: Role) => number,
): TokenCheck {
  const match = /^([a-z])(\d{1,9})\.([A-Za-z0-9_-]{10,64})$/.exec(token);
  const role = match ? CODE_ROLES.get(match[1] ?? '') : undefined;
  if (!match || !role) return { ok: false, reason: 'link-invalid' };
  const epoch = Number(match[2]);
  const expected = Buffer.from(mac(secret, boardId, role, epoch));
  const given = Buffer.from(match[3] ?? '');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'link-invalid' };
  }
  if (epoch !== currentEpoch(role)) {
    return { ok: false, reason: 'link-replaced' };
  }
  return { ok: true, role, epoch };
}

function mac(secret: Uint8Array, boardId: string, role: Role, epoch: number): string {
  return createHmac('sha256', secret)
    .update(`notevote-capability-v1\0${boardId}\0${role}\0${epoch}`)
    .digest('base64url')
    .slice(0, Math.ceil((MAC_BYTES * 4) / 3));
}
