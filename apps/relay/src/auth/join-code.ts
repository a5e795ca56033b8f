import { createHmac } from 'node:crypto';

/*
 * A join code: eight characters a person can read off a projector and type on a phone (`K7QF-M2XD`), standing for a
 * board's current participant link. Like the links, codes are derived, never stored: code = the server secret's
 * HMAC of the board id and the participant link's epoch, so replacing the participant link replaces the code, and a
 * stolen database alone yields no code. The board directory keeps only a lookup key (another HMAC of the code) to
 * find the board a code belongs to; the board's code is then derived again and compared, so a key left over from an
 * older epoch opens nothing.
 */

/** Crockford's base32 without the digits 0 and 1, which people confuse with O, I and L (those are left out too). */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 30^8 ≈ 6.6·10^11 codes (39 bits); guessing is slowed further by the relay's per-address limit on misses. */
export const JOIN_CODE_LENGTH = 8;

/** The largest multiple of the alphabet's size that fits a byte: bytes from it upwards are skipped, so no bias. */
const UNBIASED_LIMIT = 256 - (256 % JOIN_CODE_ALPHABET.length);

function hmac(secret: Uint8Array, message: string): Buffer {
  return createHmac('sha256', secret).update(message).digest();
}

/**
 * The board's join code (normalised: upper case, no dash) for its participant link's `epoch`. `salt` is 0 unless the
 * code of another board happened to be the same (see boards/join-codes.ts).
 */
export function joinCodeFor(secret: Uint8Array, boardId: string, epoch: number, salt: number): string {
  return derivedCode(secret, `notevote-join-v1\0${boardId}\0${epoch}\0${salt}`);
}

/**
 * A code of JOIN_CODE_LENGTH characters of JOIN_CODE_ALPHABET derived from the server secret and `message`, which
 * names what the code is for, starting with a label of its own (`notevote-join-v1`), so a code of one kind says
 * nothing about a code of another. Event codes (auth/event-code.ts) are made the same way.
 */
export function derivedCode(secret: Uint8Array, message: string): string {
  let code = '';
  for (let block = 0; code.length < JOIN_CODE_LENGTH; block++) {
    // One block of 32 bytes nearly always suffices; the counter only matters if too many bytes were skipped.
    for (const byte of hmac(secret, `${message}\0${block}`)) {
      if (byte >= UNBIASED_LIMIT) continue;
      code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
      if (code.length === JOIN_CODE_LENGTH) break;
    }
  }
  return code;
}

/** What the board directory indexes a code by: nothing in the database reveals a code. */
export function joinKeyOf(secret: Uint8Array, code: string): string {
  return hmac(secret, `notevote-join-key-v1\0${code}`).toString('base64url').slice(0, 22);
}

/**
 * A code as a person typed it, normalised (`k7qf-m2xd`, `K7QF M2XD` → `K7QFM2XD`), or null when it cannot be one.
 * Case does not matter and dashes and spaces are optional.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** How a code is shown to people: two groups of four, `K7QF-M2XD`. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
