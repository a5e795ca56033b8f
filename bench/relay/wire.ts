import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Framing } from './plan';

/** y-websocket message types (first varint of a frame) and sync sub-types, as in y-protocols. */
export const MessageType = { sync: 0, awareness: 1, auth: 2 } as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

/** The state vector of an empty document: "send me everything". */
export const EMPTY_STATE_VECTOR = new Uint8Array([0]);
/** An update that contains nothing: the answer to a server's sync step 1 from a client with no local changes. */
export const EMPTY_UPDATE = new Uint8Array([0, 0]);

function build(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  return build((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, syncType);
    encoding.writeVarUint8Array(e, payload);
  });
}

/** One client's cursor as a y-protocols awareness update (one entry, JSON state), built without an Awareness. */
export function cursorFrame(clientId: number, clock: number, x: number, y: number): Uint8Array {
  return build((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, `{"cursor":{"x":${x},"y":${y}}}`);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(update));
  });
}

/** Hocuspocus' first frame for a document: an Auth message with a token (empty: the test server checks nothing). */
export function hocuspocusAuthFrame(): Uint8Array {
  return build((e) => {
    encoding.writeVarUint(e, MessageType.auth);
    encoding.writeVarUint(e, 0); // AuthMessageType.Token
    encoding.writeVarString(e, '');
  });
}

/** Wraps frames for one framing; Hocuspocus multiplexes documents over a socket by prefixing each frame. */
export class FrameCodec {
  private readonly prefix: Uint8Array;

  constructor(framing: Framing, docName: string) {
    this.prefix = framing === 'hocuspocus' ? build((e) => encoding.writeVarString(e, docName)) : new Uint8Array(0);
  }

  wrap(frame: Uint8Array): Uint8Array {
    if (this.prefix.length === 0) return frame;
    const wrapped = new Uint8Array(this.prefix.length + frame.length);
    wrapped.set(this.prefix, 0);
    wrapped.set(frame, this.prefix.length);
    return wrapped;
  }

  /** A decoder positioned after the prefix (all frames of one socket carry the same document name). */
  open(data: Uint8Array): decoding.Decoder {
    const decoder = decoding.createDecoder(data);
    decoder.pos = this.prefix.length;
    return decoder;
  }
}
