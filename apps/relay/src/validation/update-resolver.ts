import * as Y from 'yjs';
import type { DocPaths } from './doc-paths';
import type { Key, KeyPath } from './key-path';
import { docState, docStructAt, type UpdateStructs } from './struct-lookup';
import type { YType } from './yjs-types';

/** The parent type an update item will be integrated into: a root by name, a type in the doc, or one the update creates. */
export type ParentRef =
  { kind: 'root'; name: string } | { kind: 'doc'; type: YType } | { kind: 'update'; item: Y.Item };

/**
 * Where an update item lands once Yjs integrates it (mirrors Item.getMissing in yjs/src/structs/Item.js):
 * - placed: integrated into `parent` at key `parentSub` (null: list content); `parentPath` is the parent type's path;
 * - discarded: Yjs turns it into a GC struct (a neighbour or the parent is garbage collected, or the parent is no type);
 * - unresolved: a dependency is neither in the doc nor in the update, so Yjs would park it in its pending queue.
 */
export type Resolution =
  | { kind: 'placed'; parent: ParentRef; parentSub: Key; parentPath: KeyPath; path: KeyPath }
  | { kind: 'discarded' }
  | { kind: 'unresolved' };

const DISCARDED: Resolution = { kind: 'discarded' };
const UNRESOLVED: Resolution = { kind: 'unresolved' };

/** A struct an id refers to: integrated in the doc, or carried by this update. */
type Located = { where: 'doc'; struct: Y.Item | Y.GC } | { where: 'update'; struct: Y.Item | Y.GC };

type Placed = Extract<Resolution, { kind: 'placed' }>;

/** A placed resolution; `path` (where the item itself sits) is computed once and shared by items placed alike. */
function placed(parent: ParentRef, parentSub: Key, parentPath: KeyPath): Placed {
  return { kind: 'placed', parent, parentSub, parentPath, path: parentPath.child(parentSub) };
}

/** The path where a placed item itself sits. */
export function placedPath(resolution: Placed): KeyPath {
  return resolution.path;
}

/**
 * Resolves where each item of one update lands, against one doc. Each item is resolved once (memoised), and
 * iteratively, so chains of origins of any length cost linear time and no stack depth.
 */
