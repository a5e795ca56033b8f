import { describe, expect, it } from 'vitest';
import { sniffImage } from './sniff';
import { JPEG, pngFile, pngParts, vp8lChunk, webpFile } from './test-fixtures';

const bytes = (value: string) => Buffer.from(value, 'latin1');

describe('sniffImage', () => {
  it('knows PNG, JPEG and WebP by their bytes', () => {
    const { ihdr, idat, iend } = pngParts();
    expect(sniffImage(pngFile([ihdr, idat, iend]))).toEqual({ ok: true, type: 'png' });
    expect(sniffImage(Buffer.concat([JPEG.soi, JPEG.dqt]))).toEqual({ ok: true, type: 'jpeg' });
    expect(sniffImage(webpFile([vp8lChunk(1, 1)]))).toEqual({ ok: true, type: 'webp' });
  });

  it('refuses other images as unsupported: GIF, SVG, HEIC, TIFF, BMP', () => {
    const others = [
      bytes('GIF89a\x01\x00\x01\x00'),
      bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      Buffer.from('\uFEFF  <?xml version="1.0"?>\n<svg></svg>', 'utf8'), // with a UTF-8 byte-order mark
      bytes('\0\0\0\x18ftypheic\0\0\0\0'),
      bytes('II*\0\x08\0\0\0'),
      bytes('BM' + '\0'.repeat(30)),
    ];
    for (const other of others) expect(sniffImage(other)).toEqual({ ok: false, refusal: 'unsupported-type' });
  });

  it('refuses what is not an image: HTML, scripts, text, nothing', () => {
    const notImages = [bytes('<!doctype html><script>alert(1)</script>'), bytes('#!/bin/sh'), bytes('RIFF'), bytes('')];
    for (const other of notImages) expect(sniffImage(other)).toEqual({ ok: false, refusal: 'not-an-image' });
  });
});
