import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrModules, qrPath } from './qr-code';

describe('QR codes', () => {
  it('are square, with a light quiet zone of four modules all round', () => {
    const modules = qrModules('http://192.168.1.20:8787/j/K7QFM2XD');
    const size = modules.length;
    expect(size).toBeGreaterThanOrEqual(21 + 2 * QUIET_ZONE);
    for (const row of modules) expect(row).toHaveLength(size);
    for (let i = 0; i < size; i++) {
      for (let q = 0; q < QUIET_ZONE; q++) {
        expect(modules[q]![i]).toBe(false);
        expect(modules[size - 1 - q]![i]).toBe(false);
        expect(modules[i]![q]).toBe(false);
        expect(modules[i]![size - 1 - q]).toBe(false);
      }
    }
    // The top-left finder pattern starts right inside the quiet zone: a run of seven dark modules.
    expect(modules[QUIET_ZONE]!.slice(QUIET_ZONE, QUIET_ZONE + 7)).toEqual(Array(7).fill(true));
  });

  it('differ for different URLs', () => {
    expect(qrModules('http://a.test/j/K7QFM2XD')).not.toEqual(qrModules('http://a.test/j/K7QFM2XE'));
  });

  it('draw each run of dark modules as one rectangle', () => {
    expect(
      qrPath([
        [false, true, true, false, true],
        [true, false, false, false, false],
        [false, false, false, false, false],
      ]),
    ).toBe('M1 0h2v1h-2zM4 0h1v1h-1zM0 1h1v1h-1z');
    expect(qrPath([[false]])).toBe('');
  });
});
