import * as Y from 'yjs';

/**
 * Which of `updates` a snapshot already holds, by index. Compaction with several relay instances cannot assume its
 * snapshot holds every row in the log: another instance may have stored an update this one has not received yet.
 * So an update counts as held only if applying it to the snapshot would change nothing (no new item, no new deletion,
 * nothing left waiting for a missing dependency); the others stay in the log beside the snapshot.
 *
 * Rows are not applied to find that out. Applying one costs a Yjs transaction, and each transaction walks every
 * client id the document has ever seen (two state vectors): on a board in use for a week, with thousands of client
 * ids and thousands of rows, that held the relay's main thread for half a second per compaction. Instead each row is
 * compared with the document's state vector and delete set: a row changes nothing exactly when every struct it
 * carries is already in the document and every range it deletes is already deleted there.
 */
export function updatesHeldBy(snapshot: Uint8Array, updates: readonly Uint8Array[]): Set<number> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot);
  let contents: Contents | null = null;
  const held = new Set<number>();
  updates.forEach((update, index) => {
    // While something waits for a missing dependency, any row may be the one that releases it: none counts as held.
    if (!hasPending(doc)) {
      contents ??= contentsOf(doc);
      if (holds(contents, Y.decodeUpdate(update))) {
        held.add(index);
        return;
      }
    }
    // A row kept in the log is applied too: later rows it covers are then rightly counted as held, since the
    // snapshot together with the kept rows still holds them. Kept rows are few (those another instance stored and
    // this one has not received yet), so looking at the whole document again afterwards is cheap enough.
    Y.applyUpdate(doc, update);
    contents = null;
  });
  doc.destroy();
  return held;
}

/** What a document holds, in the terms an update is written in: how far each client's structs go, what is deleted. */
interface Contents {
  readonly stateVector: Map<number, number>;
  /** Per client, the deleted clock ranges in clock order, adjacent ranges merged. */
  readonly deleted: Map<number, readonly { clock: number; len: number }[]>;
}

function contentsOf(doc: Y.Doc): Contents {
  const { sv, ds } = Y.snapshot(doc);
  return { stateVector: sv, deleted: ds.clients };
}

function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** True if applying `update` to a document with these contents would add no struct and delete nothing new. */
function holds(contents: Contents, update: ReturnType<typeof Y.decodeUpdate>): boolean {
  for (const struct of update.structs) {
    // A skip stands for structs the update does not carry: applying it adds nothing there.
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > (contents.stateVector.get(struct.id.client) ?? 0)) return false;
  }
  for (const [client, ranges] of update.ds.clients) {
    const deleted = contents.deleted.get(client);
    for (const range of ranges) {
      if (range.len > 0 && !(deleted && covers(deleted, range.clock, range.clock + range.len))) return false;
    }
  }
  return true;
}

/** True if [start, end) lies inside one of `ranges` (sorted, merged, so a covered range lies inside exactly one). */
function covers(ranges: readonly { clock: number; len: number }[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const range = ranges[middle]!;
    if (start < range.clock) high = middle - 1;
    else if (start >= range.clock + range.len) low = middle + 1;
    else return end <= range.clock + range.len;
  }
  return false;
}
