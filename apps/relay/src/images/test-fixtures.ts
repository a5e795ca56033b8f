import { crc32, deflateSync } from 'node:zlib';
import { concatBytes } from './bytes';

/*
 * Small image files built byte by byte for the tests, with the metadata a phone or an editor puts in: an EXIF block
 * with the device, the author and a GPS position, XMP, text chunks, comments. Node cannot decode images, so the tests
 * compare the segments that carry pixels byte for byte instead.
 */

const text = (value: string): Uint8Array => Uint8Array.from(value, (c) => c.charCodeAt(0));

/** True when `needle` occurs in `haystack`. */
export function contains(haystack: Uint8Array, needle: Uint8Array | string): boolean {
  return Buffer.from(haystack).indexOf(typeof needle === 'string' ? Buffer.from(needle, 'latin1') : needle) >= 0;
}

// --- EXIF -----------------------------------------------------------------------------------------------------

/** A GPS IFD's bytes are distinctive enough to search the output for (the latitude 46° 12′ 34.56″ N: Geneva). */
export interface Exif {
  tiff: Uint8Array;
  gpsIfd: Uint8Array;
}

/** An EXIF (TIFF) block: Make "PhoneCo", Artist "Jane Doe", the orientation, and a GPS IFD with a latitude. */
export function exifBlock(orientation: number, littleEndian = false): Exif {
  const view = new DataView(new ArrayBuffer(134));
  const u16 = (at: number, value: number) => view.setUint16(at, value, littleEndian);
  const u32 = (at: number, value: number) => view.setUint32(at, value, littleEndian);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    u16(at, tag);
    u16(at + 2, type);
    u32(at + 4, count);
    if (type === 3 && count === 1) u16(at + 8, value);
    else u32(at + 8, value);
  };
  const bytes = new Uint8Array(view.buffer);
  bytes.set(text(littleEndian ? 'II' : 'MM'), 0);
  u16(2, 42);
  u32(4, 8);
  u16(8, 4); // IFD0: four entries, 8 + 2 + 48 + 4 = 62
  entry(10, 0x010f, 2, 8, 62); // Make
  entry(22, 0x0112, 3, 1, orientation); // Orientation
  entry(34, 0x013b, 2, 9, 70); // Artist
  entry(46, 0x8825, 4, 1, 80); // GPSInfo: the GPS IFD's offset
  u32(58, 0);
  bytes.set(text('PhoneCo\0'), 62);
  bytes.set(text('Jane Doe\0'), 70);
  u16(80, 2); // GPS IFD: two entries, 80 + 2 + 24 + 4 = 110
  entry(82, 0x0001, 2, 2, 0); // GPSLatitudeRef, "N" inline
  bytes.set(text('N\0'), 90);
  entry(94, 0x0002, 5, 3, 110); // GPSLatitude: three rationals
  u32(106, 0);
  [46, 1, 12, 1, 3456, 100].forEach((value, i) => u32(110 + 4 * i, value));
  return { tiff: bytes, gpsIfd: bytes.slice(80, 134) };
}

export const XMP = text(
  'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Jane Doe</dc:creator></x:xmpmeta>',
);

// --- PNG ------------------------------------------------------------------------------------------------------

/** One PNG chunk with its length and CRC. */
export function pngChunk(type: string, data: Uint8Array | string): Uint8Array {
  const body = concatBytes([text(type), typeof data === 'string' ? text(data) : data]);
  const out = new Uint8Array(body.length + 8);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length - 4);
  out.set(body, 4);
  view.setUint32(out.length - 4, crc32(body));
  return out;
}

/** A PNG file of `chunks` after the signature. */
export const pngFile = (chunks: readonly Uint8Array[]): Uint8Array =>
  concatBytes([Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), ...chunks]);

/** The chunks of a 2×2 truecolour PNG. */
export function pngParts(width = 2, height = 2): { ihdr: Uint8Array; idat: Uint8Array; iend: Uint8Array } {
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows = Uint8Array.from({ length: 2 * 7 }, (_, i) => (i % 7 === 0 ? 0 : (i * 37) & 0xff));
  return { ihdr: pngChunk('IHDR', header), idat: pngChunk('IDAT', deflateSync(rows)), iend: pngChunk('IEND', '') };
}

// --- JPEG -----------------------------------------------------------------------------------------------------

