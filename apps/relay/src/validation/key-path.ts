import { placeDepth } from '@notevote/board';

/** A map key, or null for list content (array elements, text characters). */
export type Key = string | null;

/**
 * Where something sits: the root's name and the keys from the root downwards. Keys are kept down to one level below
 * the deepest place the schema names (content inside a value, such as a note text's characters) plus one more, so
 * that anything deeper is still told apart; deeper keys collapse, which keeps paths O(1) however deeply a hostile
 * client nests types. Paths are interned (a path's child at a key is always the same object), so the thousands of
 * characters of one text share one path and deduplicate by identity.
 */
export class KeyPath {
  private children: Map<Key, KeyPath> | undefined;
  /** This path cut to the depth of the schema's places for its root (a note text's characters → the text). */
  readonly named: KeyPath;

  private constructor(
    readonly root: string,
    readonly keys: readonly Key[],
    parent: KeyPath | null,
  ) {
    this.named = parent !== null && keys.length > placeDepthOf(root) ? parent.named : this;
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

  /** How this path relates to the schema's places: a place itself, content inside one, or neither. */
  get kind(): 'place' | 'inside-place' | 'elsewhere' {
    this.kindCache ??= this.classify();
    return this.kindCache;
  }

  /** True for a place at the deepest level of its root (a note's field, a dot), which holds no places itself. */
  get isDeepestPlace(): boolean {
    return this.kind === 'place' && this.keys.length === placeDepthOf(this.root);
  }

  private kindCache: 'place' | 'inside-place' | 'elsewhere' | undefined;

  private classify(): 'place' | 'inside-place' | 'elsewhere' {
    const depth = placeDepthOf(this.root);
    const last = this.keys[this.keys.length - 1];
    if (this.keys.length >= 1 && this.keys.length <= depth && this.keys.every((key) => key !== null)) return 'place';
    if (this.keys.length === depth + 1 && last === null && this.named.kind === 'place') return 'inside-place';
    return 'elsewhere';
  }

  /** The keys of a place (all strings). */
  get placeKeys(): string[] {
    return this.keys as string[];
  }
}

/**
 * Depth of each root's places, from the board schema. A Map, because root names come from clients and a plain
 * object would answer for names like "constructor"; roots outside the schema have none.
 */
const DEPTHS = new Map<string, number>();
function placeDepthOf(root: string): number {
  let depth = DEPTHS.get(root);
  if (depth === undefined) {
    depth = placeDepth(root);
    if (depth > 0) DEPTHS.set(root, depth);
  }
  return depth;
}

/** Deep enough to tell "inside a place" (depth + 1) from "deeper still" for the deepest places (notes, votes: 2). */
const MAX_DEPTH = 4;
