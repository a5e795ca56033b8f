const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (RFC 4648 §4), for data URLs; no platform API, so it runs anywhere. */
export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out.push(
      ALPHABET[a >> 2]!,
      ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!,
      b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!,
      c === undefined ? '=' : ALPHABET[c & 63]!,
    );
  }
  return out.join('');
}
