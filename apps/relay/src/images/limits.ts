/*
 * What the relay accepts as a sketch. A phone photo is 12–50 megapixels and a few MB; a whiteboard sketch needs far
 * less, and every image is fetched by every browser on the board (some on a venue's Wi-Fi), decoded in full and kept
 * in memory (4 bytes a pixel: 40 megapixels is 160 MB). So the limits bound what one upload can cost everyone else.
 */

/** The largest upload, in bytes (10 MiB), checked before anything is parsed. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** The longest side, in pixels: browsers and GPUs handle textures up to 8,192 px reliably. */
export const MAX_IMAGE_SIDE = 8_192;

/** The most pixels (width × height): 40 megapixels. */
export const MAX_IMAGE_PIXELS = 40_000_000;
