import { concatBytes, hasAt, u16be } from './bytes';
import { exifOrientation } from './exif-orientation';
import { type Cleaning, type ExifOrientation, refuse } from './types';

/*
 * JPEG: a start-of-image marker, then segments (0xFF, a marker code, a 16-bit length counting itself, a payload),
 * then after each start-of-scan the entropy-coded data, until end-of-image. We copy what decoding needs, byte for
 * byte — the quantisation and Huffman tables (DQT, DHT), the restart interval (DRI), the frame header (SOF0–2), the
 * scans (SOS and their data) and two application segments that change how pixels look: APP2 ICC_PROFILE (colour) and
 * APP14 Adobe (whether the components are RGB, YCbCr, CMYK or YCCK). Everything else is dropped: APP1 (EXIF with the
 * GPS position, device and author; XMP), APP13 (IPTC, Photoshop), APP0 (JFIF, which can hold a thumbnail of the
 * uncropped photo), every other APPn, comments (COM), and anything after end-of-image.
 */

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const DQT = 0xdb;
const DHT = 0xc4;
const DRI = 0xdd;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;

/** Baseline, extended and progressive Huffman frames: what browsers decode (8-bit samples only, checked below). */
const SUPPORTED_FRAMES = new Set([0xc0, 0xc1, 0xc2]);

/** Lossless, hierarchical and arithmetic-coded frames, and what only they use (DAC, DHP, EXP, DNL): no browser shows them. */
const UNSUPPORTED = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xdc, 0xde, 0xdf]);

interface Frame {
  width: number;
  height: number;
}

/** The JPEG with only the segments that make its pixels, or why not. */
export function cleanJpeg(bytes: Uint8Array): Cleaning {
  if (!hasAt(bytes, 0, [0xff, SOI])) return refuse('corrupt');
  const kept: Uint8Array[] = [Uint8Array.of(0xff, SOI)];
  let frame: Frame | undefined;
  let orientation: ExifOrientation | undefined;
  let scans = 0;
  let at = 2;
  for (;;) {
    // A marker: 0xFF, any number of 0xFF fill bytes (not kept), then the code.
    if (bytes[at] !== 0xff) return refuse('corrupt');
    while (bytes[at] === 0xff) at++;
    if (at >= bytes.length) return refuse('corrupt');
    const marker = bytes[at++]!;
    if (marker === EOI) {
      if (frame === undefined || scans === 0) return refuse('corrupt');
      kept.push(Uint8Array.of(0xff, EOI));
      // Whatever follows end-of-image (a second picture, a script glued on) is not part of the image: dropped.
      return { ok: true, image: { ...frame, orientation: orientation ?? 1, bytes: concatBytes(kept) } };
    }
    if (UNSUPPORTED.has(marker) || (marker >= 0xf0 && marker <= 0xfd)) return refuse('unsupported-type');
    // Every other marker here has a length; one without (SOI again, RSTn, TEM) or a reserved code is a broken file.
    if (marker < 0xc0 || marker === SOI || (marker >= 0xd0 && marker <= 0xd7)) return refuse('corrupt');
    if (at + 2 > bytes.length) return refuse('corrupt');
    const length = u16be(bytes, at);
    if (length < 2 || at + length > bytes.length) return refuse('corrupt');
    const segment = bytes.subarray(at - 2, at + length); // bytes[at - 2] is the last 0xFF before the code
    const payload = bytes.subarray(at + 2, at + length);
    at += length;

    if (SUPPORTED_FRAMES.has(marker)) {
      if (frame !== undefined) return refuse('corrupt');
      const read = readFrame(payload);
      if (read === 'unsupported') return refuse('unsupported-type');
      if (read === undefined) return refuse('corrupt');
      frame = read;
      kept.push(segment);
    } else if (marker === DQT || marker === DHT || marker === DRI) {
      kept.push(segment);
    } else if (marker >= 0xe0 && marker <= 0xef) {
      if (marker === APP1 && orientation === undefined && hasAt(payload, 0, 'Exif\0\0')) {
        orientation = exifOrientation(payload.subarray(6));
      }
      if (keepsApplicationSegment(marker, payload)) kept.push(segment);
    } else if (marker === SOS) {
      if (frame === undefined || !isScanHeader(payload)) return refuse('corrupt');
      const end = endOfScan(bytes, at);
      if (end === undefined) return refuse('corrupt');
      kept.push(segment, bytes.subarray(at, end));
      at = end;
      scans++;
    }
    // COM (0xFE) and anything else with a length that decoding does not need: dropped.
  }
}

/** APP2 ICC_PROFILE (the colour profile) and APP14 Adobe (the colour transform, needed for CMYK) stay. */
function keepsApplicationSegment(marker: number, payload: Uint8Array): boolean {
  return (marker === APP2 && hasAt(payload, 0, 'ICC_PROFILE\0')) || (marker === APP14 && hasAt(payload, 0, 'Adobe'));
}

/** Size from a frame header: precision, height, width, component count, 3 bytes per component. */
function readFrame(payload: Uint8Array): Frame | 'unsupported' | undefined {
  if (payload.length < 6) return undefined;
  const components = payload[5]!;
  if (components < 1 || components > 4 || payload.length !== 6 + 3 * components) return undefined;
  if (payload[0] !== 8) return 'unsupported'; // 12-bit samples: browsers show 8-bit JPEGs only
  const height = u16be(payload, 1);
  const width = u16be(payload, 3);
  // A height of 0 means "given later by a DNL segment", which browsers do not support either.
  if (height === 0) return 'unsupported';
  if (width === 0) return undefined;
  return { width, height };
}

/** A scan header: component count (1–4), two bytes per component, then three bytes of spectral selection. */
function isScanHeader(payload: Uint8Array): boolean {
  const components = payload[0] ?? 0;
  return components >= 1 && components <= 4 && payload.length === 1 + 2 * components + 3;
}

/**
 * Where a scan's entropy-coded data ends: at the first 0xFF that starts a marker. Inside the data, 0xFF is followed
 * by 0x00 (a stuffed 0xFF) or by a restart marker (RST0–7). Undefined when the file ends first (truncated).
 */
function endOfScan(bytes: Uint8Array, start: number): number | undefined {
  let at = start;
  for (;;) {
    at = bytes.indexOf(0xff, at);
    if (at < 0 || at + 1 >= bytes.length) return undefined;
    const next = bytes[at + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) at += 2;
    else return at;
  }
}
