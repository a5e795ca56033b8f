import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes';
import { cleanPng } from './png';
import { contains, exifBlock, pngChunk, pngFile, pngParts } from './test-fixtures';

const { ihdr, idat, iend } = pngParts();
const exif = exifBlock(6);
const gamma = pngChunk('gAMA', Uint8Array.of(0, 0, 0xb1, 0x8f));
const transparency = pngChunk('tRNS', Uint8Array.of(0, 1, 0, 2, 0, 3));
const photo = pngFile([
  ihdr,
  pngChunk('tEXt', 'Author\0Jane Doe'),
  pngChunk('iTXt', 'Description\0\0\0\0\0taken at home'),
  pngChunk('zTXt', 'Comment\0\0x'),
  pngChunk('eXIf', exif.tiff),
  pngChunk('tIME', Uint8Array.of(7, 232, 5, 1, 12, 0, 0)),
  pngChunk('pHYs', Uint8Array.of(0, 0, 11, 19, 0, 0, 11, 19, 1)),
  pngChunk('prVt', 'a private chunk of some editor'),
  gamma,
  transparency,
  idat,
  pngChunk('tEXt', 'Software\0after the pixels'),
  iend,
]);

describe('cleanPng', () => {
  it('keeps the header, the colour chunks and the pixels byte for byte, and drops the rest', () => {
    const cleaned = cleanPng(photo);
    expect(cleaned).toMatchObject({ ok: true, image: { width: 2, height: 2, orientation: 6 } });
    if (!cleaned.ok) return;
    expect(cleaned.image.bytes).toEqual(pngFile([ihdr, gamma, transparency, idat, iend]));
  });

  it('leaves no EXIF, GPS position, author or text chunk behind', () => {
    const cleaned = cleanPng(photo);
    if (!cleaned.ok) throw new Error(cleaned.refusal);
    for (const trace of ['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME', 'pHYs', 'prVt', 'Jane Doe', 'PhoneCo', 'MM\0*']) {
      expect(contains(cleaned.image.bytes, trace), trace).toBe(false);
    }
    expect(contains(cleaned.image.bytes, exif.gpsIfd)).toBe(false);
  });

  it('drops whatever is glued on after IEND', () => {
    const polyglot = concatBytes([pngFile([ihdr, idat, iend]), Buffer.from('<script>alert(1)</script>')]);
    const cleaned = cleanPng(polyglot);
    expect(cleaned.ok && cleaned.image.bytes).toEqual(pngFile([ihdr, idat, iend]));
  });

  it('refuses a chunk kept with a wrong CRC as corrupt', () => {
    const damaged = idat.slice();
    damaged[damaged.length - 1]! ^= 1;
    expect(cleanPng(pngFile([ihdr, damaged, iend]))).toEqual({ ok: false, refusal: 'corrupt' });
  });

  it('refuses truncated files, a missing IHDR or IDAT, and a PNG signature glued on a script', () => {
    const whole = pngFile([ihdr, idat, iend]);
    for (const cut of [8, 20, 33, whole.length - 1]) {
      expect(cleanPng(whole.subarray(0, cut)), `cut at ${cut}`).toEqual({ ok: false, refusal: 'corrupt' });
    }
    expect(cleanPng(pngFile([idat, iend]))).toEqual({ ok: false, refusal: 'corrupt' });
    expect(cleanPng(pngFile([ihdr, iend]))).toEqual({ ok: false, refusal: 'corrupt' });
    const script = concatBytes([pngFile([]), Buffer.from('#!/bin/sh\nrm -rf /\n')]);
    expect(cleanPng(script)).toEqual({ ok: false, refusal: 'corrupt' });
  });

  it('refuses an impossible header and an indexed image without a palette', () => {
    const header = (bitDepth: number, colourType: number) =>
      pngChunk('IHDR', Uint8Array.of(0, 0, 0, 2, 0, 0, 0, 2, bitDepth, colourType, 0, 0, 0));
    expect(cleanPng(pngFile([header(3, 2), idat, iend]))).toEqual({ ok: false, refusal: 'corrupt' });
    expect(cleanPng(pngFile([header(8, 3), idat, iend]))).toEqual({ ok: false, refusal: 'corrupt' });
    const palette = pngChunk('PLTE', Uint8Array.of(0, 0, 0, 255, 255, 255));
    expect(cleanPng(pngFile([header(8, 3), palette, idat, iend])).ok).toBe(true);
  });

  it('refuses a critical chunk it does not know (no browser could decode it)', () => {
    expect(cleanPng(pngFile([ihdr, pngChunk('ZZZZ', 'x'), idat, iend]))).toEqual({
      ok: false,
      refusal: 'unsupported-type',
    });
  });
});
