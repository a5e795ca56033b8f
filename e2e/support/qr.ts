import { decode } from 'fast-png';
import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';

/** Decodes the QR code drawn in `element` from a screenshot, as a phone's camera would read it; null when none reads. */
export async function readQr(element: Locator): Promise<string | null> {
  const { width, height, channels, data } = decode(await element.screenshot());
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = Number(data[i * channels + (channels >= 3 ? c : 0)]);
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}
