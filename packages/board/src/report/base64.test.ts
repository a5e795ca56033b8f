import { describe, expect, it } from 'vitest';
import { toBase64 } from './base64';

describe('toBase64', () => {
  it('encodes like the platform, padding included, for every length remainder and large inputs', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100_001]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 7) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
