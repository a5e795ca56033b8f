import encodeQR from '@paulmillr/qr';

/*
 * The QR code behind a join URL, made in the browser: the app asks no other host for anything, so no QR service.
 * @paulmillr/qr is small, has no dependencies, and comes from the author of @noble/hashes, which the board package
 * already trusts.
 */

/** Light modules around the code that scanners need to find it (the QR standard asks for four). */
export const QUIET_ZONE = 4;

/**
 * The code's modules, quiet zone included, row by row (true = dark). Error correction "medium" survives a projector's
 * glare and a phone's poor focus while keeping the modules of a short URL large.
 */
export function qrModules(text: string): boolean[][] {
  return encodeQR(text, 'raw', { ecc: 'medium', border: QUIET_ZONE });
}

/**
 * One SVG path for all dark modules, a unit square each, runs along a row merged into one rectangle: a few hundred
 * short commands instead of a thousand elements, and no hairline seams between neighbouring modules.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
