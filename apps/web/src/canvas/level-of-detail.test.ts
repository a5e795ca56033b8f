import { describe, expect, it } from 'vitest';
import { drawsBatched, levelOfDetail, MAX_FULL_DETAIL_NOTES } from './level-of-detail';

describe('level of detail', () => {
  it('draws notes in full when they are big enough and few enough', () => {
    expect(levelOfDetail(1, 40)).toBe('full');
    expect(levelOfDetail(0.5, MAX_FULL_DETAIL_NOTES)).toBe('full');
  });

  it('drops shadows when zoomed out or when many notes are on screen', () => {
    expect(levelOfDetail(0.3, 10)).toBe('flat');
    expect(levelOfDetail(1, MAX_FULL_DETAIL_NOTES + 1)).toBe('flat');
  });

  it('drops text too when far zoomed out', () => {
    expect(levelOfDetail(0.1, 5_000)).toBe('outline');
  });

  it('batches every level below full detail', () => {
    expect(drawsBatched('full')).toBe(false);
    expect(drawsBatched('flat')).toBe(true);
    expect(drawsBatched('outline')).toBe(true);
  });
});
