import type WebSocket from 'ws';
import * as Y from 'yjs';
import { notesMap, readSecrecySummary, votesMap, type SecrecySummary } from '@notevote/board';
import { decodeAwareness } from '../src/sync/awareness-codec';
import { decodeClientMessage, encodeSyncStep1 } from '../src/sync/protocol';
import { boardUrl, rawSocket, type Access } from './helpers';

/**
 * A raw client that records every byte the relay sends it and decodes each frame: document updates into a shadow
 * Y.Doc, presence as the entries it arrived as (client id and state). What it never receives, it cannot leak.
 */
export class Recorder {
  readonly bytes: Uint8Array[] = [];
  readonly shadow = new Y.Doc();
  readonly presence: Array<{ clientId: number; state: unknown }> = [];

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const frame = new Uint8Array(data);
      this.bytes.push(frame);
      const message = decodeClientMessage(frame);
      if (message.type === 'sync-step-2' || message.type === 'update') Y.applyUpdate(this.shadow, message.update);
      if (message.type === 'awareness') for (const entry of decodeAwareness(message.update)) this.presence.push(entry);
    });
    socket.send(encodeSyncStep1(Y.encodeStateVector(this.shadow)));
  }

  /** True when `text` appears anywhere in what was received, in UTF-8 (as Yjs encodes strings). */
  received(text: string): boolean {
    return Buffer.concat(this.bytes).includes(Buffer.from(text, 'utf8'));
  }

  /** The relay's latest secrecy counts among the presence received. */
  latestSummary(): SecrecySummary | 'withheld' | null {
    return readSecrecySummary(this.presence.map(({ state }) => state).reverse());
  }

  /** The Yjs client id that wrote each note's map (what every struct carries). */
  noteWriters(): Map<string, number> {
    return new Map([...notesMap(this.shadow)._map].map(([id, item]) => [id, item.id.client]));
  }

  /** The Yjs client id that wrote each dot. */
  dotWriters(): number[] {
    const writers: number[] = [];
    for (const ballot of votesMap(this.shadow).values()) {
      for (const item of (ballot as unknown as Y.Map<unknown>)._map.values()) writers.push(item.id.client);
    }
    return writers;
  }
}

/** Connects a recorder to a board with `access`; `cleanups` closes it after the test. */
export async function record(
  wsUrl: string,
  boardId: string,
  access: Access,
  cleanups: Array<() => unknown>,
): Promise<Recorder> {
  const socket = await rawSocket(boardUrl(wsUrl, boardId, access));
  cleanups.push(() => socket.terminate());
  return new Recorder(socket);
}
