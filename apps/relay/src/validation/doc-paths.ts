import * as Y from 'yjs';
import { KeyPath } from './key-path';
import type { YType } from './yjs-types';

/**
 * Root type → its name, per doc. Yjs keeps only name → type (`doc.share`), so the reverse map is built once and
 * rebuilt only when a type is missing: roots are added as updates name them, and `doc.getMap(name)` may replace a
 * placeholder root with a new instance.
 */
const rootNames = new WeakMap<Y.Doc, Map<YType, string>>();

function buildRootNames(doc: Y.Doc): Map<YType, string> {
  const names = new Map<YType, string>();
  for (const [name, type] of doc.share) names.set(type as unknown as YType, name);
  rootNames.set(doc, names);
  return names;
}

/** The name under which `type` is a root of `doc`, or null when it is none. */
export function rootNameOf(doc: Y.Doc, type: YType): string | null {
  const cached = rootNames.get(doc)?.get(type);
  if (cached !== undefined) return cached;
  return buildRootNames(doc).get(type) ?? null;
}

/**
 * Paths of types and items already integrated in a doc. Memoised per instance (use one per scopeOfUpdate call):
 * many items share a parent, and an instance must not outlive doc changes.
 */
export class DocPaths {
  private readonly typePaths = new Map<YType, KeyPath | null>();
  private readonly roots = new Map<string, KeyPath>();

  constructor(private readonly doc: Y.Doc) {}

  /** The path of the root named `name`, the same object for the whole call (so its children are shared). */
  root(name: string): KeyPath {
    let path = this.roots.get(name);
    if (path === undefined) {
      path = KeyPath.root(name);
      this.roots.set(name, path);
    }
    return path;
  }

  /** The path of an integrated type (where its own item sits), or null when its chain does not end in a named root. */
  typePath(type: YType): KeyPath | null {
    // Walk up iteratively: nesting depth is chosen by whoever wrote the doc, so recursion could overflow the stack.
    const chain: YType[] = [];
    let base: KeyPath | null | undefined;
    let current: YType = type;
    for (;;) {
      base = this.typePaths.get(current);
      if (base !== undefined) break;
      const item = current._item;
      if (item === null) {
        const name = rootNameOf(this.doc, current);
        base = name === null ? null : this.root(name);
        this.typePaths.set(current, base);
        break;
      }
      chain.push(current);
      const parent: unknown = item.parent;
      if (!(parent instanceof Y.AbstractType)) {
        base = null;
        break;
      }
      current = parent as YType;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!;
      base = base === null ? null : base.child(link._item!.parentSub);
      this.typePaths.set(link, base);
    }
    return base;
  }

  /** The path where an integrated item sits (its parent's path plus its key), or null when unresolvable. */
  itemPath(item: Y.Item): KeyPath | null {
    const parent: unknown = item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    const path = this.typePath(parent as YType);
    return path === null ? null : path.child(item.parentSub);
  }
}