/** One JPEG segment: 0xFF, the marker, the length (counting itself), the payload. */
export function jpegSegment(marker: number, payload: Uint8Array | string): Uint8Array {
  const body = typeof payload === 'string' ? text(payload) : payload;
  return concatBytes([Uint8Array.of(0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff), body]);
}

const huffmanTable = (classAndId: number) => Uint8Array.of(classAndId, 1, ...new Array<number>(15).fill(0), 0);

/**
 * A 1×1 greyscale baseline JPEG, part by part: every quantiser 1, one Huffman code ("0") in each table, meaning
 * "DC difference 0" and "end of block", so the scan is the two bits 00 padded with ones: 0x3F.
 */
export const JPEG = {
  soi: Uint8Array.of(0xff, 0xd8),
  dqt: jpegSegment(0xdb, Uint8Array.of(0, ...new Array<number>(64).fill(1))),
  sof: jpegSegment(0xc0, Uint8Array.of(8, 0, 1, 0, 1, 1, 1, 0x11, 0)),
  dhtDc: jpegSegment(0xc4, huffmanTable(0x00)),
  dhtAc: jpegSegment(0xc4, huffmanTable(0x10)),
  sos: jpegSegment(0xda, Uint8Array.of(1, 1, 0x00, 0, 63, 0)),
  scan: Uint8Array.of(0x3f),
  eoi: Uint8Array.of(0xff, 0xd9),
};

/** The metadata segments a phone or an editor writes. */
export function jpegMetadata(exif: Exif) {
  return {
    jfif: jpegSegment(0xe0, Uint8Array.of(...text('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0)),
    exif: jpegSegment(0xe1, concatBytes([text('Exif\0\0'), exif.tiff])),
    xmp: jpegSegment(0xe1, XMP),
    iptc: jpegSegment(0xed, 'Photoshop 3.0\x008BIM\x04\x04\0\0\0\0\0\x0cJane Doe'),
    comment: jpegSegment(0xfe, 'shot by Jane Doe'),
    icc: jpegSegment(0xe2, concatBytes([text('ICC_PROFILE\0'), Uint8Array.of(1, 1), text('a colour profile')])),
    adobe: jpegSegment(0xee, Uint8Array.of(...text('Adobe'), 0, 100, 0, 0, 0, 0, 1)),
  };
}

// --- WebP -----------------------------------------------------------------------------------------------------

/** One RIFF chunk, padded to an even length. */
export function riffChunk(fourcc: string, payload: Uint8Array | string): Uint8Array {
  const body = typeof payload === 'string' ? text(payload) : payload;
  const out = new Uint8Array(8 + body.length + (body.length & 1));
  out.set(text(fourcc), 0);
  new DataView(out.buffer).setUint32(4, body.length, true);
  out.set(body, 8);
  return out;
}

/** A WebP file of `chunks`, with the RIFF size they need. */
export function webpFile(chunks: readonly Uint8Array[]): Uint8Array {
  const body = concatBytes(chunks);
  const head = concatBytes([text('RIFF'), new Uint8Array(4), text('WEBP')]);
  new DataView(head.buffer).setUint32(4, body.length + 4, true);
  return concatBytes([head, body]);
}

/** A VP8L chunk: its header says `width`×`height`; the bitstream after it is filler (nothing here decodes it). */
export function vp8lChunk(width: number, height: number): Uint8Array {
  const bits = (width - 1) | ((height - 1) << 14);
  return riffChunk(
    'VP8L',
    Uint8Array.of(0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, bits >>> 24, 7, 0, 0x4d, 3),
  );
}

/** A VP8 (lossy key frame) chunk of `width`×`height`, with filler after its header. */
export function vp8Chunk(width: number, height: number): Uint8Array {
  return riffChunk(
    'VP8 ',
    Uint8Array.of(0x50, 1, 0, 0x9d, 0x01, 0x2a, width & 0xff, width >> 8, height & 0xff, height >> 8, 1, 2, 3),
  );
}

/** A VP8X chunk: flags and canvas size. */
export function vp8xChunk(flags: number, width: number, height: number): Uint8Array {
  const w = width - 1;
  const h = height - 1;
  return riffChunk(
    'VP8X',
    Uint8Array.of(flags, 0, 0, 0, w & 0xff, (w >> 8) & 0xff, w >> 16, h & 0xff, (h >> 8) & 0xff, h >> 16),
  );
}

export const VP8X_FLAGS = { icc: 0x20, alpha: 0x10, exif: 0x08, xmp: 0x04, animation: 0x02 };
