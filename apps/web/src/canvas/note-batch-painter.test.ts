import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '@notevote/board';
import { paintNoteBatch } from './note-batch-painter';
import { SELECTED_OUTLINE, VOTE_BADGE } from './note-style';
import { testNote } from './test-notes';

const note = (id: string, x: number, y: number, color = '#fff475'): Note =>
  testNote(id, { text: 'some words', x, y, color });

/** Records each rectangle filled or stroked, with the style it was drawn in. */
function recordingContext(scale: number) {
  const drawn: string[] = [];
  let path = '';
  const context = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    textBaseline: '',
    textAlign: '',
    direction: 'inherit',
    font: '',
    getTransform: () => ({ a: scale, b: 0, c: 0, d: scale, e: 0, f: 0 }),
    fillRect(x: number, y: number) {
      drawn.push(`fill ${this.fillStyle} ${x},${y}`);
    },
    beginPath: () => (path = ''),
    rect: (x: number, y: number) => (path = `${x},${y}`),
    roundRect: (x: number, y: number) => (path = `${x},${y}`),
    fill() {
      drawn.push(`fill ${this.fillStyle} ${path}`);
    },
    stroke() {
      drawn.push(`stroke ${this.strokeStyle} ${path}`);
    },
    fillText(text: string, x: number) {
      drawn.push(`text ${text} at ${x} ${this.direction} ${this.textAlign}`);
    },
    measureText: () => ({ fontBoundingBoxAscent: 10, fontBoundingBoxDescent: 2 }),
    // What a sketch's picture needs.
    save() {},
    restore() {},
    translate() {},
    scale() {},
    transform() {},
    strokeRect() {},
    moveTo() {},
    lineTo() {},
    closePath() {},
    arc() {},
    drawImage(image: { width: number }) {
      drawn.push(`picture ${image.width} px wide`);
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, drawn };
}

const content = (notes: Note[], extra: Partial<Parameters<typeof paintNoteBatch>[3]> = {}) => ({
  notes,
  selection: new Set<string>(),
  tally: new Map<string, { votes: number }>(),
  detail: 'outline' as const,
  uiDirection: 'ltr' as const,
  ...extra,
});

