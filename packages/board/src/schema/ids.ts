/** Identifiers used in the board document. All are opaque strings; these aliases document intent. */
export type BoardId = string;
export type NoteId = string;
export type UserId = string;
export type VoteId = string;
export type ClusterId = string;
export type RoundId = string;

/** Board ids travel in URLs and WebSocket paths, so they are restricted to a URL-safe alphabet. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** True when `id` is a valid board id (`[A-Za-z0-9_-]{1,64}`). */
export function isValidBoardId(id: string): boolean {
  return BOARD_ID_PATTERN.test(id);
}

// Web Crypto exists in browsers and in Node ≥ 19 as a global; typed here because this package has no DOM or Node types.
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto;

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A random URL-safe id (default 16 characters ≈ 96 bits), from the platform's CSPRNG. */
export function createId(length = 16): string {
  const bytes = new Uint8Array(length);
  webCrypto.getRandomValues(bytes);
  let id = '';
  // 64 symbols: the low six bits of each byte pick one uniformly.
  for (const byte of bytes) id += ID_ALPHABET[byte & 63];
  return id;
}
