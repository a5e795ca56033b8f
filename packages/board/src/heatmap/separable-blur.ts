import type { BoxBlurPlan } from './blur-plan';
import { blurLine, linePadding, paddedLineLength } from './box-pass';
import { blurColumns } from './row-pass';
import { BLOCK_A_SLOT, BLOCK_B_SLOT, borrowScratch, releaseScratch } from './scratch';

/**
 * Blurs a splat grid that carries a one-cell apron on every side ((columns + 2) × (rows + 2), row-major) into
 * a new columns × rows grid: all horizontal passes first, then all vertical passes. Both run on an infinite zero
 * background and are cropped, so heat that spreads past the grid is dropped (mass is lost at the edges) while
 * the cells inside hold exactly what a larger grid would show there: no darkening near the edges.
 */
export function blurApronGrid(apron: Float32Array, columns: number, rows: number, plan: BoxBlurPlan): Float32Array {
  const out = new Float32Array(columns * rows);
  if (columns === 0 || rows === 0) return out;
  const apronColumns = columns + 2;
  const apronRows = rows + 2;
  const pad = linePadding(plan);

  // The horizontal results go straight into the zero-padded block the vertical passes read; the apron rows
  // come along because the vertical passes still have to blur them inward.
  const block = borrowScratch(BLOCK_A_SLOT, (rows + 2 * pad) * columns);
  block.fill(0, 0, (pad - 1) * columns);
  block.fill(0, (pad + rows + 1) * columns);
  const a = new Float32Array(paddedLineLength(columns, plan));
  const b = new Float32Array(a.length);
  for (let row = 0; row < apronRows; row++) {
    // Only the margins need re-zeroing: the previous row's passes wrote there, the copy below fills the rest.
    a.fill(0, 0, pad - 1);
    a.fill(0, pad + columns + 1);
    a.set(apron.subarray(row * apronColumns, (row + 1) * apronColumns), pad - 1);
    blurLine(a, b, columns, plan, block, (pad - 1 + row) * columns);
  }

  const spare = borrowScratch(BLOCK_B_SLOT, block.length);
  blurColumns(block, spare, columns, rows, plan, out);
  // No try/finally needed: nothing here calls user code or throws once the arguments are valid.
  releaseScratch(BLOCK_A_SLOT, block);
  releaseScratch(BLOCK_B_SLOT, spare);
  return out;
}
