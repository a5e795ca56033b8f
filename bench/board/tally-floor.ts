import * as Y from 'yjs';
import { NOTE_KEYS, notesMap, votesMap } from '@notevote/board';

/**
 * The least any full tally of a document must do: visit every note and every dot item of the loaded Y.Doc and read
 * the fields a tally needs (a note's id, createdAt and clusterId; a voter's id; a dot's noteId and round). Nothing is
 * validated, counted or looked up, so the time of this walk is a floor under computeTally, set by Yjs's layout
 * (one Item object per entry, one nested Y.Map per note and per voter) rather than by the tally's own code.
 * Reads items straight from `_map`, as packages/board's doc/map-items.ts does: the cheapest published way in.
 * Returns a number derived from what it read, so the engine cannot skip the reads.
 */
export function walkTallyFields(doc: Y.Doc): number {
  return walkNoteFields(doc) + walkDotFields(doc);
}

/** The floor's first half: every note item, with the fields a tally reads of it (what readNoteTable must walk). */
export function walkNoteFields(doc: Y.Doc): number {
  let seen = 0;
  for (const item of notesMap(doc)._map.values()) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const note = item.content.type as Y.Map<unknown>;
    seen += item.parentSub!.length;
    if (typeof fieldOf(note, NOTE_KEYS.createdAt) === 'number') seen++;
    if (typeof fieldOf(note, NOTE_KEYS.clusterId) === 'string') seen++;
  }
  return seen;
}

/** The floor's second half: every voter's and dot's item, with the fields a tally reads (what countDots must walk). */
export function walkDotFields(doc: Y.Doc): number {
  let seen = 0;
  for (const voterItem of votesMap(doc)._map.values()) {
    if (voterItem.deleted || !(voterItem.content instanceof Y.ContentType)) continue;
    const dots = voterItem.content.type as Y.Map<unknown>;
    seen += voterItem.parentSub!.length;
    for (const item of dots._map.values()) {
      if (item.deleted) continue;
      const dot = item.content.getContent()[item.length - 1] as { noteId?: unknown; round?: unknown };
      if (typeof dot.noteId === 'string') seen++;
      if (dot.round === undefined) seen++;
    }
  }
  return seen;
}

/** A live field of a nested map, read from its item (what `map.get(key)` does, minus its checks). */
function fieldOf(map: Y.Map<unknown>, key: string): unknown {
  const item = map._map.get(key);
  return item === undefined || item.deleted ? undefined : item.content.getContent()[item.length - 1];
}
