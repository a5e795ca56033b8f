import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ProtocolError } from './protocol';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One entry of an awareness update: a client's presence state (null: the client left). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/**
 * Decodes an awareness update (y-protocols format) without applying it. Entries whose state is larger than
 * `maxStateBytes` are left out: presence is a name, a colour, a cursor and a selection, not a payload channel.
 * (What a state may hold is checked by `sanitizePresence` in @notevote/board.)
 */
export function decodeAwareness(update: Uint8Array, maxStateBytes = Infinity): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      // Measured in bytes as sent (UTF-8), so multibyte text cannot stretch the limit.
      const json = decoding.readVarUint8Array(decoder);
      if (json.length > maxStateBytes) continue;
      const state: unknown = JSON.parse(utf8.decode(json));
      entries.push({ clientId, clock, state });
    }
    if (decoder.pos > update.length || decoding.hasContent(decoder)) throw new Error('length mismatch');
    return entries;
  } catch {
    throw new ProtocolError('awareness update is malformed');
  }
}

/** Encodes entries back into an awareness update. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * One client's entry of an awareness update, encoded once so it can go into many updates: a turn's presence goes to
 * everyone, and each sender gets it without its own states (see `Presence`), so encoding whole updates per sender
 * would stringify the same states again and again.
 */
export function encodeAwarenessEntry(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}

/** An awareness update made of entries from `encodeAwarenessEntry`, in the y-protocols format. */
export function joinAwarenessEntries(entries: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) encoding.writeUint8Array(encoder, entry);
  return encoding.toUint8Array(encoder);
}
