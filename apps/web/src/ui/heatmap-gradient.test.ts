import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOR_RAMP } from '@notevote/board';
import { heatmapGradient } from './heatmap-gradient';

describe('heatmapGradient', () => {
  it('lists every stop of the heatmap ramp, fewer dots first', () => {
    const css = heatmapGradient('ltr');
    expect(css.startsWith('linear-gradient(to right, rgb(253 231 37) 0%, ')).toBe(true);
    expect(css.endsWith(', rgb(68 1 84) 100%)')).toBe(true);
    expect(css.match(/rgb\(/g)).toHaveLength(DEFAULT_COLOR_RAMP.length);
    expect(css).toContain('rgb(33 145 140) 50%');
  });

  it('runs in the reading direction', () => {
    expect(heatmapGradient('rtl')).toBe(heatmapGradient('ltr').replace('to right', 'to left'));
  });

  it('draws any ramp it is given', () => {
    const ramp = [
      { at: 0, r: 0, g: 0, b: 0, a: 0 },
      { at: 1 / 3, r: 10.4, g: 20, b: 30, a: 90 },
      { at: 1, r: 255, g: 255, b: 255, a: 255 },
    ];
    expect(heatmapGradient('ltr', ramp)).toBe(
      'linear-gradient(to right, rgb(0 0 0) 0%, rgb(10 20 30) 33.33%, rgb(255 255 255) 100%)',
    );
  });
});
