import { describe, expect, it } from 'vitest';
import { exifOrientation } from './exif-orientation';
import { exifBlock } from './test-fixtures';

describe('exifOrientation', () => {
  it('reads the orientation in either byte order', () => {
    for (let value = 1; value <= 8; value++) {
      expect(exifOrientation(exifBlock(value).tiff)).toBe(value);
      expect(exifOrientation(exifBlock(value, true).tiff)).toBe(value);
    }
  });

  it('says 1 when there is no valid orientation or the block is damaged', () => {
    expect(exifOrientation(exifBlock(9).tiff)).toBe(1);
    expect(exifOrientation(exifBlock(6).tiff.subarray(0, 30))).toBe(1);
    expect(exifOrientation(Uint8Array.of(0x4d, 0x4d, 0, 42, 0xff, 0xff, 0xff, 0xff))).toBe(1);
    expect(exifOrientation(new Uint8Array(0))).toBe(1);
  });
});
