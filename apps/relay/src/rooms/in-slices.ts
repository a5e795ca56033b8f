/**
 * Calls `visit` on every item, `size` of them per event-loop turn (the rest wait for the next turns), so a long
 * list of small jobs never holds the loop for long. Resolves once every item was visited.
 */
export function forEachInSlices<T>(items: readonly T[], size: number, visit: (item: T) => void): Promise<void> {
  return new Promise((resolve) => {
    const slice = (from: number): void => {
      const to = Math.min(items.length, from + size);
      for (let i = from; i < to; i++) visit(items[i]!);
      if (to < items.length) setImmediate(slice, to);
      else resolve();
    };
    slice(0);
  });
}
