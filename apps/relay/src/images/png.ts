import { crc32 } from 'node:zlib';
import { concatBytes, latin1, u32be } from './bytes';
import { exifOrientation } from './exif-orientation';
import { PNG_SIGNATURE } from './sniff';
import { type Cleaning, type ExifOrientation, refuse } from './types';

/*
 * PNG: a signature, then chunks (length, type, data, CRC). A chunk whose type starts with a capital letter is
 * critical (a decoder must understand it); the others are ancillary. We copy the critical chunks and the ancillary
 * ones that change how the pixels look, byte for byte, and drop everything else — text (tEXt, zTXt, iTXt: author,
 * software, comments), eXIf (GPS position, device), tIME, pHYs and every chunk we do not know, which could hold
 * anything. The pixels (IDAT) are never decoded or re-encoded.
 */

/** Ancillary chunks that change how pixels look: transparency and colour space. */
const KEPT_ANCILLARY = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'cICP']);

/** The bit depths each colour type allows (PNG specification, table 11.1). */
const BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16], // greyscale
  2: [8, 16], // truecolour
  3: [1, 2, 4, 8], // indexed
  4: [8, 16], // greyscale with alpha
  6: [8, 16], // truecolour with alpha
};

interface Header {
  width: number;
  height: number;
  colourType: number;
}

/** The PNG with only the chunks that make its pixels, or why not. */
export function cleanPng(bytes: Uint8Array): Cleaning {
  const kept: Uint8Array[] = [Uint8Array.from(PNG_SIGNATURE)];
  let header: Header | undefined;
  let orientation: ExifOrientation = 1;
  let seenPalette = false;
  let seenPixels = false;
  let at = PNG_SIGNATURE.length;
  for (;;) {
    // Running out of bytes before IEND is a truncated file.
    if (at + 12 > bytes.length) return refuse('corrupt');
    const length = u32be(bytes, at);
    if (length > bytes.length - at - 12) return refuse('corrupt');
    const type = latin1(bytes, at + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type)) return refuse('corrupt');
    const data = bytes.subarray(at + 8, at + 8 + length);
    const chunk = bytes.subarray(at, at + 12 + length);
    at += 12 + length;

    if (header === undefined && type !== 'IHDR') return refuse('corrupt');
    const critical = type.charCodeAt(0) < 0x61; // an upper-case first letter
    if (!critical) {
      if (type === 'eXIf') orientation = exifOrientation(data);
      // After the pixels, colour chunks are out of place and decoders ignore them: drop those too.
      if (!KEPT_ANCILLARY.has(type) || seenPixels) continue;
      if (!hasValidCrc(chunk)) return refuse('corrupt');
      kept.push(chunk);
      continue;
    }
    if (!hasValidCrc(chunk)) return refuse('corrupt');
    switch (type) {
      case 'IHDR': {
        if (header !== undefined) return refuse('corrupt');
        const read = readHeader(data);
        if (read === undefined) return refuse('corrupt');
        header = read;
        break;
      }
      case 'PLTE':
        if (seenPalette || seenPixels || length === 0 || length % 3 !== 0) return refuse('corrupt');
        seenPalette = true;
        break;
      case 'IDAT':
        seenPixels = true;
        break;
      case 'IEND':
        if (!seenPixels || (header!.colourType === 3 && !seenPalette)) return refuse('corrupt');
        kept.push(chunk);
        // Whatever follows IEND (a script glued on, a second file) is not part of the image: it is dropped.
        return {
          ok: true,
          image: { width: header!.width, height: header!.height, orientation, bytes: concatBytes(kept) },
        };
      default:
        // A critical chunk we do not know: no browser could decode the image either.
        return refuse('unsupported-type');
    }
    kept.push(chunk);
  }
}

/** The chunk's CRC (over its type and data) matches the one it carries. */
function hasValidCrc(chunk: Uint8Array): boolean {
  return crc32(chunk.subarray(4, chunk.length - 4)) === u32be(chunk, chunk.length - 4);
}

function readHeader(data: Uint8Array): Header | undefined {
  if (data.length !== 13) return undefined;
  const width = u32be(data, 0);
  const height = u32be(data, 4);
  const [bitDepth, colourType, compression, filter, interlace] = data.subarray(8);
  const depths = BIT_DEPTHS[colourType!];
  if (width < 1 || height < 1 || width > 0x7fffffff || height > 0x7fffffff) return undefined;
  if (depths === undefined || !depths.includes(bitDepth!)) return undefined;
  if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) return undefined;
  return { width, height, colourType: colourType! };
}
