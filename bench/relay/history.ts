import * as Y from 'yjs';
import { loadBoard } from './board-loader';
import { reserveClientIds } from './crowd';
import type { LeanClient } from './lean-client';
import { fillNote } from './note-fields';
import type { Target } from './plan';

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

/**
 * Gives every board a history of `clientIds` client ids, sent by a facilitator who stays connected, and waits until
 * a new client is sent all of it (see `loadBoard`). Returns a function that disconnects the facilitators.
 */
export async function seedHistory(target: Target, clientIds: number): Promise<() => void> {
  const loaders: LeanClient[] = [];
  const leave = () => loaders.forEach((loader) => loader.close());
  try {
    for (const board of target.boards) {
      // The loader, then the probes checking the board (up to 51), then the history's own client ids.
      const ids = reserveClientIds(clientIds + 60);
      const { loader } = await loadBoard(target, board, ids, (authorId) =>
        historyUpdate(ids + 60, clientIds, authorId),
      );
      loaders.push(loader);
    }
    return leave;
  } catch (error) {
    leave();
    throw error;
  }
}
