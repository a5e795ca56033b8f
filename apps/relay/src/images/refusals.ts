import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './limits';

/**
 * Why the relay refused an uploaded image, as stable codes (the HTTP error carries the code; the relay logs the
 * English explanation; the web app shows its own translation of the code). Codes never change meaning; new ones may
 * be added. These are upload errors, not board rules, so they live here rather than in `packages/board`'s refusals.
 */
export const IMAGE_REFUSALS = {
  'not-an-image': 'the file is not an image; add a PNG, JPEG or WebP picture',
  'unsupported-type':
    'this kind of image is not accepted (only still PNG, JPEG and WebP pictures are); save or export it as PNG or JPEG',
  'too-large': `the file is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB; save it smaller (JPEG, or fewer pixels) and add it again`,
  'too-many-pixels': `the image is larger than ${MAX_IMAGE_SIDE.toLocaleString('en')} pixels a side or ${MAX_IMAGE_PIXELS / 1_000_000} megapixels; scale it down and add it again`,
  corrupt: 'the image is damaged or incomplete; export it again, or add a screenshot of it',
} as const;

export type ImageRefusal = keyof typeof IMAGE_REFUSALS;

/** True when `value` is one of the codes above. */
export function isImageRefusal(value: unknown): value is ImageRefusal {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(IMAGE_REFUSALS, value);
}
