import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes';
import { cleanJpeg } from './jpeg';
import { contains, exifBlock, JPEG, jpegMetadata, jpegSegment } from './test-fixtures';

const exif = exifBlock(6);
const meta = jpegMetadata(exif);
const pixels = [JPEG.dqt, JPEG.sof, JPEG.dhtDc, JPEG.dhtAc];
const photo = concatBytes([
  JPEG.soi,
  meta.jfif,
  meta.exif,
  meta.xmp,
  meta.icc,
  meta.iptc,
  meta.adobe,
  jpegSegment(0xec, 'Ducky'), // APP12
  meta.comment,
  ...pixels,
  JPEG.sos,
  JPEG.scan,
  JPEG.eoi,
  Buffer.from('<html>a second file after the end</html>'),
]);
const clean = concatBytes([JPEG.soi, meta.icc, meta.adobe, ...pixels, JPEG.sos, JPEG.scan, JPEG.eoi]);

describe('cleanJpeg', () => {
  it('keeps the tables, the frame, ICC, Adobe and the scan byte for byte, and drops the rest', () => {
    const cleaned = cleanJpeg(photo);
    expect(cleaned).toMatchObject({ ok: true, image: { width: 1, height: 1, orientation: 6 } });
    expect(cleaned.ok && cleaned.image.bytes).toEqual(clean);
  });

  it('leaves no EXIF, GPS position, XMP, IPTC, comment or trailer behind', () => {
    const cleaned = cleanJpeg(photo);
    if (!cleaned.ok) throw new Error(cleaned.refusal);
    const traces = ['Exif\0\0', 'http://ns.adobe.com/xap', 'Photoshop', 'JFIF', 'Ducky', 'Jane Doe', 'PhoneCo', 'html'];
    for (const trace of traces) expect(contains(cleaned.image.bytes, trace), trace).toBe(false);
    expect(contains(cleaned.image.bytes, exif.gpsIfd)).toBe(false);
  });

  it('keeps scan data with stuffed bytes and restart markers whole, and several scans with tables between', () => {
    const scan = Uint8Array.of(0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd7, 0x78);
    const file = concatBytes([
      JPEG.soi,
      ...pixels,
      jpegSegment(0xdd, Uint8Array.of(0, 1)),
      JPEG.sos,
      scan,
      meta.comment,
      JPEG.dhtAc,
      JPEG.sos,
      JPEG.scan,
      Uint8Array.of(0xff, 0xff), // fill bytes before a marker are allowed, and not kept
      JPEG.eoi,
    ]);
    const cleaned = cleanJpeg(file);
    expect(cleaned.ok && cleaned.image.bytes).toEqual(
      concatBytes([
        JPEG.soi,
        ...pixels,
        jpegSegment(0xdd, Uint8Array.of(0, 1)),
        JPEG.sos,
        scan,
        JPEG.dhtAc,
        JPEG.sos,
        JPEG.scan,
        JPEG.eoi,
      ]),
    );
  });

  it('refuses truncated files as corrupt, including one without its end-of-image', () => {
    const whole = concatBytes([JPEG.soi, ...pixels, JPEG.sos, JPEG.scan, JPEG.eoi]);
    for (let cut = 2; cut < whole.length; cut++) {
      expect(cleanJpeg(whole.subarray(0, cut)), `cut at ${cut}`).toEqual({ ok: false, refusal: 'corrupt' });
    }
  });

  it('refuses a scan before any frame, two frames, and a zero width', () => {
    const scanFirst = concatBytes([JPEG.soi, JPEG.dqt, JPEG.sos, JPEG.scan, JPEG.sof, JPEG.eoi]);
    expect(cleanJpeg(scanFirst)).toEqual({ ok: false, refusal: 'corrupt' });
    const twoFrames = concatBytes([JPEG.soi, JPEG.sof, ...pixels, JPEG.sos, JPEG.scan, JPEG.eoi]);
    expect(cleanJpeg(twoFrames)).toEqual({ ok: false, refusal: 'corrupt' });
    const noWidth = jpegSegment(0xc0, Uint8Array.of(8, 0, 1, 0, 0, 1, 1, 0x11, 0));
    const file = concatBytes([JPEG.soi, JPEG.dqt, noWidth, JPEG.dhtDc, JPEG.dhtAc, JPEG.sos, JPEG.scan, JPEG.eoi]);
    expect(cleanJpeg(file)).toEqual({ ok: false, refusal: 'corrupt' });
  });

  it('refuses kinds of JPEG browsers do not show (arithmetic, lossless, 12-bit)', () => {
    const frame = (marker: number, precision = 8) =>
      jpegSegment(marker, Uint8Array.of(precision, 0, 1, 0, 1, 1, 1, 0x11, 0));
    for (const sof of [frame(0xc3), frame(0xc9), frame(0xc1, 12)]) {
      const file = concatBytes([JPEG.soi, JPEG.dqt, sof, JPEG.dhtDc, JPEG.dhtAc, JPEG.sos, JPEG.scan, JPEG.eoi]);
      expect(cleanJpeg(file)).toEqual({ ok: false, refusal: 'unsupported-type' });
    }
  });

  it('reads the size from a progressive frame', () => {
    const sof2 = jpegSegment(0xc2, Uint8Array.of(8, 0x0b, 0xb8, 0x0f, 0xa0, 1, 1, 0x11, 0));
    const file = concatBytes([JPEG.soi, JPEG.dqt, sof2, JPEG.dhtDc, JPEG.dhtAc, JPEG.sos, JPEG.scan, JPEG.eoi]);
    expect(cleanJpeg(file)).toMatchObject({ ok: true, image: { width: 4000, height: 3000, orientation: 1 } });
  });
});
