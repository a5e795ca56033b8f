import { deflateSync } from 'node:zlib';

/*
 * A minimal PNG encoder (8-bit truecolour, no interlace), enough for the report's board picture: the format is small
 * and stable, and node:zlib does the compression, so this needs no image library in the relay.
 */

const SIGNATURE = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** The CRC-32 table (polynomial 0xEDB88320), as the PNG specification's sample code builds it. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of `bytes` (continuing from `crc`), as every PNG chunk carries over its type and data. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An image as RGBA bytes, row-major, 4 bytes a pixel. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array | Uint8ClampedArray;
}

/**
 * Encodes an opaque image as PNG (colour type 2, RGB: alpha is dropped, the report's pictures have a background).
 * Each row uses the Sub filter, which turns the flat areas of a board picture into runs of zeros for deflate.
 */
export function encodePng({ width, height, rgba }: RgbaImage): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`a PNG needs a whole, positive size, not ${width}×${height}`);
  }
  if (rgba.length !== width * height * 4) throw new RangeError('the pixels do not match the image size');
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    raw[row] = 1; // filter type 1: Sub (each byte minus the same channel of the pixel to its left)
    for (let x = 0; x < width; x++) {
      const source = (y * width + x) * 4;
      const target = row + 1 + x * 3;
      for (let c = 0; c < 3; c++) {
        const left = x === 0 ? 0 : rgba[source - 4 + c]!;
        raw[target + c] = (rgba[source + c]! - left) & 0xff;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour
  // compression, filter method and interlace are all 0
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
