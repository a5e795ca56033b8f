import * as Y from 'yjs';
import type { DocChange, Written } from '@notevote/board';
import type { KeyPath } from './key-path';
import type { ItemContent, YType } from './yjs-types';

interface TextTally {
  current: number;
  inserted: number;
  deleted: number;
}

/**
 * Accumulates what one update does to the schema's places (see DocChange in @notevote/board): values put, values
 * removed, characters typed into or deleted from texts (one change per text, with the length the text will have), and
 * content with no place. Removals are deduplicated by path; paths are interned, so that is by identity.
 */
export class ChangeCollector {
  private readonly puts: Array<{ item: Y.Item; change: DocChange }> = [];
  private readonly removes = new Map<KeyPath, DocChange>();
  private readonly texts = new Map<KeyPath, TextTally>();
  private readonly strays = new Map<KeyPath | string, DocChange>();
  private unresolved = 0;

  /** An item the update places at `path`; `parent` is the type it goes into when the doc already has it. */
  placed(path: KeyPath, item: Y.Item, parent: YType | null): void {
    const { content } = item;
    // Content created and deleted before it was sent: nothing a reader will see.
    if (content instanceof Y.ContentDeleted) return;
    switch (path.kind) {
      case 'place':
        this.puts.push({
          item,
          change: { op: 'put', root: path.root, keys: path.placeKeys, written: writtenOf(content) },
        });
        return;
      case 'inside-place':
        if (content instanceof Y.ContentString) this.text(path.named, parent, content.getLength(), 0);
        else this.stray(path);
        return;
      case 'elsewhere':
        this.stray(path);
    }
  }

  /** A live item of the doc that the update deletes; `length` of it (characters of a text item may be split). */
  removed(path: KeyPath, item: Y.Item, length: number): void {
    switch (path.kind) {
      case 'place': {
        if (this.removes.has(path)) return;
        const change: DocChange = { op: 'remove', root: path.root, keys: path.placeKeys };
        if (item.content instanceof Y.ContentAny) change.previous = lastValue(item.content);
        this.removes.set(path, change);
        return;
      }
      case 'inside-place':
        if (item.countable) this.text(path.named, item.parent as YType, 0, length);
        else this.stray(path);
        return;
      case 'elsewhere':
        this.stray(path);
    }
  }

  /** Characters of an item of this same update deleted again by its own delete set. */
  removedFromUpdate(path: KeyPath, content: ItemContent, length: number): void {
    if (path.kind === 'inside-place' && content instanceof Y.ContentString) this.text(path.named, null, -length, 0);
  }

  /**
   * A struct that names a root outside the schema, even one the doc already has: decoding such an update makes Yjs
   * create that root (an empty shared type) whether or not the struct is then applied.
   */
  foreignRoot(name: string): void {
    const key = `root:${name}`;
    if (!this.strays.has(key)) this.strays.set(key, { op: 'stray', root: name, keys: [] });
  }

  /** A struct or delete range whose target cannot be determined (Yjs would park it in its pending queue). */
  touchUnresolved(): void {
    this.unresolved++;
  }

  private stray(path: KeyPath): void {
    if (!this.strays.has(path)) this.strays.set(path, { op: 'stray', root: path.root, keys: path.keys });
  }

  private text(place: KeyPath, type: YType | null, inserted: number, deleted: number): void {
    const current = type instanceof Y.Text ? type.length : 0;
    const tally = this.texts.get(place);
    if (tally) {
      tally.current = Math.max(tally.current, current);
      tally.inserted += inserted;
      tally.deleted += deleted;
    } else this.texts.set(place, { current, inserted, deleted });
  }

  /**
   * What the update does, and how much of it cannot be placed. Values the update's own delete set removes again
   * (written and deleted while offline) are no put: nobody will read them.
   */
  result(deletedInUpdate: ReadonlySet<Y.Item>): { changes: DocChange[]; unresolved: number } {
    const changes = [
      ...this.strays.values(),
      ...this.puts.filter(({ item }) => !deletedInUpdate.has(item)).map(({ change }) => change),
      ...this.removes.values(),
    ];
    for (const [place, { current, inserted, deleted }] of this.texts) {
      changes.push({
        op: 'text',
        root: place.root,
        keys: place.placeKeys,
        length: Math.max(0, current + inserted - deleted),
        inserted: Math.max(0, inserted),
        deleted,
      });
    }
    return { changes, unresolved: this.unresolved };
  }
}

/** A map entry's value is the last element of its content, as Y.Map#get reads it. */
function lastValue(content: Y.ContentAny): unknown {
  const values: unknown[] = content.getContent();
  return values[values.length - 1];
}

/** What a piece of Yjs content is, in the schema's terms. */
function writtenOf(content: ItemContent): Written {
  if (content instanceof Y.ContentAny) return { kind: 'value', value: lastValue(content) };
  if (content instanceof Y.ContentType) {
    const { type } = content;
    // XmlText is a subclass of Text, with attributes and embeds: not the plain text a note holds.
    if (type instanceof Y.XmlText) return { kind: 'other', what: 'xml-text' };
    if (type instanceof Y.Text) return { kind: 'text' };
    if (type instanceof Y.Map) return { kind: 'map' };
    return { kind: 'other', what: type.constructor.name };
  }
  return { kind: 'other', what: content.constructor.name };
}
