import * as Y from 'yjs';

/*
 * Reading a Y.Map's entries straight from its items, for the loops that read a whole board (a full tally reads every
 * dot). `Y.Map.forEach` does exactly this, but calls back once per entry from a call site every caller shares, which V8
 * cannot inline; walking the items in the caller's own loop reads a board's 100,000 dots in about half the time.
 * Items come from `values()` with their key read from the item: `entries()` would allocate a [key, item] pair per
 * entry, several megabytes of garbage per full read of a board. `_map`, `Item` and `parentSub` are part of Yjs's
 * published typings, and this file is the only one that relies on them.
 */

/** A Y.Map's items, deleted ones included: skip those whose `deleted` is true. */
export function mapItems<T>(map: Y.Map<T>): IterableIterator<Y.Item> {
  return map._map.values();
}

/** The key an item of a map is stored under. */
export function itemKey(item: Y.Item): string {
  return item.parentSub!;
}

/** What `map.get(key)` returns for a live item of a map. */
export function itemValue(item: Y.Item): unknown {
  const content = item.content;
  // A nested type is most entries of `notes` and `votes`; ContentType.getContent() would allocate an array for it.
  if (content instanceof Y.ContentType) return content.type;
  return content.getContent()[item.length - 1];
}

/**
 * What `map.get(key)` returns, read from the item. Y.Map.get allocates an array for a nested type's content and is
 * shared by every caller; a full tally reads two fields of each of a board's 10,000 notes.
 */
export function mapField(map: Y.Map<unknown>, key: string): unknown {
  const item = map._map.get(key);
  return item === undefined || item.deleted ? undefined : itemValue(item);
}
