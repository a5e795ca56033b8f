import { createHash } from 'node:crypto';
import { cleanJpeg } from './jpeg';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './limits';
import { cleanPng } from './png';
import type { ImageRefusal } from './refusals';
import { sniffImage } from './sniff';
import type { Cleaning, ExifOrientation, ImageType } from './types';
import { cleanWebp } from './webp';

/** An uploaded image made safe to serve to everyone on the board. */
export interface CleanImage {
  type: ImageType;
  /** The Content-Type to serve it with (with `nosniff`, so a browser never reads it as anything else). */
  mediaType: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  /**
   * The EXIF orientation the upload carried (1 when none). Browsers rotate and mirror a photo by its EXIF orientation
   * (`image-orientation: from-image`), and that EXIF is gone from `bytes`, so a phone photo taken upright would show
   * on its side. We keep the pixels as they are (no decoding or re-encoding in the relay) and hand the orientation
   * over as data: the relay stores it with the image and the web app applies it when drawing (rotating and mirroring
   * the image node; `width` and `height` are as stored, before the rotation). The alternative — the client rotating
   * the pixels before upload — cannot be trusted for uploads from other clients and would still need this value.
   */
  orientation: ExifOrientation;
  /** The clean file: only what makes the pixels (and their colours); no EXIF, XMP, IPTC, text or comments. */
  bytes: Uint8Array;
  /** SHA-256 of `bytes`, lowercase hex: the content address images are stored under (identical uploads share one). */
  sha256: string;
}

export type ImageVerdict = { ok: true; image: CleanImage } | { ok: false; refusal: ImageRefusal };

const CLEANERS: Readonly<Record<ImageType, (bytes: Uint8Array) => Cleaning>> = {
  png: cleanPng,
  jpeg: cleanJpeg,
  webp: cleanWebp,
};

/** The Content-Type each accepted format is served with. */
export const MEDIA_TYPES = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;

/**
 * Checks an upload (its real type by its bytes, its size, its dimensions) and returns a copy without metadata, or
 * why it is refused. Pure and synchronous; never throws on any input (fuzzed in the tests).
 */
export function sanitizeImage(upload: Uint8Array): ImageVerdict {
  if (upload.length > MAX_IMAGE_BYTES) return { ok: false, refusal: 'too-large' };
  const sniffed = sniffImage(upload);
  if (!sniffed.ok) return sniffed;
  const cleaned = CLEANERS[sniffed.type](upload);
  if (!cleaned.ok) return cleaned;
  const { width, height, orientation, bytes } = cleaned.image;
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return { ok: false, refusal: 'too-many-pixels' };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    ok: true,
    image: { type: sniffed.type, mediaType: MEDIA_TYPES[sniffed.type], width, height, orientation, bytes, sha256 },
  };
}
