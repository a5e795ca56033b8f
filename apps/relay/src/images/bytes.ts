/*
 * Reading numbers and tags out of an upload. Callers check bounds first; out of range these read NaN (from
 * `undefined`), never throw, which a later check then refuses.
 */

export const u16be = (bytes: Uint8Array, at: number): number => (bytes[at]! << 8) | bytes[at + 1]!;

export const u32be = (bytes: Uint8Array, at: number): number =>
  bytes[at]! * 0x1000000 + ((bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!);

export const u16le = (bytes: Uint8Array, at: number): number => bytes[at]! | (bytes[at + 1]! << 8);

export const u24le = (bytes: Uint8Array, at: number): number =>
  bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);

export const u32le = (bytes: Uint8Array, at: number): number => u24le(bytes, at) + bytes[at + 3]! * 0x1000000;

/** `length` bytes from `at` as Latin-1 text (chunk types, FourCCs, signatures). */
export const latin1 = (bytes: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(at, at + length));

/** True when `bytes` holds `prefix` (Latin-1 text or byte values) at `at`. */
export function hasAt(bytes: Uint8Array, at: number, prefix: string | readonly number[]): boolean {
  if (at < 0 || at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const expected = typeof prefix === 'string' ? prefix.charCodeAt(i) : prefix[i];
    if (bytes[at + i] !== expected) return false;
  }
  return true;
}

/** Joins `parts` into one new array (the clean image never shares memory with the upload). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