describe('paintNoteBatch', () => {
  it('draws the notes in the area bottom to top, each in its colour, and skips the rest', () => {
    const { context, drawn } = recordingContext(0.1);
    const notes = [note('a', 0, 0, '#aaa'), note('far', 20_000, 0), note('b', 50, 50, '#bbb')];
    paintNoteBatch(context, 800, 600, content(notes), 1);
    expect(drawn).toEqual(['fill #aaa 0,0', 'fill #bbb 50,50']);
  });

  it('outlines selected notes and marks notes with votes with their badge', () => {
    const { context, drawn } = recordingContext(0.25);
    const notes = [note('a', 0, 0, '#aaa')];
    paintNoteBatch(
      context,
      800,
      600,
      content(notes, { selection: new Set(['a']), tally: new Map([['a', { votes: 3 }]]) }),
      1,
    );
    expect(drawn).toEqual([
      'fill #aaa 0,0',
      `stroke ${SELECTED_OUTLINE.stroke} 0,0`,
      `fill ${VOTE_BADGE.fill} ${100 - VOTE_BADGE.width},${-VOTE_BADGE.rise}`,
    ]);
  });

  it('leaves out badges too small to see and text too small to read', () => {
    const { context, drawn } = recordingContext(0.1);
    paintNoteBatch(
      context,
      800,
      600,
      content([note('a', 0, 0)], { detail: 'flat', tally: new Map([['a', { votes: 3 }]]) }),
      1,
    );
    expect(drawn).toEqual(['fill #fff475 0,0']);
  });

  describe('note text', () => {
    // No canvas in Node: text-fit's measurer then assumes 0.55 em a character, which is all these tests need.
    afterEach(() => vi.unstubAllGlobals());
    const paintText = (notes: Note[], uiDirection: 'ltr' | 'rtl') => {
      vi.stubGlobal('document', { createElement: () => ({ getContext: () => null }) });
      const { context, drawn } = recordingContext(1);
      paintNoteBatch(context, 800, 600, content(notes, { detail: 'flat', uiDirection }), 1);
      return drawn.filter((line) => line.startsWith('text'));
    };

    it('lays out each note in its own direction, a right-to-left one from the right edge', () => {
      const notes = [
        testNote('ar', { text: 'عربي', x: 0 }),
        testNote('en', { text: 'Open', x: 200 }),
        testNote('digits', { text: '2030', x: 400 }),
      ];
      // Note boxes are 100 wide with 12 of padding: the start edge is x + 12, or x + 88 for right to left.
      expect(paintText(notes, 'ltr')).toEqual([
        'text عربي at 88 rtl start',
        'text Open at 212 ltr start',
        'text 2030 at 412 ltr start',
      ]);
      // On a right-to-left interface only the note without letters changes: it follows the interface.
      expect(paintText(notes, 'rtl')).toEqual([
        'text عربي at 88 rtl start',
        'text Open at 212 ltr start',
        'text 2030 at 488 rtl start',
      ]);
    });
  });

  describe('sketches', () => {
    const REF = 'AAAAAAAAAAAAAAAAAAAAAA';
    const sketch = (id: string, x: number) =>
      testNote(id, {
        text: 'A hand-drawn map',
        x,
        width: 400,
        height: 303,
        image: { ref: REF, width: 4000, height: 3000, orientation: 1 },
      });
    /** Pictures of any width asked for, recording the widths. */
    const pictures = () => {
      const asked: number[] = [];
      return {
        asked,
        bitmap: (_ref: string, width: number) => {
          asked.push(width);
          return { width, height: Math.round(width * 0.75) } as unknown as CanvasImageSource & {
            width: number;
            height: number;
          };
        },
        status: () => 'ready' as const,
      };
    };

    afterEach(() => vi.unstubAllGlobals());

    it('draws a sketch as its picture, downscaled to its size on screen', () => {
      const source = pictures();
      const { context, drawn } = recordingContext(0.25);
      paintNoteBatch(context, 800, 600, content([sketch('s', 0)], { detail: 'flat', pictures: source }), 1);
      // 388 units of picture at 0.25 device px each: 97 px, so the 128 px bitmap, not the 4000 px photo.
      expect(source.asked).toEqual([128]);
      expect(drawn).toContain('picture 128 px wide');
    });

    it('never draws a sketch’s description, where a note beside it gets its text', () => {
      vi.stubGlobal('document', { createElement: () => ({ getContext: () => null }) });
      const source = pictures();
      const { context, drawn } = recordingContext(1);
      const notes = [sketch('s', 0), testNote('n', { text: 'Words', x: 500 })];
      paintNoteBatch(context, 2000, 600, content(notes, { detail: 'flat', pictures: source }), 1);
      expect(drawn.filter((line) => line.startsWith('text'))).toEqual(['text Words at 512 ltr start']);
      expect(drawn).toContain('picture 512 px wide');
    });

    it('leaves the picture out of a sketch too small on screen to show it', () => {
      const source = pictures();
      const { context, drawn } = recordingContext(0.01);
      paintNoteBatch(context, 8000, 6000, content([sketch('s', 0)], { pictures: source }), 1);
      expect(source.asked).toEqual([]);
      expect(drawn).toEqual(['fill #fff475 0,0']);
    });

    it('draws a placeholder, not a picture, while none is there', () => {
      const { context, drawn } = recordingContext(0.5);
      paintNoteBatch(context, 800, 600, content([sketch('s', 0)]), 1);
      expect(drawn.some((line) => line.startsWith('picture'))).toBe(false);
      expect(drawn.length).toBeGreaterThan(1);
    });
  });
});
