import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { credentialSubprotocols } from '../../packages/board/src/schema/subprotocol';
import {
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '../../apps/relay/src/sync/protocol';

/**
 * An honest Yjs client for a test to act through where the UI has no control yet (e.g. moving a round through its
 * phases): it joins with a real board link, syncs the board like the stock client (step 1, step 2, then updates
 * both ways) and sends every local change to the relay. Its `doc` is the board as the relay serves it.
 */
export interface SyncedClient {
  doc: Y.Doc;
  close(): void;
}

const FROM_RELAY = Symbol('from the relay');

/** Joins a board from an absolute link (`…/b/<id>#k=<token>`) as a new device and resolves once synced. */
export async function joinSynced(link: string): Promise<SyncedClient> {
  const url = new URL(link);
  const boardId = url.pathname.replace(/^\/b\//, '');
  const token = new URLSearchParams(url.hash.slice(1)).get('k');
  if (!token) throw new Error(`not a board link: ${link}`);
  const key = randomBytes(32).toString('base64url');
  const socket = new WebSocket(
    `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}/ws/${boardId}`,
    credentialSubprotocols({ token, key }),
  );
  socket.binaryType = 'nodebuffer';
  const doc = new Y.Doc();
  const synced = new Promise<void>((resolve, reject) => {
    socket.on('message', (data: Buffer) => {
      const message = decodeClientMessage(new Uint8Array(data));
      if (message.type === 'sync-step-1') {
        socket.send(encodeSyncStep2(Y.encodeStateAsUpdate(doc, message.stateVector)));
      } else if (message.type === 'sync-step-2' || message.type === 'update') {
        Y.applyUpdate(doc, message.update, FROM_RELAY);
        if (message.type === 'sync-step-2') resolve();
      }
    });
    socket.once('open', () => socket.send(encodeSyncStep1(Y.encodeStateVector(doc))));
    socket.once('error', reject);
    socket.once('close', (code, reason) => reject(new Error(`the relay closed the connection: ${code} ${reason}`)));
  });
  await synced;
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_RELAY && socket.readyState === WebSocket.OPEN) socket.send(encodeUpdate(update));
  });
  return { doc, close: () => socket.close() };
}
