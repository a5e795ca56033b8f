import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RefusalCode } from '@notevote/board';
import type { Role } from '../auth/capabilities';
import type { Channel } from '../rooms/member';

/*
 * What relay instances tell each other (cluster/). A client's frames travel from the instance it reached (its
 * gateway) to the instance that holds its board (the owner) and back, so one room judges, orders and stores every
 * update of a board, whichever instance each client reached.
 */

/** Gateway → owner: a client wants into the board (as admitted by its gateway). */
export interface JoinMessage {
  kind: 'join';
  board: string;
  /** The client's id across the cluster: `<gateway instance>/<connection id>`. */
  conn: string;
  role: Role;
  epoch: number;
  channel: Channel;
  deviceKey: string | null;
  owner: string | null;
}

export type BusMessage =
  | JoinMessage
  /** Gateway → owner: frames clients sent (`frames[i]` from `conns[i]`), in order. */
  | { kind: 'frames'; conns: string[]; frames: Uint8Array[] }
  /** Gateway → owner: the client left. */
  | { kind: 'leave'; conn: string }
  /** Owner → gateway: frames for clients (`frames[i]` to `conns[i]`), in order. */
  | { kind: 'deliver'; conns: string[]; frames: Uint8Array[] }
  /** Owner → gateway: close this client (a refusal, a replaced link, the owner stepping down). */
  | { kind: 'close'; conn: string; code: number; reason: RefusalCode }
  /** Broadcast: close the connections of `role` admitted with an older link than `current`. */
  | { kind: 'close-replaced'; board: string; role: Role; current: number }
  /** Broadcast: the board was erased; close everything of it. */
  | { kind: 'erased'; board: string }
  /**
   * An instance that served a board until another took it → that one: the board as the old room had it (`frames[0]`,
   * one update), so nothing it accepted is missing in the new room when its clients reconnect there.
   */
  | { kind: 'hand-over'; board: string; frames: [Uint8Array] }
  /** A request to the instance holding a board, and its answer. */
  | { kind: 'request'; id: string; board: string; method: RequestMethod; args: Record<string, unknown> }
  | { kind: 'reply'; id: string; ok: boolean; result?: unknown; error?: string };

export type RequestMethod = 'init-board' | 'set-anonymity' | 'erase' | 'board-status';

/**
 * Encodes a message as one binary value: its JSON (without frames), then each frame as length-prefixed bytes, so
 * document updates travel as they are, never as base64.
 */
export function encodeMessage(message: BusMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  const frames = 'frames' in message ? message.frames : [];
  const head = 'frames' in message ? { ...message, frames: frames.length } : message;
  encoding.writeVarString(encoder, JSON.stringify(head));
  for (const frame of frames) encoding.writeVarUint8Array(encoder, frame);
  return encoding.toUint8Array(encoder);
}

/** Decodes `encodeMessage`'s output; throws on anything else (instances run the same code: that is a bug). */
export function decodeMessage(bytes: Uint8Array): BusMessage {
  const decoder = decoding.createDecoder(bytes);
  const head = JSON.parse(decoding.readVarString(decoder)) as BusMessage & { frames?: number };
  if (typeof head.frames === 'number') {
    const frames: Uint8Array[] = [];
    for (let i = 0; i < head.frames; i++) frames.push(decoding.readVarUint8Array(decoder));
    return { ...head, frames } as BusMessage;
  }
  return head;
}
