import * as Y from 'yjs';
import { openLinkSocket } from './link-socket';
import {
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../../apps/relay/src/sync/protocol';

/**
 * An honest client without a browser: a bare WebSocket speaking the y-websocket protocol (the relay's own encoders),
 * joined with a real board link, that first receives the whole board and then sends its edits as updates on top of
 * it, as the stock client does. Tests use it to do what the UI under test does not offer, e.g. a facilitator setting
 * the session through the board package's operations, so the edit is exactly what a client would send.
 */
export interface SyncedClient {
  /** The user id the relay binds this connection to (on a named board, the author id of its notes). */
  userId: string;
  /** The board as this client has it (kept in sync with what the relay relays). */
  doc: Y.Doc;
  /** Runs `edit` on the board and sends the change it made. */
  change(edit: (doc: Y.Doc) => void): void;
  close(): void;
}

/** Joins a board from an absolute link (`…/b/<id>#k=<token>`) as a new device and waits for the whole board. */
export async function joinSynced(link: string, timeoutMs = 10_000): Promise<SyncedClient> {
  const { socket, boardId, userId } = openLinkSocket(link);
  const doc = new Y.Doc();
  const remote = Symbol('relay');
  let synced!: () => void;
  const whole = new Promise<void>((resolve) => (synced = resolve));
  socket.on('message', (data: Buffer) => {
    let message;
    try {
      message = decodeClientMessage(new Uint8Array(data));
    } catch {
      return; // not a sync message this client needs (e.g. a keep-alive it cannot read)
    }
    if (message.type === 'sync-step-1') {
      socket.send(encodeSyncStep2(Y.encodeStateAsUpdate(doc, message.stateVector)));
    } else if (message.type === 'sync-step-2' || message.type === 'update') {
      Y.applyUpdate(doc, message.update, remote);
      if (message.type === 'sync-step-2') synced();
    }
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== remote) socket.send(encodeUpdate(update));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(encodeSyncStep1(Y.encodeStateVector(doc)));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    whole,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the relay did not send board ${boardId} within ${timeoutMs} ms`)),
        timeoutMs,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  return {
    userId,
    doc,
    change: (edit) => edit(doc),
    close: () => socket.close(),
  };
}
