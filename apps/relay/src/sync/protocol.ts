import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Top-level y-websocket message types (first varint of every frame). */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
/** Sub-types of a sync message, as in y-protocols/sync. */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

/** A frame the relay could not decode; the message says what was wrong, never what the frame contained. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/** A decoded client frame. Decoding has no side effects, so a frame can be checked before anything is applied. */
export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

function readPayload(decoder: decoding.Decoder, what: string): Uint8Array {
  try {
    const payload = decoding.readVarUint8Array(decoder);
    // A payload length beyond the frame makes lib0 return a short view instead of throwing.
    if (decoder.pos > decoder.arr.length) throw new Error('truncated');
    return payload;
  } catch {
    throw new ProtocolError(`${what} payload is truncated or has an invalid length prefix`);
  }
}

function readType(decoder: decoding.Decoder, what: string): number {
  if (!decoding.hasContent(decoder)) throw new ProtocolError(`${what} is empty`);
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new ProtocolError(`${what} has a malformed varint`);
  }
}

/** Decodes one y-websocket frame from a client. Throws ProtocolError for anything malformed. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const messageType = readType(decoder, 'message');
  let message: ClientMessage;
  switch (messageType) {
    case MessageType.sync: {
      const syncType = readType(decoder, 'sync message');
      if (syncType === SyncType.step1)
        message = { type: 'sync-step-1', stateVector: readPayload(decoder, 'state vector') };
      else if (syncType === SyncType.step2)
        message = { type: 'sync-step-2', update: readPayload(decoder, 'sync step 2') };
      else if (syncType === SyncType.update) message = { type: 'update', update: readPayload(decoder, 'update') };
      else throw new ProtocolError(`unknown sync message type ${syncType}`);
      break;
    }
    case MessageType.awareness:
      message = { type: 'awareness', update: readPayload(decoder, 'awareness update') };
      break;
    case MessageType.queryAwareness:
      message = { type: 'query-awareness' };
      break;
    default:
      throw new ProtocolError(`unknown message type ${messageType}`);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError(`${message.type} message has trailing bytes`);
  return message;
}

/** Checks that a state vector decodes, so encoding a diff against it cannot throw halfway. */
export function checkStateVector(stateVector: Uint8Array): void {
  try {
    const decoder = decoding.createDecoder(stateVector);
    const entries = decoding.readVarUint(decoder);
    for (let i = 0; i < entries; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
    if (decoder.pos > stateVector.length || decoding.hasContent(decoder)) throw new Error('length mismatch');
  } catch {
    throw new ProtocolError('state vector is malformed');
  }
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** SyncStep1: "here is what I have" (a state vector); the peer answers with what it is missing. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.step1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

/** SyncStep2: the updates the peer was missing. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.step2);
    encoding.writeVarUint8Array(e, update);
  });
}

/** An incremental document update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncType.update);
    encoding.writeVarUint8Array(e, update);
  });
}

/** An awareness update (presence: cursors, names, selections). */
export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, awarenessUpdate);
  });
}

/**
 * An awareness update that names no client: a valid no-op. Sent to connections that heard nothing for a while,
 * because the stock client drops a connection after 30 s without a message and WebSocket pings do not count.
 */
export const KEEPALIVE_FRAME: Uint8Array = encodeAwareness(new Uint8Array([0]));
