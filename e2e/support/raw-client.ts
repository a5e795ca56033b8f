import * as Y from 'yjs';
import { openLinkSocket } from './link-socket';
import { createNote } from '../../packages/board/src/doc/notes';
import { peopleMap } from '../../packages/board/src/doc/access';
import { encodeAwarenessEntries } from '../../apps/relay/src/sync/awareness-codec';
import { encodeAwareness, encodeUpdate } from '../../apps/relay/src/sync/protocol';

/**
 * A hostile client on the venue Wi-Fi: a bare WebSocket speaking the y-websocket protocol by hand, joined with a
 * real board link, so it can send what no honest client would. The encoders are the relay's own, so frames are
 * exactly what the protocol allows; what they carry is up to the test.
 */
export interface RawClient {
  /** The user id the relay binds this connection to (derived from its device key and the board, as the relay does). */
  userId: string;
  /** Publishes one awareness state under this client's awareness id; each call advances its clock. */
  sendPresence(state: unknown): void;
  /** Writes `people[<own id>] = value`: its own entry, which a participant may write, with any value. */
  sendPersonEntry(value: unknown): void;
  /** Creates a note authored by this client (a well-formed write, used to know earlier frames went through). */
  sendNote(text: string): void;
  /** Resolves with the close code once the relay (or anyone) closes the socket. */
  closed: Promise<number>;
  close(): void;
}

/** Joins a board from an absolute link (`…/b/<id>#k=<token>`) as a new device, credentials in the header. */
export async function joinRaw(link: string): Promise<RawClient> {
  const { socket, userId } = openLinkSocket(link);
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  // One Yjs document for everything this client writes, so its updates build on each other like a real client's.
  const doc = new Y.Doc();
  const awarenessId = doc.clientID;
  let clock = 0;
  const sendDocChange = (change: () => void) => {
    const before = Y.encodeStateVector(doc);
    change();
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc, before)));
  };
  return {
    userId,
    sendPresence: (state) =>
      socket.send(encodeAwareness(encodeAwarenessEntries([{ clientId: awarenessId, clock: ++clock, state }]))),
    sendPersonEntry: (value) => sendDocChange(() => (peopleMap(doc) as Y.Map<unknown>).set(userId, value)),
    sendNote: (text) => sendDocChange(() => createNote(doc, { x: 0, y: 600, text }, { authorId: userId })),
    closed,
    close: () => socket.close(),
  };
}