export class UpdateResolver {
  private readonly resolved = new Map<Y.Item, Resolution>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly update: UpdateStructs,
    private readonly docPaths: DocPaths,
  ) {}

  /** Where `item` (a struct of this update) lands. */
  resolve(item: Y.Item): Resolution {
    const known = this.resolved.get(item);
    if (known !== undefined) return known;
    // Most items refer only to resolved or integrated structs: resolve those without the stack's allocations.
    const first = this.tryCompute(item);
    if (!(first instanceof Y.Item)) {
      this.resolved.set(item, first);
      return first;
    }
    const stack: Y.Item[] = [item, first];
    const onStack = new Set<Y.Item>(stack);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const result = this.tryCompute(top);
      if (result instanceof Y.Item && !onStack.has(result)) {
        stack.push(result);
        onStack.add(result);
        continue;
      }
      // A dependency already on the stack is a cycle of references: Yjs could never integrate any of them.
      this.resolved.set(top, result instanceof Y.Item ? UNRESOLVED : result);
      onStack.delete(top);
      stack.pop();
    }
    return this.resolved.get(item)!;
  }

  /** The struct `id` refers to. Ids below the doc's state are integrated, so the doc answers; above it only the update can. */
  locate(id: Y.ID): Located | null {
    if (id.clock < docState(this.doc, id.client)) {
      const struct = docStructAt(this.doc, id);
      return struct === null ? null : { where: 'doc', struct };
    }
    const struct = this.update.at(id);
    if (struct === null || struct instanceof Y.Skip) return null;
    return { where: 'update', struct };
  }

  /** The update item a reference points at when that item is not resolved yet, else null. */
  private pending(target: Located | null | undefined): Y.Item | null {
    return target?.where === 'update' && target.struct instanceof Y.Item && !this.resolved.has(target.struct)
      ? target.struct
      : null;
  }

  /** Resolves `item`, or returns an update item it refers to that must be resolved first. */
  private tryCompute(item: Y.Item): Resolution | Y.Item {
    const left = this.reference(item, item.origin);
    const right = this.reference(item, item.rightOrigin);
    const parent: unknown = item.parent;
    const parentItem = parent instanceof Y.ID ? this.reference(item, parent) : undefined;
    const dependency = this.pending(left) ?? this.pending(right) ?? this.pending(parentItem);
    if (dependency !== null) return dependency;
    if (left !== undefined || right !== undefined) {
      // Like Item.getMissing: a missing neighbour parks the item; a GC'd neighbour turns it into GC; otherwise it
      // inherits parent and key from the left neighbour, else the right one (origins imply the parent, so the
      // encoder omitted both parent and parentSub).
      if (left === null || right === null) return UNRESOLVED;
      const fromLeft = left === undefined ? undefined : this.placementOf(left);
      const fromRight = right === undefined ? undefined : this.placementOf(right);
      if (fromLeft?.kind === 'unresolved' || fromRight?.kind === 'unresolved') return UNRESOLVED;
      if (fromLeft?.kind === 'discarded' || fromRight?.kind === 'discarded') return DISCARDED;
      return (fromLeft ?? fromRight)!;
    }
    if (typeof parent === 'string') {
      return placed({ kind: 'root', name: parent }, item.parentSub, this.docPaths.root(parent));
    }
    return parentItem === null || parentItem === undefined ? UNRESOLVED : this.asParent(parentItem, item.parentSub);
  }

  /**
   * The struct `id` (a reference made by `item`) points at: undefined when there is no reference, null when it cannot
   * be found. A reference to the item's own client at or after its own clock can never be satisfied (Yjs integrates a
   * client's structs in clock order and would fail on it), so it counts as missing.
   */
  private reference(item: Y.Item, id: Y.ID | null): Located | null | undefined {
    if (id === null) return undefined;
    if (id.client === item.id.client && id.clock >= item.id.clock) return null;
    return this.locate(id);
  }

  /** Parent and key a neighbour passes on to an item placed next to it. */
  private placementOf(neighbour: Located): Resolution {
    const { struct } = neighbour;
    if (struct instanceof Y.GC) return DISCARDED;
    if (neighbour.where === 'update') return this.resolved.get(struct) ?? UNRESOLVED;
    const parent: unknown = struct.parent;
    if (!(parent instanceof Y.AbstractType)) return UNRESOLVED;
    if (isDeletedType(parent as YType)) return DISCARDED;
    const parentPath = this.docPaths.typePath(parent as YType);
    if (parentPath === null) return UNRESOLVED;
    return placed({ kind: 'doc', type: parent as YType }, struct.parentSub, parentPath);
  }

  /** Resolution of an item whose parent is given as the id of `target`, a type's item. */
  private asParent(target: Located, parentSub: Key): Resolution {
    const { struct } = target;
    // Yjs reads `parentItem.content.type`: a GC'd parent or one that holds no type leaves the item without a
    // parent, and Yjs integrates it as GC. One placed in a deleted type is deleted as it is integrated: nobody sees
    // it either. (Its type is GC'd once the transaction that deleted it ends; until then, e.g. within a batch of
    // updates applied together, it is still there but deleted, and must count the same.)
    if (struct instanceof Y.GC || !(struct.content instanceof Y.ContentType)) return DISCARDED;
    if (target.where === 'doc') {
      const type = struct.content.type as YType;
      if (isDeletedType(type)) return DISCARDED;
      const parentPath = this.docPaths.typePath(type);
      if (parentPath === null) return UNRESOLVED;
      return placed({ kind: 'doc', type }, parentSub, parentPath);
    }
    const own = this.resolved.get(struct) ?? UNRESOLVED;
    if (own.kind !== 'placed') return own;
    return placed({ kind: 'update', item: struct }, parentSub, own.path);
  }
}

/** True if `type` was deleted (a note removed, say): whatever is placed in it is deleted as soon as it lands. */
function isDeletedType(type: YType): boolean {
  const item = (type as unknown as { _item: Y.Item | null })._item;
  return item !== null && item.deleted;
}
