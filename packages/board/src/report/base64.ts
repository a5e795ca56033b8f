const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = '='.charCodeAt(0);
/** Characters turned into a string at a time (String.fromCharCode takes them as arguments). */
const CHUNK = 0x8000;

/**
 * Standard base64 with padding (RFC 4648 §4), for data URLs; no platform API, so it runs anywhere. Written into a byte
 * array first: a report's picture is a megabyte, and building it character by character would take long.
 */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : -1;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : -1;
    out[o++] = CODES[a >> 2]!;
    out[o++] = CODES[((a & 3) << 4) | (b < 0 ? 0 : b >> 4)]!;
    out[o++] = b < 0 ? PAD : CODES[((b & 15) << 2) | (c < 0 ? 0 : c >> 6)]!;
    out[o++] = c < 0 ? PAD : CODES[c & 63]!;
  }
  let text = '';
  for (let i = 0; i < out.length; i += CHUNK) text += String.fromCharCode(...out.subarray(i, i + CHUNK));
  return text;
}
