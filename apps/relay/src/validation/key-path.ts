import type { SchemaPath } from './types';

/** A map key, or null for list content (array elements, text characters). */
export type Key = string | null;

/**
 * Where something sits: the root's name and the keys from the root downwards. Only the first MAX_DEPTH keys are
 * kept because the schema names nothing deeper, which keeps paths O(1) however deeply a hostile client nests types.
 * Paths are interned (a path's child at a key is always the same object), so the thousands of characters of one
 * text share one path and deduplicate by identity.
 */
export class KeyPath {
  private children: Map<Key, KeyPath> | undefined;
  /** This path cut to the depth the schema names for its root: one object per distinct SchemaPath. */
  readonly named: KeyPath;

  private constructor(
    readonly root: string,
    readonly keys: readonly Key[],
    parent: KeyPath | null,
  ) {
    this.named = parent !== null && keys.length > (NAMED_DEPTH.get(root) ?? 0) ? parent.named : this;
  }

  /** A fresh root path; intern it per call (see DocPaths.root) so its children are shared. */
  static root(name: string): KeyPath {
    return new KeyPath(name, [], null);
  }

  /** The path one level down, at `key`. */
  child(key: Key): KeyPath {
    if (this.keys.length >= MAX_DEPTH) return this;
    this.children ??= new Map();
    let child = this.children.get(key);
    if (child === undefined) {
      child = new KeyPath(this.root, [...this.keys, key], this);
      this.children.set(key, child);
    }
    return child;
  }
}

/**
 * How many keys below each schema root SchemaPath distinguishes; other roots distinguish none. A Map, because root
 * names come from clients and a plain object would answer for names like "constructor".
 */
const NAMED_DEPTH: ReadonlyMap<string, number> = new Map([
  ['meta', 1],
  ['session', 1],
  ['people', 1],
  ['notes', 2],
  ['votes', 2],
]);

/** One more than the deepest level the schema names (votes/<voterId>/<voteId>), so "exactly a vote entry" stays decidable. */
const MAX_DEPTH = 3;

/** Maps a key path onto the schema's vocabulary. */
export function toSchemaPath(path: KeyPath): SchemaPath {
  const first = path.keys[0] ?? null;
  const second = path.keys[1] ?? null;
  switch (path.root) {
    case 'meta':
    case 'session':
      return { root: path.root, key: first };
    case 'notes':
      return { root: 'notes', noteId: first, field: second };
    case 'votes':
      return { root: 'votes', voterId: first, voteId: second };
    case 'people':
      return { root: 'people', userId: first };
    default:
      return { root: 'unknown', name: path.root };
  }
}

/** The (voterId, voteId) when `path` is exactly a vote entry votes/<voterId>/<voteId>, else null. */
export function voteEntryOf(path: KeyPath): { voterId: string; voteId: string } | null {
  if (path.root !== 'votes' || path.keys.length !== 2) return null;
  const [voterId, voteId] = path.keys;
  return typeof voterId === 'string' && typeof voteId === 'string' ? { voterId, voteId } : null;
}
