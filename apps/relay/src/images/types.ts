import type { ImageRefusal } from './refusals';

/** The image formats the relay accepts: what every browser shows, and nothing that can run code (no SVG). */
export type ImageType = 'png' | 'jpeg' | 'webp';

/**
 * The EXIF orientation (1 = as stored; 2–8 = mirrored and/or rotated, as the EXIF specification numbers them).
 * Removing EXIF removes the rotation a phone photo needs, so the sanitizer returns it as data for the relay to store
 * and serve beside the image (see `sanitizeImage`).
 */
export type ExifOrientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** What one format's cleaner made of an upload: the clean bytes and what it read from the original. */
export interface CleanedImage {
  width: number;
  height: number;
  orientation: ExifOrientation;
  bytes: Uint8Array;
}

/** A cleaned image, or why not. A refusal is data, never a throw. */
export type Cleaning = { ok: true; image: CleanedImage } | { ok: false; refusal: ImageRefusal };

/** A refusal (shared by the cleaners). */
export const refuse = (refusal: ImageRefusal): { ok: false; refusal: ImageRefusal } => ({ ok: false, refusal });
