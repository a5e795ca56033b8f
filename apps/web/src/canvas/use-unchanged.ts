import { useRef } from 'react';

/**
 * Returns the previous value while `same(previous, next)` holds, so memoized children and cached pictures downstream
 * see the same object. For derived values that are rebuilt on every change of something broader (every note move
 * rebuilds the notes map) but often come out equal.
 */
export function useUnchanged<T>(next: T, same: (previous: T, next: T) => boolean): T {
  const kept = useRef(next);
  if (kept.current !== next && !same(kept.current, next)) kept.current = next;
  return kept.current;
}

/** Same length and the same elements (by identity), in order. */
export function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
