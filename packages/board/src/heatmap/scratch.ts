/**
 * Reused work buffers. Allocating a fresh multi-megabyte typed array costs page faults on first touch, which
 * measured at a quarter of a full heatmap computation, so the blur borrows these instead.
 */
const pool: (Float32Array | undefined)[] = [];
const inUse: boolean[] = [];

/** Buffers above this many elements are not kept, so one huge heatmap does not pin its memory forever. */
const MAX_POOLED_LENGTH = 1 << 22;

/** Slots, so buffers in use at the same time never alias. */
export const SPLAT_SLOT = 0;
export const ROWS_SLOT = 1;
type ScratchSlot = typeof SPLAT_SLOT | typeof ROWS_SLOT;

/**
 * A Float32Array of exactly `length` elements with UNSPECIFIED contents; callers zero what they read and must
 * releaseScratch the slot when done. A slot still borrowed (a dot iterator that itself computes a heatmap)
 * gets a fresh array instead of corrupting the outer computation.
 */
export function borrowScratch(slot: ScratchSlot, length: number): Float32Array {
  if (length > MAX_POOLED_LENGTH || inUse[slot]) return new Float32Array(length);
  inUse[slot] = true;
  const pooled = pool[slot];
  if (pooled && pooled.length >= length) return pooled.subarray(0, length);
  const fresh = new Float32Array(length);
  pool[slot] = fresh;
  return fresh;
}

/** Returns a borrowed buffer; a no-op for the fresh fallback arrays, so a nested borrower cannot free the outer one. */
export function releaseScratch(slot: ScratchSlot, buffer: Float32Array): void {
  if (buffer.buffer === pool[slot]?.buffer) inUse[slot] = false;
}
