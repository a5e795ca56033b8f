import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTE_SIZE, intersects, type Note } from '@notevote/board';
import { freeSpotNear } from './placement';

const noteAt = (id: string, cx: number, cy: number): Note => ({
  id,
  text: '',
  x: cx - 100,
  y: cy - 100,
  width: DEFAULT_NOTE_SIZE,
  height: DEFAULT_NOTE_SIZE,
  color: '#fff475',
  authorId: 'u',
  createdAt: 0,
  z: 0,
});
const boxAt = (p: { x: number; y: number }) => ({ x: p.x - 100, y: p.y - 100, width: 200, height: 200 });

describe('placing a new note', () => {
  it('uses the preferred spot when it is free', () => {
    expect(freeSpotNear([], { x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
  });

  it('moves beside an occupied spot, never overlapping', () => {
    const notes = [noteAt('a', 0, 0)];
    const spot = freeSpotNear(notes, { x: 0, y: 0 });
    expect(intersects(boxAt(spot), notes[0]!)).toBe(false);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThan(300);
  });

  it('fills a ring around a crowded centre', () => {
    const notes: Note[] = [];
    for (let i = 0; i < 9; i++)
      notes.push(noteAt(String(i), ...(Object.values(freeSpotNear(notes, { x: 0, y: 0 })) as [number, number])));
    for (let i = 0; i < notes.length; i++)
      for (let j = i + 1; j < notes.length; j++)
        expect(
          intersects(boxAt({ x: notes[i]!.x + 100, y: notes[i]!.y + 100 }), {
            ...notes[j]!,
            x: notes[j]!.x + 1,
            y: notes[j]!.y + 1,
            width: 198,
            height: 198,
          }),
        ).toBe(false);
  });
});

describe('placing something bigger than a note', () => {
  it('keeps a sketch-sized box clear of the notes around the spot', () => {
    const notes = [noteAt('a', 0, 0)];
    const size = { width: 400, height: 300 };
    const spot = freeSpotNear(notes, { x: 0, y: 0 }, 6, size);
    const box = { x: spot.x - 200, y: spot.y - 150, ...size };
    expect(intersects(box, notes[0]!)).toBe(false);
    // A note-sized box would have fitted closer: the size is what moved it this far.
    expect(Math.hypot(spot.x, spot.y)).toBeGreaterThan(
      Math.hypot(...Object.values(freeSpotNear(notes, { x: 0, y: 0 }))),
    );
  });
});
