import type { BoxBlurPlan } from './blur-plan';
import { apronStart, lineBlockLayout, lineBlockSize } from './line-block';
import { blurLine, createLineBlur, linePadding } from './line-blur';
import { ROWS_SLOT, borrowScratch, releaseScratch } from './scratch';
import type { SplatTarget } from './splat';

/**
 * Blurs a splat (columns + 2 apron columns of rows + 2 cells, stored column by column: see splat.ts) into a new
 * columns × rows grid, row-major: every column down first, apron columns included since the second direction still
 * blurs them inward, into a block of padded rows; then every row of that block across into the grid. Each line is
 * blurred on an infinite zero background and cropped, so heat that spreads past the grid is dropped (mass is lost at
 * the edges) while the cells inside hold exactly what a larger grid would show there: no darkening near the edges.
 *
 * Both directions read contiguous lines in place. Going down first is what makes the second direction's writes, the
 * grid's, contiguous too; only the first writes with a stride, into a block that stays in cache.
 */
export function blurSplat(splat: SplatTarget, columns: number, rows: number, plan: BoxBlurPlan): Float32Array {
  const out = new Float32Array(columns * rows);
  if (columns === 0 || rows === 0) return out;
  const rowLayout = lineBlockLayout(rows, columns, linePadding(plan));
  const block = borrowScratch(ROWS_SLOT, lineBlockSize(rowLayout));
  // The columns' pass writes every apron and core cell; one fill is simpler than zeroing each row's padding.
  block.fill(0);
  const down = createLineBlur(plan, rows);
  for (let column = 0; column < columns + 2; column++) {
    // Core row k of apron column `column` lands in row k of the block, at that row's apron cell + column.
    blurLine(
      down,
      splat.apron,
      apronStart(splat.layout, column) + 1,
      block,
      apronStart(rowLayout, 0) + column,
      rowLayout.stride,
    );
  }
  const across = createLineBlur(plan, columns);
  for (let row = 0; row < rows; row++) {
    blurLine(across, block, apronStart(rowLayout, row) + 1, out, row * columns, 1);
  }
  // No try/finally needed: nothing here calls user code or throws once the arguments are valid.
  releaseScratch(ROWS_SLOT, block);
  return out;
}
