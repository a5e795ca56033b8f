import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import * as Y from 'yjs';
import { boardScene, castVote, createNote, groupNotes, initBoard, readSession, startRound } from '@notevote/board';
import { renderBoardImage } from './board-image';
import { crc32, encodePng } from './png';

/** Decodes with pngjs, an independent decoder: it checks the signature, every chunk's CRC and the zlib stream. */
const decode = (png: Buffer) => PNG.sync.read(png, { checkCRC: true });

describe('encodePng', () => {
  it('writes a PNG another decoder reads back pixel for pixel', () => {
    const width = 7;
    const height = 5;
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([(i * 37) % 256, (i * 91) % 256, (i * 13) % 256, 255], i * 4);
    const decoded = decode(encodePng({ width, height, rgba }));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect([...decoded.data]).toEqual([...rgba]);
  });

  it('computes the CRC-32 of the PNG specification', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('refuses a size that does not match its pixels', () => {
    expect(() => encodePng({ width: 2, height: 2, rgba: new Uint8Array(12) })).toThrow(/size/);
    expect(() => encodePng({ width: 0, height: 2, rgba: new Uint8Array(0) })).toThrow(/positive/);
  });
});

describe('renderBoardImage', () => {
  /** Notes in a row; `votes[i]` dots on note i, near its centre. */
  function board(votes: readonly number[]) {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Picture', now: 0 });
    votes.forEach((_, i) =>
      createNote(doc, { x: i * 400, y: 0, text: `note ${i}` }, { authorId: 'a', id: `n${i}`, now: i }),
    );
    groupNotes(doc, ['n0', 'n1'], 'Pair', { id: 'pair', now: 0 });
    startRound(doc, { now: 10, phase: 'vote', votesPerPerson: 100, allowStacking: true });
    votes.forEach((count, i) => {
      for (let k = 0; k < count; k++) expect(castVote(doc, `v${k}`, { noteId: `n${i}`, x: 100, y: 100 }).ok).toBe(true);
    });
    return doc;
  }

  /** Darkness of a pixel: the heat ramp's top is dark violet, notes and frames are pale. */
  const darkness = (png: PNG, x: number, y: number) => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return 255 - (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
  };

  it('puts the hottest spot where the most dots are, and no heat far from every dot', () => {
    const doc = board([0, 6, 1, 0]);
    const image = renderBoardImage(boardScene(doc, { round: readSession(doc).roundId }))!;
    expect(image.width).toBeLessThanOrEqual(1200);
    const png = decode(encodePng(image));
    expect([png.width, png.height]).toEqual([image.width, image.height]);

    // The hottest colour covers a small plateau (the ramp has 256 steps): take the plateau's centre.
    let top = -Infinity;
    for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) top = Math.max(top, darkness(png, x, y));
    let sumX = 0;
    let sumY = 0;
    let count = 0;
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        if (darkness(png, x, y) < top) continue;
        sumX += x + 0.5;
        sumY += y + 0.5;
        count++;
      }
    }
    const hottest = { x: sumX / count, y: sumY / count, dark: top };
    // Where the six dots on note n1 sit (board 500, 100), in pixels.
    const toPixel = (bx: number, by: number) => ({
      x: (bx - image.originX) * image.scale,
      y: (by - image.originY) * image.scale,
    });
    const spot = toPixel(500, 100);
    expect(Math.hypot(hottest.x - spot.x, hottest.y - spot.y)).toBeLessThan(3);
    expect(hottest.dark).toBeGreaterThan(100);
    // The single dot on n2 is warm but cooler; the empty note n3 shows no heat at all.
    const single = toPixel(900, 100);
    expect(darkness(png, single.x, single.y)).toBeLessThan(hottest.dark);
    const empty = toPixel(1300, 100);
    const [r, g, b] = png.data.subarray((Math.round(empty.y) * png.width + Math.round(empty.x)) * 4);
    expect(Math.abs(r! - g!) + Math.abs(g! - b!)).toBeLessThan(140); // pale note colour, no ramp colour
    expect(png.data[(Math.round(empty.y) * png.width + Math.round(empty.x)) * 4 + 2]).toBeGreaterThan(100);
  });

  it('draws notes and cluster frames without dots, and nothing for an empty board', () => {
    const doc = board([0, 0]);
    const image = renderBoardImage(boardScene(doc, { round: null }))!;
    const png = decode(encodePng(image));
    const centre = {
      x: Math.round((100 - image.originX) * image.scale),
      y: Math.round((100 - image.originY) * image.scale),
    };
    const i = (centre.y * png.width + centre.x) * 4;
    // The default note colour (#fff475) lightened, a pale yellow: between the colour and white, blue lowest.
    const [r, g, b] = png.data.subarray(i, i + 3);
    expect(r).toBe(255);
    expect(g).toBeGreaterThanOrEqual(0xf4);
    expect(b).toBeGreaterThan(0x75);
    expect(b).toBeLessThan(g!);
    // Outside every note and frame: the background, a light grey.
    const corner = [...png.data.subarray(0, 3)];
    expect(Math.min(...corner)).toBeGreaterThan(230);
    expect(Math.max(...corner) - Math.min(...corner)).toBeLessThan(8);
    expect(renderBoardImage({ notes: [], clusters: [], dots: [] })).toBeNull();
  });

  it('fits a huge board into the size limit', () => {
    const image = renderBoardImage({
      notes: [
        { id: 'a', x: -900_000, y: -900_000, width: 200, height: 200, color: '#ffffff' },
        { id: 'b', x: 900_000, y: 900_000, width: 200, height: 200, color: '#ffffff' },
      ],
      clusters: [],
      dots: [{ x: 0, y: 0 }],
    })!;
    expect(image.width).toBeLessThanOrEqual(1200);
    expect(image.height).toBeLessThanOrEqual(1600);
    expect(decode(encodePng(image)).width).toBe(image.width);
  });
});
