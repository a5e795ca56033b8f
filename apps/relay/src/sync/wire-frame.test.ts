import type { EventEmitter } from 'node:events';
import * as ws from 'ws';
import { describe, expect, it } from 'vitest';
import { binaryFrame, sharedBinaryFrame } from './wire-frame';

/** ws' own framing and parsing (exported by ws, though its type definitions leave them out). */
const { Sender, Receiver } = ws as unknown as {
  Sender: { frame(data: Buffer, options: Record<string, unknown>): Buffer[] };
  Receiver: new (options: { isServer: boolean; binaryType: string }) => EventEmitter & { write(chunk: Buffer): void };
};

/** What ws itself writes for a server's binary message: the reference encoding. */
function wsFrame(payload: Uint8Array): Buffer {
  const parts = Sender.frame(Buffer.from(payload), {
    fin: true,
    opcode: 2,
    mask: false,
    readOnly: false,
    rsv1: false,
  });
  return Buffer.concat(parts);
}

/** Each header size (7-bit, 16-bit and 64-bit lengths) and the edges between them. */
const LENGTHS = [0, 1, 125, 126, 127, 65_535, 65_536, 200_000];

const payloadOf = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);

describe('binaryFrame', () => {
  it.each(LENGTHS)('writes the same bytes as ws for a %i-byte payload', (length) => {
    const payload = payloadOf(length);
    expect(binaryFrame(payload).equals(wsFrame(payload))).toBe(true);
  });

  it('is read back by ws as the same binary message', async () => {
    const payload = payloadOf(70_000);
    const receiver = new Receiver({ isServer: false, binaryType: 'nodebuffer' });
    const received = new Promise<{ data: Buffer; isBinary: boolean }>((resolve) =>
      receiver.on('message', (data: Buffer, isBinary: boolean) => resolve({ data, isBinary })),
    );
    receiver.write(binaryFrame(payload));
    const message = await received;
    expect(message.isBinary).toBe(true);
    expect(Buffer.from(payload).equals(message.data)).toBe(true);
  });
});

describe('sharedBinaryFrame', () => {
  it('builds the frame once per payload, also when sends of other payloads come in between', () => {
    const first = payloadOf(10);
    const second = payloadOf(10);
    const frame = sharedBinaryFrame(first);
    expect(sharedBinaryFrame(first)).toBe(frame);
    const other = sharedBinaryFrame(second);
    expect(other).not.toBe(frame);
    expect(other.equals(frame)).toBe(true);
    expect(sharedBinaryFrame(first)).toBe(frame);
  });
});
