import { hasAt, latin1 } from './bytes';
import type { ImageType } from './types';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** An upload's real type, or why it is refused: `unsupported-type` for images of other kinds, else `not-an-image`. */
export type Sniffed = { ok: true; type: ImageType } | { ok: false; refusal: 'not-an-image' | 'unsupported-type' };

/**
 * The type of an upload by its magic bytes alone — never by its file name or declared content type, which the
 * uploader chooses. Only the start is looked at: whether the rest is a well-formed image is the cleaners' job.
 */
export function sniffImage(bytes: Uint8Array): Sniffed {
  if (hasAt(bytes, 0, PNG_SIGNATURE)) return { ok: true, type: 'png' };
  if (hasAt(bytes, 0, [0xff, 0xd8, 0xff])) return { ok: true, type: 'jpeg' };
  if (hasAt(bytes, 0, 'RIFF') && hasAt(bytes, 8, 'WEBP')) return { ok: true, type: 'webp' };
  if (isOtherImage(bytes)) return { ok: false, refusal: 'unsupported-type' };
  return { ok: false, refusal: 'not-an-image' };
}

/** Images we recognise but do not take, so the person is told to convert rather than that it is no image at all. */
function isOtherImage(bytes: Uint8Array): boolean {
  return (
    hasAt(bytes, 0, 'GIF87a') ||
    hasAt(bytes, 0, 'GIF89a') ||
    (hasAt(bytes, 0, 'BM') && bytes.length >= 26) ||
    hasAt(bytes, 0, [0x49, 0x49, 0x2a, 0x00]) || // TIFF, little-endian
    hasAt(bytes, 0, [0x4d, 0x4d, 0x00, 0x2a]) || // TIFF, big-endian
    hasAt(bytes, 4, 'ftyp') || // HEIC (iPhone photos), AVIF
    hasAt(bytes, 0, [0xff, 0x0a]) || // JPEG XL codestream
    hasAt(bytes, 4, 'JXL ') || // JPEG XL container
    isSvg(bytes)
  );
}

/** SVG is refused: it is a document that can carry scripts and links, not a picture. */
function isSvg(bytes: Uint8Array): boolean {
  const start = latin1(bytes, 0, 1024)
    .replace(/^\u00EF\u00BB\u00BF/, '') // a UTF-8 byte-order mark, read as Latin-1
    .trimStart()
    .toLowerCase();
  return start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg'));
}
