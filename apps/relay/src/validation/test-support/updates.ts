import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { UpdateScope } from '../types';

/** A server doc and a client doc holding the same state, as after a y-websocket sync. */
export function syncedPair(setup?: (doc: Y.Doc) => void): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  setup?.(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server), 'sync');
  return { server, client };
}

/** Another replica of `doc` (its own client id), as a second device or a hostile client would hold it. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc), 'sync');
  return replica;
}

/** The updates `doc` emits while `fn` runs (one per transaction), as y-websocket would send them. */
export function updatesOf(doc: Y.Doc, fn: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array, origin: unknown) => {
    if (origin !== 'sync') updates.push(update);
  };
  doc.on('update', listener);
  try {
    fn();
  } finally {
    doc.off('update', listener);
  }
  return updates;
}

/** The single update `fn` produces on `doc` (fails when it produces none or several). */
export function updateOf(doc: Y.Doc, fn: () => void): Uint8Array {
  const updates = updatesOf(doc, fn);
  if (updates.length !== 1) throw new Error(`expected one update, got ${updates.length}`);
  return updates[0]!;
}

/** Structs and delete ranges of a crafted update. */
export interface CraftedUpdate {
  structs: Array<Y.Item | Y.GC | Y.Skip>;
  deletes?: Array<{ client: number; clock: number; len: number }>;
}

/**
 * Encodes structs (grouped per client in the order first met, each group written as one block) and a delete set as
 * a v1 update, the way Yjs' own encoder lays it out. Lets tests drop a delete set or rewrite origins and parents.
 */
export function encodeCrafted({ structs, deletes = [] }: CraftedUpdate): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const blocks = new Map<number, Array<Y.Item | Y.GC | Y.Skip>>();
  for (const struct of structs) {
    const block = blocks.get(struct.id.client) ?? [];
    block.push(struct);
    blocks.set(struct.id.client, block);
  }
  encoding.writeVarUint(encoder.restEncoder, blocks.size);
  for (const [client, block] of blocks) {
    encoding.writeVarUint(encoder.restEncoder, block.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, block[0]!.id.clock);
    for (const struct of block) struct.write(encoder, 0);
  }
  const byClient = new Map<number, Array<{ clock: number; len: number }>>();
  for (const { client, clock, len } of deletes) byClient.set(client, [...(byClient.get(client) ?? []), { clock, len }]);
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const range of ranges) {
      encoder.writeDsClock(range.clock);
      encoder.writeDsLen(range.len);
    }
  }
  return encoder.toUint8Array();
}

/** `update` with its delete set dropped, as a client that "forgets" its deletions would send it. */
export function withoutDeleteSet(update: Uint8Array): Uint8Array {
  return encodeCrafted({ structs: Y.decodeUpdate(update).structs });
}

/**
 * The changes as sorted, deduplicated lines like `insert notes/n1/text`: `insert` for a value put or characters
 * typed, `delete` for a value removed or characters deleted, `stray root/keys` for content with no place.
 */
export function touchedLines(scope: UpdateScope): string[] {
  const lines = new Set<string>();
  for (const change of scope.changes) {
    const path = [change.root, ...change.keys.map((key) => key ?? '*')].join('/');
    if (change.op === 'put') lines.add(`insert ${path}`);
    else if (change.op === 'remove') lines.add(`delete ${path}`);
    else if (change.op === 'stray') lines.add(`stray ${path}`);
    else {
      if (change.inserted > 0) lines.add(`insert ${path}`);
      if (change.deleted > 0) lines.add(`delete ${path}`);
    }
  }
  return [...lines].sort();
}
