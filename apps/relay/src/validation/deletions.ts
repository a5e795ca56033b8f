import * as Y from 'yjs';
import type { ChangeCollector } from './collector';
import type { DocPaths } from './doc-paths';
import type { KeyPath } from './key-path';
import { docState, firstStructEndingAfter, type UpdateStructs } from './struct-lookup';
import { placedPath, type Resolution, type UpdateResolver } from './update-resolver';
import type { DeleteSet } from './yjs-types';

type DeleteRange = { clock: number; end: number };

/**
 * Works out what an update deletes: the ranges of its delete set, and the values its map writes overwrite.
 * Already-deleted structs are skipped, because a sync message carries the sender's whole delete set and
 * re-deleting is a no-op in Yjs.
 */
export class Deletions {
  /** Update items whose surviving value (the last clock) the update's own delete set removes again. */
  readonly deletedInUpdate = new Set<Y.Item>();
  /**
   * True once the delete set names something the doc has already deleted (or collected): a reconnecting client's
   * sync message repeats its whole delete set. Yjs skips such deletions, so the update's own bytes then say more than
   * the change it makes (see SyncedDoc.apply).
   */
  repeatsDeletions = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly update: UpdateStructs,
    private readonly docPaths: DocPaths,
    private readonly resolver: UpdateResolver,
    private readonly out: ChangeCollector,
  ) {}

  /** Records everything `ds` deletes, in the doc or among the update's own structs. */
  collect(ds: DeleteSet): void {
    for (const [client, items] of ds.clients) {
      const state = docState(this.doc, client);
      for (const range of mergeRanges(items)) {
        if (range.clock < state) this.deleteInDoc(client, range.clock, Math.min(range.end, state));
        if (range.end > state) this.deleteInUpdate(client, Math.max(range.clock, state), range.end);
      }
    }
  }

  /**
   * A map write replaces the key's current value: Yjs deletes the previous item while integrating the new one, even
   * when the sender's delete set does not mention it. `resolution` is a placed update item, `path` its own path.
   */
  overwrite(resolution: Extract<Resolution, { kind: 'placed' }>, path: KeyPath): void {
    if (resolution.parentSub === null) return;
    const { parent } = resolution;
    const type =
      parent.kind === 'doc' ? parent.type : parent.kind === 'root' ? this.doc.share.get(parent.name) : undefined;
    const current = type?._map.get(resolution.parentSub);
    if (current !== undefined && !current.deleted) this.deleteLive(current, path, current.length);
  }

  private deleteInDoc(client: number, clock: number, end: number): void {
    const structs = this.doc.store.clients.get(client) ?? [];
    for (let i = firstStructEndingAfter(structs, clock); i < structs.length; i++) {
      const struct = structs[i]!;
      if (struct.id.clock >= end) break;
      if (!(struct instanceof Y.Item) || struct.deleted) {
        this.repeatsDeletions = true;
        continue;
      }
      const path = this.docPaths.itemPath(struct);
      // Yjs splits an item where a range starts or ends; only the overlapping part of a text item is deleted.
      const overlap = Math.min(end, struct.id.clock + struct.length) - Math.max(clock, struct.id.clock);
      if (path === null) this.out.touchUnresolved();
      else this.deleteLive(struct, path, overlap);
    }
  }

  private deleteInUpdate(client: number, clock: number, end: number): void {
    const structs = this.update.byClient.get(client) ?? [];
    const first = structs[0];
    const last = structs[structs.length - 1];
    // Clocks the update does not carry either: Yjs keeps such deletions pending and applies them when the items
    // arrive, wherever those items turn out to be.
    let missing =
      first === undefined || last === undefined || clock < first.id.clock || end > last.id.clock + last.length;
    for (let i = firstStructEndingAfter(structs, clock); i < structs.length; i++) {
      const struct = structs[i]!;
      if (struct.id.clock >= end) break;
      if (struct instanceof Y.Skip) missing = true;
      else if (struct instanceof Y.Item) this.deleteUpdateItem(struct, clock, end);
    }
    if (missing) this.out.touchUnresolved();
  }

  private deleteUpdateItem(item: Y.Item, clock: number, end: number): void {
    const resolution = this.resolver.resolve(item);
    // An unresolved item is already counted where it is inserted; a discarded one never exists.
    if (resolution.kind !== 'placed') return;
    const overlap = Math.min(end, item.id.clock + item.length) - Math.max(clock, item.id.clock);
    this.out.removedFromUpdate(placedPath(resolution), item.content, overlap);
    if (item.id.clock + item.length <= end) this.deletedInUpdate.add(item);
  }

  /**
   * Records the deletion of a live doc item. Deleting a note or a voter's map deletes its entries too, and each of
   * those is a place of its own (a note's fields, a voter's dots), so they are recorded as well.
   */
  private deleteLive(item: Y.Item, path: KeyPath, length: number): void {
    this.out.removed(path, item, length);
    if (!(item.content instanceof Y.ContentType) || path.kind !== 'place' || path.isDeepestPlace) return;
    for (const child of item.content.type._map.values()) {
      if (!child.deleted) this.out.removed(path.child(child.parentSub), child, child.length);
    }
  }
}

/** A client's delete ranges sorted and merged, so each struct is visited once even if a hostile set repeats ranges. */
function mergeRanges(items: readonly { clock: number; len: number }[]): DeleteRange[] {
  const ranges = items
    .filter((item) => item.len > 0)
    .map((item) => ({ clock: item.clock, end: item.clock + item.len }))
    .sort((a, b) => a.clock - b.clock);
  const merged: DeleteRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.clock <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
