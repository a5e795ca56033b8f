import { concatBytes, hasAt, latin1, u16le, u24le, u32le } from './bytes';
import { exifOrientation, withoutExifPrefix } from './exif-orientation';
import { type Cleaning, type ExifOrientation, refuse } from './types';

/*
 * WebP: a RIFF container ("RIFF", size, "WEBP") of chunks (FourCC, 32-bit little-endian size, payload, a pad byte
 * when the size is odd). A simple file is one image chunk, lossy (VP8) or lossless (VP8L); an extended one starts
 * with VP8X (flags and canvas size) and may add ICCP (colour), ALPH (alpha of a lossy image), EXIF, XMP and
 * animation. We keep VP8X, ICCP, ALPH and the image chunk byte for byte, drop EXIF, XMP and unknown chunks, clear the
 * VP8X flags that announced EXIF and XMP, and write a new RIFF size. Animations are refused: a sketch is one picture,
 * and an animation's frames carry chunks of their own.
 */

const VP8X_ICC = 0x20;
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;
const VP8X_ANIMATION = 0x02;

interface Chunk {
  fourcc: string;
  payload: Uint8Array;
  /** Header, payload and pad byte, as they were. */
  whole: Uint8Array;
}

/** The WebP with only the chunks that make its pixels, or why not. */
export function cleanWebp(bytes: Uint8Array): Cleaning {
  if (!hasAt(bytes, 0, 'RIFF') || !hasAt(bytes, 8, 'WEBP')) return refuse('corrupt');
  const riffEnd = 8 + u32le(bytes, 4);
  // A RIFF size beyond the end is a truncated file; bytes after the RIFF are not part of the image and are dropped.
  if (riffEnd > bytes.length) return refuse('corrupt');
  const chunks = readChunks(bytes, 12, riffEnd);
  if (chunks === undefined || chunks.length === 0) return refuse('corrupt');
  const first = chunks[0]!;
  if (first.fourcc === 'VP8X') return cleanExtended(first, chunks.slice(1));
  const size = imageSize(first);
  if (size === undefined) return refuse('corrupt');
  // A simple file is its image chunk alone; anything after it (EXIF appended without VP8X) is dropped.
  return { ok: true, image: { ...size, orientation: 1, bytes: riff([first.whole]) } };
}

function cleanExtended(header: Chunk, rest: readonly Chunk[]): Cleaning {
  if (header.payload.length < 10) return refuse('corrupt');
  const flags = header.payload[0]!;
  if (flags & VP8X_ANIMATION) return refuse('unsupported-type');
  const width = u24le(header.payload, 4) + 1;
  const height = u24le(header.payload, 7) + 1;
  const kept: Uint8Array[] = [];
  let orientation: ExifOrientation = 1;
  let hasIcc = false;
  let image: Chunk | undefined;
  for (const chunk of rest) {
    switch (chunk.fourcc) {
      case 'ICCP':
        if (hasIcc || image !== undefined) return refuse('corrupt');
        hasIcc = true;
        kept.push(chunk.whole);
        break;
      case 'ALPH':
        if (image !== undefined) return refuse('corrupt');
        kept.push(chunk.whole);
        break;
      case 'VP8 ':
      case 'VP8L': {
        if (image !== undefined) return refuse('corrupt');
        const size = imageSize(chunk);
        // A still image fills the canvas exactly.
        if (size === undefined || size.width !== width || size.height !== height) return refuse('corrupt');
        image = chunk;
        kept.push(chunk.whole);
        break;
      }
      case 'ANIM':
      case 'ANMF':
        return refuse('unsupported-type');
      case 'EXIF':
        orientation = exifOrientation(withoutExifPrefix(chunk.payload));
        break;
      // XMP and unknown chunks are dropped.
    }
  }
  if (image === undefined) return refuse('corrupt');
  // Only the flags for what is still there: ICC as found, alpha as declared, no EXIF, no XMP.
  const vp8x = header.whole.slice(0, 18);
  vp8x[4] = 10; // the payload is exactly 10 bytes (a longer one is trimmed)
  vp8x[5] = vp8x[6] = vp8x[7] = 0;
  vp8x[8] = (flags & ~(VP8X_EXIF | VP8X_XMP | VP8X_ICC)) | (hasIcc ? VP8X_ICC : 0);
  return { ok: true, image: { width, height, orientation, bytes: riff([vp8x, ...kept]) } };
}

/** The chunks between `start` and `end`, or undefined when one does not fit (a truncated or damaged file). */
function readChunks(bytes: Uint8Array, start: number, end: number): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  let at = start;
  while (at < end) {
    if (at + 8 > end) return undefined;
    const size = u32le(bytes, at + 4);
    const padded = size + (size & 1);
    if (padded > end - at - 8) return undefined;
    chunks.push({
      fourcc: latin1(bytes, at, 4),
      payload: bytes.subarray(at + 8, at + 8 + size),
      whole: bytes.subarray(at, at + 8 + padded),
    });
    at += 8 + padded;
  }
  return chunks;
}

/** Width and height from a VP8 (lossy key frame) or VP8L (lossless) bitstream header. */
function imageSize(chunk: Chunk): { width: number; height: number } | undefined {
  const p = chunk.payload;
  if (chunk.fourcc === 'VP8 ') {
    // A 3-byte frame tag (bit 0 clear: a key frame), the start code 9D 01 2A, then 14-bit width and height.
    if (p.length < 10 || (p[0]! & 1) !== 0 || !hasAt(p, 3, [0x9d, 0x01, 0x2a])) return undefined;
    const width = u16le(p, 6) & 0x3fff;
    const height = u16le(p, 8) & 0x3fff;
    return width > 0 && height > 0 ? { width, height } : undefined;
  }
  if (chunk.fourcc === 'VP8L') {
    // The signature 0x2F, then width − 1 and height − 1 (14 bits each), an alpha hint and a 3-bit version (0).
    if (p.length < 5 || p[0] !== 0x2f) return undefined;
    const bits = u32le(p, 1);
    if (bits >>> 29 !== 0) return undefined;
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

/** A RIFF WebP file around `chunks`, with its size counted again. */
function riff(chunks: readonly Uint8Array[]): Uint8Array {
  const body = concatBytes(chunks);
  const head = new Uint8Array(12);
  head.set([0x52, 0x49, 0x46, 0x46], 0); // "RIFF"
  new DataView(head.buffer).setUint32(4, 4 + body.length, true);
  head.set([0x57, 0x45, 0x42, 0x50], 8); // "WEBP"
  return concatBytes([head, body]);
}
