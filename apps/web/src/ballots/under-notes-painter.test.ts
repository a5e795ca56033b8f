import { describe, expect, it } from 'vitest';
import { paintUnderNotes, type UnderNotes } from './under-notes-painter';
import { BAR_HEIGHT, SUPPORT_FONT } from './under-notes';

/** Records each text and rectangle drawn, with the style it was drawn in. */
function recordingContext(scale: number, offset = { x: 0, y: 0 }) {
  const drawn: string[] = [];
  const context = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    textBaseline: '',
    textAlign: '',
    direction: 'inherit',
    font: '',
    getTransform: () => ({ a: scale, b: 0, c: 0, d: scale, e: offset.x, f: offset.y }),
    measureText: () => ({ fontBoundingBoxAscent: 10, fontBoundingBoxDescent: 2 }),
    fillText(text: string, x: number, y: number) {
      drawn.push(`text "${text}" at ${x},${y} ${this.textAlign} ${this.direction} ${this.fillStyle}`);
    },
    fillRect(x: number, y: number, width: number, height: number) {
      drawn.push(`fill ${this.fillStyle} ${x},${y} ${width}×${height}`);
    },
    strokeRect(x: number, y: number, width: number, height: number) {
      drawn.push(`stroke ${this.strokeStyle} ${this.lineWidth} ${x},${y} ${width}×${height}`);
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, drawn };
}

const content = (extra: Partial<UnderNotes>): UnderNotes => ({ lines: [], bars: [], direction: 'ltr', ...extra });

describe('paintUnderNotes', () => {
  it('centres each line of a support line under its note, where Konva’s Text would put it', () => {
    const { context, drawn } = recordingContext(1);
    paintUnderNotes(
      context,
      800,
      600,
      content({ lines: [{ x: 0, y: 106, width: 100, lines: ['12 dots from', '7 people'] }] }),
    );
    // Baseline: the line's middle plus half of ascent minus descent (10 − 2) / 2.
    expect(drawn).toEqual([
      `text "12 dots from" at 50,${106 + SUPPORT_FONT / 2 + 4} center ltr #1f2328`,
      `text "7 people" at 50,${106 + SUPPORT_FONT * 1.5 + 4} center ltr #1f2328`,
    ]);
  });

  it('writes in the interface’s direction', () => {
    const { context, drawn } = recordingContext(1);
    paintUnderNotes(
      context,
      800,
      600,
      content({ direction: 'rtl', lines: [{ x: 0, y: 0, width: 100, lines: ['٣'] }] }),
    );
    expect(drawn[0]).toContain(' rtl ');
  });

  it('skips what lies outside the area drawn', () => {
    // At half size, shifted 100 device px left: the area is board x 200…1800, y 0…1200.
    const { context, drawn } = recordingContext(0.5, { x: -100, y: 0 });
    const line = (x: number, y: number) => ({ x, y, width: 100, lines: [`at ${x},${y}`] });
    paintUnderNotes(
      context,
      800,
      600,
      content({ lines: [line(0, 0), line(150, 0), line(1700, 1190), line(1900, 0), line(500, 1300)] }),
    );
    expect(drawn.map((entry) => entry.split('"')[1])).toEqual(['at 150,0', 'at 1700,1190']);
  });

  it('draws a ratings bar segment by segment, each with a white hairline', () => {
    const { context, drawn } = recordingContext(1);
    const segments = [
      { color: '#f1a340', width: 25 },
      { color: '#998ec3', width: 75 },
    ];
    paintUnderNotes(context, 800, 600, content({ bars: [{ x: 10, y: 126, width: 100, segments }] }));
    expect(drawn).toEqual([
      `fill #f1a340 10,126 25×${BAR_HEIGHT}`,
      `stroke #ffffff 1 10,126 25×${BAR_HEIGHT}`,
      `fill #998ec3 35,126 75×${BAR_HEIGHT}`,
      `stroke #ffffff 1 35,126 75×${BAR_HEIGHT}`,
    ]);
  });
});
