import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './limits';
import { IMAGE_REFUSALS, isImageRefusal } from './refusals';
import { sanitizeImage } from './sanitize';
import {
  exifBlock,
  JPEG,
  jpegMetadata,
  jpegSegment,
  pngChunk,
  pngFile,
  pngParts,
  riffChunk,
  VP8X_FLAGS,
  vp8lChunk,
  vp8xChunk,
  webpFile,
  XMP,
} from './test-fixtures';

const exif = exifBlock(6);
const png = (width = 2, height = 2) => {
  const { ihdr, idat, iend } = pngParts(width, height);
  return pngFile([ihdr, pngChunk('eXIf', exif.tiff), idat, iend]);
};
const jpeg = (width = 1, height = 1) => {
  const sof = jpegSegment(0xc0, Uint8Array.of(8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0));
  const meta = jpegMetadata(exif);
  return concatBytes([JPEG.soi, meta.exif, JPEG.dqt, sof, JPEG.dhtDc, JPEG.dhtAc, JPEG.sos, JPEG.scan, JPEG.eoi]);
};
const webp = (width = 2, height = 2) =>
  webpFile([
    vp8xChunk(VP8X_FLAGS.exif | VP8X_FLAGS.xmp, width, height),
    vp8lChunk(width, height),
    riffChunk('EXIF', exif.tiff),
    riffChunk('XMP ', XMP),
  ]);

describe('sanitizeImage', () => {
  it('returns the clean bytes with their type, size, orientation and SHA-256 content address', () => {
    for (const [upload, type, mediaType] of [
      [png(), 'png', 'image/png'],
      [jpeg(), 'jpeg', 'image/jpeg'],
      [webp(), 'webp', 'image/webp'],
    ] as const) {
      const verdict = sanitizeImage(upload);
      if (!verdict.ok) throw new Error(`${type}: ${verdict.refusal}`);
      expect(verdict.image).toMatchObject({ type, mediaType, orientation: 6 });
      expect(verdict.image.bytes.length).toBeLessThan(upload.length);
      expect(verdict.image.sha256).toBe(createHash('sha256').update(verdict.image.bytes).digest('hex'));
    }
  });

  it('gives one content address to the same picture uploaded with different metadata', () => {
    const { ihdr, idat, iend } = pngParts();
    const a = sanitizeImage(pngFile([ihdr, pngChunk('tEXt', 'Author\0A'), idat, iend]));
    const b = sanitizeImage(pngFile([ihdr, idat, pngChunk('tEXt', 'Author\0B'), iend]));
    expect(a.ok && b.ok && a.image.sha256 === b.image.sha256).toBe(true);
  });

  it('refuses files over the byte limit before reading them', () => {
    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set(png());
    expect(sanitizeImage(huge)).toEqual({ ok: false, refusal: 'too-large' });
  });

  it('refuses images over the side or pixel limits, in every format', () => {
    const side = MAX_IMAGE_SIDE + 1;
    const square = Math.ceil(Math.sqrt(MAX_IMAGE_PIXELS + 1)); // within the side limit, over the pixel limit
    expect(square).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    for (const upload of [png(side, 1), png(square, square), jpeg(1, side), jpeg(square, square), webp(side, 1)]) {
      expect(sanitizeImage(upload)).toEqual({ ok: false, refusal: 'too-many-pixels' });
    }
    expect(sanitizeImage(png(MAX_IMAGE_SIDE, 1)).ok).toBe(true);
  });

  it('refuses what is not a PNG, JPEG or WebP by its bytes, whatever it claims to be', () => {
    expect(sanitizeImage(Buffer.from('<svg onload="alert(1)"/>'))).toEqual({ ok: false, refusal: 'unsupported-type' });
    expect(sanitizeImage(Buffer.from('GIF89a'))).toEqual({ ok: false, refusal: 'unsupported-type' });
    expect(sanitizeImage(Buffer.from('<html></html>'))).toEqual({ ok: false, refusal: 'not-an-image' });
  });

  it('explains every refusal code in English', () => {
    for (const [code, explanation] of Object.entries(IMAGE_REFUSALS)) {
      expect(isImageRefusal(code)).toBe(true);
      expect(explanation.length).toBeGreaterThan(20);
    }
    expect(IMAGE_REFUSALS['too-large']).toContain('10 MB');
    expect(IMAGE_REFUSALS['too-many-pixels']).toContain('8,192 pixels');
    expect(isImageRefusal('toString')).toBe(false);
  });

  describe('on damaged input', () => {
    const samples = { png: png(), jpeg: jpeg(), webp: webp() };
    const damage = fc.record({
      cut: fc.option(fc.nat(), { nil: undefined }),
      flips: fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { maxLength: 8 }),
      insert: fc.option(fc.record({ at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }), { nil: undefined }),
    });

    for (const [name, sample] of Object.entries(samples)) {
      it(`never throws on a truncated, bit-flipped or spliced ${name}, and its clean output is clean already`, () => {
        fc.assert(
          fc.property(damage, ({ cut, flips, insert }) => {
            let bytes: Uint8Array = sample.slice();
            for (const { at, bit } of flips) bytes[at % bytes.length]! ^= 1 << bit;
            if (insert !== undefined) {
              const at = insert.at % bytes.length;
              bytes = concatBytes([bytes.subarray(0, at), insert.bytes, bytes.subarray(at)]);
            }
            if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1));
            const verdict = sanitizeImage(bytes);
            if (!verdict.ok) {
              expect(isImageRefusal(verdict.refusal)).toBe(true);
              return;
            }
            // Cleaning is idempotent: what we serve passes again, unchanged.
            const again = sanitizeImage(verdict.image.bytes);
            expect(again.ok && again.image.bytes).toEqual(verdict.image.bytes);
          }),
          { numRuns: 400 },
        );
      });
    }

    it('never throws on random bytes behind each signature', () => {
      const prefixes = [pngFile([]), JPEG.soi, Buffer.from('RIFF\x10\0\0\0WEBPVP8X'), new Uint8Array(0)];
      fc.assert(
        fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 200 }), (prefix, tail) => {
          const verdict = sanitizeImage(concatBytes([prefix, tail]));
          expect(verdict.ok || isImageRefusal(verdict.refusal)).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
