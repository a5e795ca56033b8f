import { describe, expect, it } from 'vitest';
import { concatBytes, u32le } from './bytes';
import {
  contains,
  exifBlock,
  riffChunk,
  VP8X_FLAGS,
  vp8Chunk,
  vp8lChunk,
  vp8xChunk,
  webpFile,
  XMP,
} from './test-fixtures';
import { cleanWebp } from './webp';

const exif = exifBlock(8, true);
const { icc: iccFlag, alpha, exif: hasExif, xmp: hasXmp, animation } = VP8X_FLAGS;
const iccChunk = riffChunk('ICCP', 'a colour profile');

describe('cleanWebp', () => {
  it('drops EXIF, XMP and unknown chunks, clears their VP8X flags and counts the RIFF size again', () => {
    const image = vp8lChunk(3, 2);
    const file = webpFile([
      vp8xChunk(iccFlag | alpha | hasExif | hasXmp, 3, 2),
      iccChunk,
      image,
      riffChunk('EXIF', exif.tiff),
      riffChunk('XMP ', XMP.subarray(0, XMP.length - 1)), // an odd size: padded
      riffChunk('ZZZZ', 'an unknown chunk'),
    ]);
    const cleaned = cleanWebp(file);
    expect(cleaned).toMatchObject({ ok: true, image: { width: 3, height: 2, orientation: 8 } });
    if (!cleaned.ok) return;
    expect(cleaned.image.bytes).toEqual(webpFile([vp8xChunk(iccFlag | alpha, 3, 2), iccChunk, image]));
    expect(u32le(cleaned.image.bytes, 4)).toBe(cleaned.image.bytes.length - 8);
    for (const trace of ['EXIF', 'Exif', 'XMP ', 'http://ns.adobe.com/xap', 'Jane Doe', 'PhoneCo', 'ZZZZ']) {
      expect(contains(cleaned.image.bytes, trace), trace).toBe(false);
    }
    expect(contains(cleaned.image.bytes, exif.gpsIfd)).toBe(false);
  });

  it('keeps a lossy image and its alpha chunk', () => {
    const alphaChunk = riffChunk('ALPH', Uint8Array.of(0, 1, 2));
    const file = webpFile([vp8xChunk(alpha | hasExif, 5, 4), riffChunk('EXIF', exif.tiff), alphaChunk, vp8Chunk(5, 4)]);
    const cleaned = cleanWebp(file);
    expect(cleaned.ok && cleaned.image.bytes).toEqual(webpFile([vp8xChunk(alpha, 5, 4), alphaChunk, vp8Chunk(5, 4)]));
  });

  it('keeps a simple file to its one image chunk, dropping what follows it and the RIFF', () => {
    const file = concatBytes([webpFile([vp8Chunk(640, 480), riffChunk('EXIF', exif.tiff)]), Buffer.from('trailer')]);
    const cleaned = cleanWebp(file);
    expect(cleaned).toMatchObject({ ok: true, image: { width: 640, height: 480 } });
    expect(cleaned.ok && cleaned.image.bytes).toEqual(webpFile([vp8Chunk(640, 480)]));
  });

  it('refuses animations', () => {
    const file = webpFile([vp8xChunk(animation, 2, 2), riffChunk('ANIM', new Uint8Array(6))]);
    expect(cleanWebp(file)).toEqual({ ok: false, refusal: 'unsupported-type' });
  });

  it('refuses truncated files, a missing image and an image that does not fill the canvas', () => {
    const whole = webpFile([vp8xChunk(0, 2, 2), vp8lChunk(2, 2)]);
    for (let cut = 12; cut < whole.length; cut++) {
      expect(cleanWebp(whole.subarray(0, cut)), `cut at ${cut}`).toEqual({ ok: false, refusal: 'corrupt' });
    }
    expect(cleanWebp(webpFile([vp8xChunk(0, 2, 2)]))).toEqual({ ok: false, refusal: 'corrupt' });
    expect(cleanWebp(webpFile([vp8xChunk(0, 2, 2), vp8lChunk(2, 3)]))).toEqual({ ok: false, refusal: 'corrupt' });
    expect(cleanWebp(webpFile([riffChunk('VP8L', 'not a bitstream')]))).toEqual({ ok: false, refusal: 'corrupt' });
  });
});
