import * as Y from 'yjs';
import { clientUrl, newDevice, reserveClientIds } from './crowd';
import { type ClientEvents, LeanClient } from './lean-client';
import { fillNote } from './note-fields';
import { sleep, waitFor } from './pace';
import type { BoardTarget, Target } from './plan';
import { SyncType, syncFrame } from './wire';

const quiet: ClientEvents = { onSynced: () => undefined, onUpdate: () => undefined, onClosed: () => undefined };

/**
 * What a long-lived board holds: one small note from each of `clientIds` Yjs client ids. Every page load that writes
 * gets a new client id, and a document keeps every one it has seen; a week of a plenary's people reloading on the
 * venue Wi-Fi leaves thousands. Yjs builds a state vector over all of them twice per transaction, on the server and
 * in every client, so this is the cost a fresh board does not show.
 */
export function historyUpdate(firstClientId: number, clientIds: number, authorId: string): Uint8Array {
  const updates: Uint8Array[] = [];
  for (let i = 0; i < clientIds; i++) {
    const doc = new Y.Doc();
    doc.clientID = firstClientId + i;
    doc.transact(() => {
      const note = new Y.Map<unknown>();
      fillNote(note, { text: `earlier idea ${i}`, x: (i % 100) * 220, y: Math.floor(i / 100) * 220, authorId });
      doc.getMap('notes').set(`h${doc.clientID}`, note);
    });
    updates.push(Y.encodeStateAsUpdate(doc));
    doc.destroy();
  }
  return Y.mergeUpdates(updates);
}

/** The size of the state a new client of `board` is sent. */
async function stateBytesOf(target: Target, board: BoardTarget, clientId: number): Promise<number> {
  let bytes = 0;
  const probe = new LeanClient(
    clientId,
    clientUrl(target, board, 'participant', newDevice(board.docName).key),
    target.framing,
    board.docName,
    { ...quiet, onSynced: (_client, stateBytes) => (bytes = stateBytes) },
  );
  probe.connect();
  await waitFor(() => probe.synced, 10_000);
  probe.close();
  return bytes;
}

/**
 * Gives every board a history of `clientIds` client ids, sent by a facilitator who stays connected (a document with
 * nobody on it may be unloaded, and the peers without persistence would lose it), and waits until a new client is
 * sent all of it. Returns a function that disconnects the facilitators.
 */
export async function seedHistory(target: Target, clientIds: number): Promise<() => void> {
  const loaders: LeanClient[] = [];
  const leave = () => loaders.forEach((loader) => loader.close());
  try {
    for (const board of target.boards) {
      const ids = reserveClientIds(clientIds + 60);
      const device = newDevice(board.docName);
      const loader = new LeanClient(
        ids,
        clientUrl(target, board, 'facilitator', device.key),
        target.framing,
        board.docName,
        quiet,
      );
      loaders.push(loader);
      loader.connect();
      if (!(await waitFor(() => loader.synced, 10_000))) throw new Error('the history loader could not connect');
      const update = historyUpdate(ids + 60, clientIds, device.userId);
      loader.send(syncFrame(SyncType.update, update));
      for (let attempt = 1; ; attempt++) {
        await sleep(200);
        const bytes = await stateBytesOf(target, board, ids + attempt);
        if (bytes >= update.length * 0.9) break;
        if (attempt >= 50) throw new Error(`the board's history never arrived (${bytes} of ${update.length} bytes)`);
      }
    }
    return leave;
  } catch (error) {
    leave();
    throw error;
  }
}
