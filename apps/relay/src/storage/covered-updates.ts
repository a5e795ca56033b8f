import * as Y from 'yjs';

/**
 * Which of `updates` a snapshot already holds, by index. Compaction with several relay instances cannot assume its
 * snapshot holds every row in the log: another instance may have stored an update this one has not received yet.
 * So an update counts as held only if applying it to the snapshot changes nothing (no new item, no new deletion,
 * nothing left waiting for a missing dependency); the others stay in the log beside the snapshot.
 */
export function updatesHeldBy(snapshot: Uint8Array, updates: readonly Uint8Array[]): Set<number> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot);
  let changed = false;
  doc.on('update', () => (changed = true));
  const held = new Set<number>();
  updates.forEach((update, index) => {
    changed = false;
    Y.applyUpdate(doc, update);
    // An update kept in the log is applied to `doc` too: later rows it covers are then rightly counted as held,
    // since the snapshot together with the kept rows still holds them.
    if (!changed && doc.store.pendingStructs === null && doc.store.pendingDs === null) held.add(index);
  });
  doc.destroy();
  return held;
}
