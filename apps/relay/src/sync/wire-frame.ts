/** RFC 6455 §5.2: FIN set, opcode 2 (binary). A server's frames are never masked. */
const FIN_BINARY = 0x82;

/**
 * One binary WebSocket frame as a server sends it: header and payload in one buffer, so a socket writes it with
 * one `write` (ws' own `send` builds a header per socket and writes header and payload with a corked `writev`).
 */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.length;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = FIN_BINARY;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    // Payloads are bounded by MAX_MESSAGE_BYTES and MAX_DOC_BYTES (≤ 1 GiB): the high 32 bits are always zero.
    frame.writeUInt32BE(0, 2);
    frame.writeUInt32BE(length, 6);
  }
  frame.set(payload, headerLength);
  return frame;
}

/** Frames built for payloads still in use; a payload's frame goes with it. */
const framesOf = new WeakMap<Uint8Array, Buffer>();

/**
 * The wire frame of `payload`, built once however many sockets it goes to: a broadcast hands the same bytes to every
 * connection (a plenary: a thousand sockets per update), interleaved with messages made for one receiver (presence
 * leaves each sender's own states out of its copy), so all but the first send of a payload reuse one buffer.
 * Keyed by identity, which is sound because the relay never changes a payload's bytes once it has sent them.
 */
export function sharedBinaryFrame(payload: Uint8Array): Buffer {
  let frame = framesOf.get(payload);
  if (frame === undefined) {
    frame = binaryFrame(payload);
    framesOf.set(payload, frame);
  }
  return frame;
}
