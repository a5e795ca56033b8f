/**
 * The layout blurLine reads: `lines` lines of `length` core cells, each with one apron cell on either side, laid end
 * to end with `padding` zeros before, between and after them (the zeros between two lines serve both). Every line
 * can then be blurred where it lies, without copying it out or checking bounds in the loop.
 */
export interface LineBlockLayout {
  readonly lines: number;
  readonly length: number;
  readonly padding: number;
  /** Distance from one line's start to the next: length + 2 apron cells + padding. */
  readonly stride: number;
}

export function lineBlockLayout(lines: number, length: number, padding: number): LineBlockLayout {
  return { lines, length, padding, stride: length + 2 + padding };
}

/** Values a block with this layout holds. */
export function lineBlockSize(layout: LineBlockLayout): number {
  return layout.padding + layout.lines * layout.stride;
}

/** Index of line `line`'s leading apron cell; its core cell k is at apronStart + 1 + k. */
export function apronStart(layout: LineBlockLayout, line: number): number {
  return layout.padding + line * layout.stride;
}
