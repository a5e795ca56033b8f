import { hasAt } from './bytes';
import type { ExifOrientation } from './types';

/**
 * The orientation an EXIF block records (tag 0x0112 of its first IFD), 1 when it records none or cannot be read.
 * `tiff` starts at the TIFF header ("II*\0" little-endian or "MM\0*" big-endian), as in a PNG eXIf or WebP EXIF chunk
 * and after the "Exif\0\0" of a JPEG APP1 segment. Nothing else of the EXIF block is read: it is all dropped.
 */
export function exifOrientation(tiff: Uint8Array): ExifOrientation {
  if (tiff.length < 8) return 1;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  const big = tiff[0] === 0x4d && tiff[1] === 0x4d;
  if (!little && !big) return 1;
  const u16 = (at: number) => (little ? tiff[at]! | (tiff[at + 1]! << 8) : (tiff[at]! << 8) | tiff[at + 1]!);
  const u32 = (at: number) => (little ? u16(at) + u16(at + 2) * 0x10000 : u16(at) * 0x10000 + u16(at + 2));
  if (u16(2) !== 42) return 1;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return 1;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return 1;
    // Type 3 is SHORT; a single SHORT sits in the first two bytes of the entry's value field, in the file's order.
    if (u16(entry) === 0x0112 && u16(entry + 2) === 3) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? (value as ExifOrientation) : 1;
    }
  }
  return 1;
}

/** The TIFF data of an EXIF block that may start with JPEG's "Exif\0\0" (some WebP writers copy it in). */
export function withoutExifPrefix(block: Uint8Array): Uint8Array {
  return hasAt(block, 0, 'Exif\0\0') ? block.subarray(6) : block;
}
