/**
 * Seeded generator of hostile y-websocket frames for the relay fuzz test (fuzz.test.ts). Everything is derived from
 * one seed with lib0/prng (Yjs client ids and note/vote ids included), so a failing run is reproduced by running it
 * again with the seed it printed (FUZZ_SEED=<seed>). Only the honest clients' edits are not seeded: they are not
 * part of the input, they are what the fuzz must not disturb.
 *
 * Frames are packed into a few large buffers (one view per frame) so that the pre-generated corpus costs the
 * garbage collector little while the test measures the relay's event-loop delay.
 */
import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import {
  createNote,
  deleteNote,
  editNoteText,
  metaMap,
  moveNote,
  notesMap,
  peopleMap,
  recolorNote,
  sessionMap,
  setNoteCluster,
  setPerson,
  setTitle,
  updateSession,
  voterVotes,
  votesMap,
  type Vote,
} from '@notevote/board';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../src/sync/protocol';
import { encodeAwarenessEntries, type AwarenessEntry } from '../src/sync/awareness-codec';

export const FRAME_KINDS = [
  /** Random bytes of random length (0..2 KB). */
  'random-bytes',
  /** A varint whose continuation bit never ends (message type, sync type or length prefix), or one too large. */
  'truncated-varint',
  /** An unknown message type or sync sub-type (with random trailing bytes), or a known type with trailing bytes. */
  'wrong-type',
  /** A valid message type (sync step 1/2, update, awareness) whose length-prefixed payload is garbage. */
  'garbage-payload',
  /** A payload length prefix that points beyond the end of the frame. */
  'length-beyond',
  /** A valid Yjs update from the board operations with bytes flipped, truncated, inserted, deleted or duplicated. */
  'mutated-update',
  /** A valid update from a doc whose earlier updates were never sent, so its dependencies never arrive. */
  'missing-deps',
  /** A valid update the sender's role may not make (settings, another voter's votes, other roots, projector writes). */
  'forbidden-update',
  /** Presence states up to the relay's size limit (allowed), own or foreign user ids, removals of foreign clients. */
  'awareness-large',
  /** Presence states beyond the relay's size limit (up to ~1.5 MB per frame): dropped by the relay. */
  'awareness-oversized',
  /** SyncStep1 with a random state vector: well-formed with random clients and clocks, truncated, or garbage. */
  'random-state-vector',
  /** A text (not binary) WebSocket frame. */
  'text-frame',
] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];
export type FuzzRole = 'participant' | 'facilitator' | 'projector';

/** The mix of frames a participant or projector lane sends. */
const LANE_WEIGHTS: Record<FrameKind, number> = {
  'random-bytes': 12,
  'truncated-varint': 9,
  'wrong-type': 9,
  'garbage-payload': 13,
  'length-beyond': 8,
  'mutated-update': 16,
  'missing-deps': 8,
  'forbidden-update': 10,
  'awareness-large': 5,
  'awareness-oversized': 0.06,
  'random-state-vector': 3,
  'text-frame': 3,
};

/** Relative frequency of each kind per role (0: never sent by that role). */
const WEIGHTS: Record<FuzzRole, Record<FrameKind, number>> = {
  participant: LANE_WEIGHTS,
  // A projector may change nothing, so it gets the same mix as a participant: every update it sends must be refused.
  projector: LANE_WEIGHTS,
  // The facilitator may change anything inside the schema, so a mutated update that still decodes would be an
  // allowed edit (it could delete honest notes): its mutated updates are only ones Yjs cannot decode, and its
  // forbidden updates write outside the schema. Like everyone's, its dependency-missing updates must be refused.
  facilitator: {
    'random-bytes': 12,
    'truncated-varint': 9,
    'wrong-type': 9,
    'garbage-payload': 13,
    'length-beyond': 8,
    'mutated-update': 14,
    'missing-deps': 8,
    'forbidden-update': 6,
    'awareness-large': 5,
    'awareness-oversized': 0.06,
    'random-state-vector': 3,
    'text-frame': 3,
  },
};

/** What the generator needs to know about the board and the relay. */
export interface FuzzContext {
  seed: number;
  /** The relay's document when the frames are generated: honest notes, votes, session and meta to target. */
  snapshot: Uint8Array;
  /** User ids of the honest clients (their votes and people entries are what forbidden updates go after). */
  honestUserIds: readonly string[];
  /** Largest presence state the relay keeps (JSON characters). */
  maxAwarenessBytes: number;
  /** Largest WebSocket message the relay accepts (bytes); larger ones make ws close the connection with 1009. */
  maxMessageBytes: number;
  /** Kinds not to generate (for narrowing down a failure). */
  exclude?: readonly FrameKind[];
}

/** The frames one fuzz lane (a succession of connections in one role) sends, in order. */
export interface LanePlan {
  name: string;
  role: FuzzRole;
  userId: string | null;
  frames: Uint8Array[];
  /** Index into FRAME_KINDS per frame. */
  kinds: Uint8Array;
  /** 1 for frames sent as text. */
  text: Uint8Array;
}

/** Packs many small frames into large shared buffers (views), so the corpus is a handful of allocations. */
class Packer {
  private chunk = new Uint8Array(4 * 1024 * 1024);
  private used = 0;

  add(bytes: Uint8Array): Uint8Array {
    if (bytes.length > 256 * 1024) return bytes;
    if (this.used + bytes.length > this.chunk.length) {
      this.chunk = new Uint8Array(4 * 1024 * 1024);
      this.used = 0;
    }
    const view = this.chunk.subarray(this.used, this.used + bytes.length);
    view.set(bytes);
    this.used += bytes.length;
    return view;
  }
}

const frame = (write: (e: encoding.Encoder) => void): Uint8Array => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

type Gen = prng.PRNG;
const int = (g: Gen, min: number, max: number): number => prng.uint53(g, min, max);
const chance = (g: Gen, p: number): boolean => prng.real53(g) < p;
const pick = <T>(g: Gen, items: readonly T[]): T => items[int(g, 0, items.length - 1)]!;
const bytes = (g: Gen, length: number): Uint8Array => prng.uint8Array(g, length);
/** Lengths skewed toward small values (most interesting bugs sit near boundaries), up to `max`. */
const skewedLength = (g: Gen, max: number): number =>
  chance(g, 0.5) ? int(g, 0, Math.min(max, 64)) : Math.floor(Math.exp(prng.real53(g) * Math.log(max + 1))) - 1;
/** Varint values near encoding boundaries, small values, and huge ones. */
const interestingUint = (g: Gen): number =>
  pick(g, [
    () => int(g, 0, 10),
    () => pick(g, [127, 128, 255, 256, 16_383, 16_384, 2 ** 21 - 1, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32]),
    () => int(g, 0, 2 ** 32 - 1),
    () => Number.MAX_SAFE_INTEGER - int(g, 0, 1000),
  ])();

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const randomId = (g: Gen, length = 16): string => {
  let id = '';
  for (let i = 0; i < length; i++) id += ID_CHARS[int(g, 0, 63)];
  return id;
};
/** Text with ASCII, accents, CJK, emoji and control characters (never a lone surrogate: frames stay valid UTF-8). */
const randomText = (g: Gen, maxLength: number): string => {
  const length = skewedLength(g, maxLength);
  let text = '';
  while (text.length < length) {
    text += pick(g, [
      () => String.fromCharCode(int(g, 32, 126)),
      () => String.fromCharCode(int(g, 0, 31)),
      () => String.fromCharCode(int(g, 0xa0, 0x2fff)),
      () => String.fromCharCode(int(g, 0x4e00, 0x9fff)),
      () => String.fromCodePoint(int(g, 0x1f300, 0x1faff)),
      () => pick(g, ['"', '\\', '{', '}', '\u2028', '\uffff', '\ufeff']),
    ])();
  }
  return text;
};

/** Per-run state of the generator: unique Yjs client ids across all lanes. */
export class FuzzGenerator {
  private readonly usedClients = new Set<number>();
  private readonly oversized: Uint8Array[] = [];
  private readonly snapshotClients: number[];
  private readonly honestVotes: Array<{ voterId: string; voteId: string }> = [];
  private readonly honestNotes: string[];

  constructor(private readonly ctx: FuzzContext) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, ctx.snapshot);
    this.snapshotClients = [...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()];
    for (const voterId of ctx.honestUserIds) {
      for (const voteId of voterVotes(doc, voterId)?.keys() ?? []) this.honestVotes.push({ voterId, voteId });
    }
    this.honestNotes = [...notesMap(doc).keys()];
    // Oversized presence is dropped by the relay whoever sends it, so a few big frames are shared by all lanes.
    const g = prng.create(ctx.seed ^ 0x5eed);
    for (let i = 0; i < 10; i++) {
      const size = i === 0 ? 1_500_000 : Math.floor(ctx.maxAwarenessBytes * Math.exp(prng.real53(g) * Math.log(64)));
      let oversized = this.awarenessFrame(g, [this.paddedState(g, null, size + 1)]);
      // Multi-byte padding can push the frame past the message limit, which ws enforces before the relay sees it.
      while (oversized.length > ctx.maxMessageBytes - 1024) {
        oversized = this.awarenessFrame(g, [this.paddedState(g, null, size + 1, 'x')]);
      }
      this.oversized.push(oversized);
    }
  }

  /** A fresh Yjs doc with a seeded, unique client id; a replica of the board when `replica` is set. */
  private doc(g: Gen, replica: boolean): Y.Doc {
    const doc = new Y.Doc();
    let client = int(g, 1, 2 ** 32 - 1);
    while (this.usedClients.has(client)) client = int(g, 1, 2 ** 32 - 1);
    this.usedClients.add(client);
    doc.clientID = client;
    if (replica) Y.applyUpdate(doc, this.ctx.snapshot, 'snapshot');
    return doc;
  }

  /** The updates `doc` emits while `fn` runs, one per transaction. */
  private updates(doc: Y.Doc, fn: () => void): Uint8Array[] {
    const out: Uint8Array[] = [];
    const listener = (update: Uint8Array, origin: unknown) => {
      if (origin !== 'snapshot') out.push(update);
    };
    doc.on('update', listener);
    try {
      // One transaction, so one update, however many changes `fn` makes.
      doc.transact(fn);
    } finally {
      doc.off('update', listener);
    }
    return out;
  }

  /** A sync message carrying `update`, as an incremental update or as a SyncStep2. */
  private carry(g: Gen, update: Uint8Array): Uint8Array {
    return chance(g, 0.75) ? encodeUpdate(update) : encodeSyncStep2(update);
  }

  plan(name: string, laneIndex: number, role: FuzzRole, userId: string | null, frameCount: number): LanePlan {
    const g = prng.create((this.ctx.seed + 0x9e3779b9 * (laneIndex + 1)) >>> 0);
    const excluded = new Set(this.ctx.exclude ?? []);
    const weights = Object.fromEntries(
      FRAME_KINDS.map((kind) => [kind, excluded.has(kind) ? 0 : WEIGHTS[role][kind]]),
    ) as Record<FrameKind, number>;
    const total = FRAME_KINDS.reduce((sum, kind) => sum + weights[kind], 0);
    const pickKind = (): number => {
      let r = prng.real53(g) * total;
      for (let i = 0; i < FRAME_KINDS.length; i++) {
        r -= weights[FRAME_KINDS[i]!];
        if (r < 0) return i;
      }
      return 0;
    };
    const pools = {
      mutationBases: this.mutationBases(g),
      missingDeps: Array.from({ length: 300 }, () => this.missingDeps(g, userId)),
      forbidden: Array.from({ length: 250 }, () => this.forbidden(g, role, userId)),
    };
    const packer = new Packer();
    const frames: Uint8Array[] = [];
    const kinds = new Uint8Array(frameCount);
    const text = new Uint8Array(frameCount);
    for (let i = 0; i < frameCount; i++) {
      const kindIndex = pickKind();
      const kind = FRAME_KINDS[kindIndex]!;
      kinds[i] = kindIndex;
      if (kind === 'text-frame') text[i] = 1;
      frames.push(packer.add(this.frame(g, kind, role, userId, pools)));
    }
    return { name, role, userId, frames, kinds, text };
  }

  private frame(
    g: Gen,
    kind: FrameKind,
    role: FuzzRole,
    userId: string | null,
    pools: { mutationBases: Uint8Array[]; missingDeps: Uint8Array[]; forbidden: Uint8Array[] },
  ): Uint8Array {
    switch (kind) {
      case 'random-bytes':
        return bytes(g, chance(g, 0.3) ? int(g, 0, 16) : int(g, 0, 2048));
      case 'truncated-varint':
        return this.truncatedVarint(g);
      case 'wrong-type':
        return this.wrongType(g);
      case 'garbage-payload':
        return this.garbagePayload(g);
      case 'length-beyond':
        return this.lengthBeyond(g);
      case 'mutated-update':
        return this.carry(g, this.mutatedUpdate(g, pools.mutationBases, role === 'facilitator'));
      case 'missing-deps':
        return this.carry(g, pick(g, pools.missingDeps));
      case 'forbidden-update':
        return this.carry(g, pick(g, pools.forbidden));
      case 'awareness-large':
        return this.largeAwareness(g, userId);
      case 'awareness-oversized':
        return pick(g, this.oversized);
      case 'random-state-vector':
        return encodeSyncStep1(this.randomStateVector(g));
      case 'text-frame':
        return new TextEncoder().encode(
          pick(g, [
            () => randomText(g, 2048),
            () => JSON.stringify({ type: 'sync', update: Array.from(bytes(g, int(g, 0, 64))) }),
            () => Buffer.from(encodeUpdate(bytes(g, int(g, 0, 256)))).toString('base64'),
            () => '',
          ])(),
        );
    }
  }

  private truncatedVarint(g: Gen): Uint8Array {
    const continuation = () => bytes(g, int(g, 1, 10)).map((b) => b | 0x80);
    return pick(g, [
      () => continuation(),
      () => concat(new Uint8Array([0]), continuation()),
      () => concat(new Uint8Array([0, int(g, 0, 2)]), continuation()),
      () => concat(new Uint8Array([1]), continuation()),
      // Terminated but larger than Number.MAX_SAFE_INTEGER.
      () => concat(new Uint8Array([pick(g, [0, 1])]), new Uint8Array(int(g, 8, 12)).fill(0xff), new Uint8Array([0x7f])),
      () => concat(new Uint8Array([0, 2]), new Uint8Array(int(g, 8, 12)).fill(0xff), new Uint8Array([0x7f])),
      // A valid update frame cut inside its length prefix.
      () => {
        const full = encodeUpdate(bytes(g, int(g, 128, 20_000)));
        return full.subarray(0, int(g, 2, 3));
      },
    ])();
  }

  private wrongType(g: Gen): Uint8Array {
    const tail = () => bytes(g, skewedLength(g, 256));
    return pick(g, [
      () =>
        frame((e) => {
          encoding.writeVarUint(
            e,
            pick(g, [2, 4, 5, 7, 42, 127, 128, 255, int(g, 4, 2 ** 32), int(g, 4, 2 ** 53 - 1)]),
          );
          encoding.writeUint8Array(e, tail());
        }),
      () =>
        frame((e) => {
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, pick(g, [3, 4, 9, 127, 128, int(g, 3, 2 ** 32), int(g, 3, 2 ** 53 - 1)]));
          encoding.writeUint8Array(e, tail());
        }),
      // Query-awareness, or a valid sync frame, followed by bytes that do not belong to it.
      () => concat(new Uint8Array([3]), bytes(g, int(g, 1, 64))),
      () => concat(encodeSyncStep1(new Uint8Array([0])), bytes(g, int(g, 1, 64))),
      () => concat(encodeAwareness(new Uint8Array([0])), bytes(g, int(g, 1, 64))),
      // y-websocket's auth message, which the relay does not speak.
      () =>
        frame((e) => {
          encoding.writeVarUint(e, 2);
          encoding.writeVarUint(e, 0);
          encoding.writeVarString(e, 'permission denied');
        }),
    ])();
  }

  /** Bytes shaped like the start of a Yjs update (client/struct counts, ids, info bits) then random. */
  private updateLike(g: Gen): Uint8Array {
    return frame((e) => {
      const clients = int(g, 0, 3);
      encoding.writeVarUint(e, clients);
      for (let c = 0; c < clients; c++) {
        encoding.writeVarUint(e, chance(g, 0.8) ? int(g, 1, 5) : interestingUint(g));
        encoding.writeVarUint(e, chance(g, 0.5) ? pick(g, this.snapshotClients.concat([1, 2])) : interestingUint(g));
        encoding.writeVarUint(e, chance(g, 0.5) ? int(g, 0, 100) : interestingUint(g));
        encoding.writeUint8(e, int(g, 0, 255));
        encoding.writeUint8Array(e, bytes(g, skewedLength(g, 128)));
      }
      if (chance(g, 0.5)) encoding.writeUint8Array(e, bytes(g, skewedLength(g, 64)));
    });
  }

  private garbagePayload(g: Gen): Uint8Array {
    const payload = pick(g, [
      () => bytes(g, skewedLength(g, 1024)),
      () => this.updateLike(g),
      // An awareness-shaped payload whose state is not JSON (or not UTF-8).
      () =>
        frame((e) => {
          encoding.writeVarUint(e, int(g, 1, 3));
          encoding.writeVarUint(e, interestingUint(g));
          encoding.writeVarUint(e, interestingUint(g));
          encoding.writeVarUint8Array(
            e,
            chance(g, 0.5) ? bytes(g, skewedLength(g, 128)) : new TextEncoder().encode('{"user":'),
          );
        }),
    ])();
    return frame((e) => {
      const header = pick(g, [[0, 0], [0, 1], [0, 2], [1]]);
      for (const b of header) encoding.writeVarUint(e, b);
      encoding.writeVarUint8Array(e, payload);
    });
  }

  private lengthBeyond(g: Gen): Uint8Array {
    const tail = bytes(g, skewedLength(g, 256));
    const claimed = pick(g, [
      () => tail.length + int(g, 1, 16),
      () => tail.length + int(g, 17, 2 ** 31),
      () => Number.MAX_SAFE_INTEGER,
    ])();
    if (chance(g, 0.25)) {
      // The frame's length is right, but a length inside the payload (an awareness state) points past its end.
      return frame((e) => {
        encoding.writeVarUint(e, 1);
        const inner = frame((i) => {
          encoding.writeVarUint(i, 1);
          encoding.writeVarUint(i, int(g, 1, 2 ** 32 - 1));
          encoding.writeVarUint(i, int(g, 1, 100));
          encoding.writeVarUint(i, claimed);
          encoding.writeUint8Array(i, tail);
        });
        encoding.writeVarUint8Array(e, inner);
      });
    }
    return frame((e) => {
      const header = pick(g, [[0, 0], [0, 1], [0, 2], [1]]);
      for (const b of header) encoding.writeVarUint(e, b);
      encoding.writeVarUint(e, claimed);
      encoding.writeUint8Array(e, tail);
    });
  }

  /** Valid updates from the board operations (and odd but valid Yjs content), on docs of their own. */
  private mutationBases(g: Gen): Uint8Array[] {
    const bases: Uint8Array[] = [];
    for (let d = 0; d < 8; d++) {
      const doc = this.doc(g, false);
      const own: Uint8Array[] = [];
      const record = (fn: () => void) => own.push(...this.updates(doc, fn));
      const noteIds: string[] = [];
      for (let step = 0; step < 24; step++) {
        const op = int(g, 0, 13);
        record(() => {
          if (op <= 3 || noteIds.length === 0) {
            const id = randomId(g);
            noteIds.push(id);
            createNote(
              doc,
              { x: int(g, 0, 5000), y: int(g, 0, 5000), text: randomText(g, 200) },
              { authorId: randomId(g, 22), id, now: int(g, 0, 2 ** 40) },
            );
          } else if (op === 4) editNoteText(doc, pick(g, noteIds), randomText(g, 200));
          else if (op === 5) moveNote(doc, pick(g, noteIds), int(g, 0, 5000), int(g, 0, 5000));
          else if (op === 6) recolorNote(doc, pick(g, noteIds), '#a8c7ff');
          else if (op === 7) setNoteCluster(doc, pick(g, noteIds), chance(g, 0.5) ? randomId(g) : null);
          else if (op === 8 && noteIds.length > 1)
            deleteNote(doc, noteIds.splice(int(g, 0, noteIds.length - 1), 1)[0]!);
          else if (op === 9) {
            // Votes of someone else (votes never come from a fuzz participant's own id: see fuzz.test.ts).
            const voter =
              chance(g, 0.5) && this.ctx.honestUserIds.length > 0 ? pick(g, this.ctx.honestUserIds) : randomId(g, 22);
            let dots = voterVotes(doc, voter);
            if (!dots) {
              dots = new Y.Map<Vote>();
              votesMap(doc).set(voter, dots);
            }
            dots.set(randomId(g), {
              noteId: pick(g, noteIds),
              x: int(g, 0, 200),
              y: int(g, 0, 200),
              at: int(g, 0, 2 ** 40),
            });
          } else if (op === 10) {
            if (chance(g, 0.5)) updateSession(doc, { locked: chance(g, 0.5), votesPerPerson: int(g, 0, 100) });
            else setTitle(doc, randomText(g, 60) || 'title');
          } else if (op === 11) setPerson(doc, randomId(g, 22), { name: randomText(g, 30) || 'x', color: '#ffa3a3' });
          else if (op === 12) {
            // Odd but valid content: binary, nested types, formatting, embeds, XML, a subdocument, other roots.
            const note = notesMap(doc).get(pick(g, noteIds));
            const text = note?.get('text');
            if (text instanceof Y.Text && text.length > 0) {
              text.format(0, Math.min(3, text.length), { bold: true });
              text.insertEmbed(0, { image: 'x' });
            }
            note?.set('blob', bytes(g, int(g, 0, 64)));
            note?.set('nested', new Y.Array());
            notesMap(doc).set(
              randomId(g),
              pick(g, [() => new Y.XmlFragment(), () => new Y.Doc(), () => 'plain' as never])() as never,
            );
          } else {
            const root = pick(g, ['evil', '', '__proto__', 'constructor', 'notes\u0000', 'Notes', 'votes ']);
            pick(g, [
              () => doc.getMap(root).set(randomId(g, 4), int(g, 0, 100)),
              () => doc.getArray(root + '[]').push([randomText(g, 20)]),
              () => doc.getText(root + 'txt').insert(0, randomText(g, 40) || 'x'),
              () => doc.getXmlFragment(root + 'xml').insert(0, [new Y.XmlText('x')]),
            ])();
          }
        });
      }
      bases.push(...own);
      // Whole-doc states carry GC structs and delete sets; merged subsets carry Skip structs.
      bases.push(Y.encodeStateAsUpdate(doc));
      if (own.length > 3) bases.push(Y.mergeUpdates(own.filter(() => chance(g, 0.5))));
    }
    return bases.filter((u) => u.length > 2);
  }

  private mutate(g: Gen, base: Uint8Array): Uint8Array {
    let out: Uint8Array = base.slice();
    const steps = int(g, 1, 3);
    for (let s = 0; s < steps; s++) {
      const at = int(g, 0, Math.max(0, out.length - 1));
      out = pick(g, [
        () => {
          out[at] = out[at]! ^ (1 << int(g, 0, 7));
          return out;
        },
        () => {
          out[at] = pick(g, [0, 0x7f, 0x80, 0xff, int(g, 0, 255)]);
          return out;
        },
        () => out.slice(0, at),
        () => concat(out.subarray(0, at), bytes(g, int(g, 1, 16)), out.subarray(at)),
        () => concat(out.subarray(0, at), out.subarray(Math.min(out.length, at + int(g, 1, 16)))),
        () => concat(out.subarray(0, at), out.subarray(at, at + int(g, 1, 32)), out.subarray(at)),
      ])();
    }
    return out;
  }

  /** A mutated update; for the facilitator only one Yjs cannot decode (anything decodable it would be allowed to apply). */
  private mutatedUpdate(g: Gen, bases: Uint8Array[], undecodableOnly: boolean): Uint8Array {
    for (let attempt = 0; attempt < 50; attempt++) {
      const mutated = this.mutate(g, pick(g, bases));
      if (!undecodableOnly) return mutated;
      try {
        Y.decodeUpdate(mutated);
      } catch {
        return mutated;
      }
    }
    return pick(g, bases).subarray(0, 1);
  }

  /**
   * An update whose dependencies never arrive: a doc makes some changes that are never sent, then one that is. The
   * sent update refers to the held-back structs (its parent, neighbour or deleted item) or just continues the
   * client's clock after them.
   */
  private missingDeps(g: Gen, userId: string | null): Uint8Array {
    const doc = this.doc(g, chance(g, 0.5));
    const author = userId ?? randomId(g, 22);
    const held = randomId(g);
    createNote(doc, { x: 10, y: 10, text: randomText(g, 40) }, { authorId: author, id: held, now: 1 });
    if (chance(g, 0.3)) editNoteText(doc, held, randomText(g, 40));
    const shape = int(g, 0, 6);
    const [update] = this.updates(doc, () => {
      if (shape === 0) editNoteText(doc, held, `${randomText(g, 20)}!`);
      else if (shape === 1) moveNote(doc, held, int(g, 0, 900), int(g, 0, 900));
      else if (shape === 2) deleteNote(doc, held);
      else if (shape === 3)
        createNote(doc, { x: 1, y: 1, text: randomText(g, 40) }, { authorId: author, id: randomId(g), now: 2 });
      else if (shape === 4) notesMap(doc).get(held)?.set('clusterId', randomId(g));
      else if (shape === 5) recolorNote(doc, held, '#9ef0d0');
      else {
        // A dot on the held-back note (under the sender's own id, so only the missing dependency is wrong).
        const dots = new Y.Map<Vote>();
        votesMap(doc).set(author, dots);
        dots.set(randomId(g), { noteId: held, x: 1, y: 1, at: 1 });
      }
    });
    return update ?? new Uint8Array([0, 0]);
  }

  /** An update the role may not make, built on a replica of the board so it targets real notes, votes and settings. */
  private forbidden(g: Gen, role: FuzzRole, userId: string | null): Uint8Array {
    const doc = this.doc(g, true);
    const outside = () => {
      const root = pick(g, ['evil', '', '__proto__', 'hasOwnProperty', 'meta2', 'NOTES', 'people/x', 'v\u0000otes']);
      pick(g, [
        () => doc.getMap(root).set('k', randomText(g, 20)),
        () => doc.getArray(root).insert(0, [1, 2, 3]),
        () => doc.getText(root).insert(0, randomText(g, 20) || 'x'),
      ])();
    };
    const victim = this.ctx.honestUserIds.length > 0 ? pick(g, this.ctx.honestUserIds) : randomId(g, 22);
    const shapes: Array<() => void> = [outside];
    if (role !== 'facilitator') {
      shapes.push(
        () => updateSession(doc, { locked: true }),
        () => updateSession(doc, { votesPerPerson: int(g, 0, 3), phase: 'results' }),
        () => sessionMap(doc).set('allowStacking', 'yes'),
        () => setTitle(doc, 'taken over'),
        () => metaMap(doc).set('schemaVersion', 999),
        // Into the victim's existing votes map (its parent named only by id).
        () => voterVotes(doc, victim)?.set(randomId(g), { noteId: null, x: 1, y: 1, at: 1 }),
        () => {
          const vote = pick(g, this.honestVotes.length > 0 ? this.honestVotes : [{ voterId: victim, voteId: 'x' }]);
          voterVotes(doc, vote.voterId)?.delete(vote.voteId);
        },
        () => votesMap(doc).set(victim, new Y.Map<Vote>()),
        () => votesMap(doc).delete(victim),
        () => {
          const dots = new Y.Map<Vote>();
          votesMap(doc).set(randomId(g, 22), dots);
          dots.set(randomId(g), { noteId: null, x: 0, y: 0, at: 0 });
        },
        () => peopleMap(doc).set(victim, { name: 'impostor', color: '#fff475' }),
      );
      if (userId !== null) {
        // Under the sender's own id, but malformed or beyond the budget (100 in fuzz.test.ts).
        shapes.push(
          () => {
            const dots = new Y.Map<Vote>();
            votesMap(doc).set(userId, dots);
            dots.set(randomId(g), pick(g, ['dot', { noteId: 7, x: 1, y: 1 }, { noteId: null, x: 'a', y: 1 }]) as never);
          },
          () => {
            const dots = new Y.Map<Vote>();
            votesMap(doc).set(userId, dots);
            for (let i = 0; i < 101 + int(g, 0, 20); i++) dots.set(`b${i}`, { noteId: null, x: i, y: i, at: i });
          },
        );
      }
    }
    if (role === 'projector') {
      shapes.push(
        () =>
          createNote(doc, { x: 0, y: 0, text: 'projected' }, { authorId: randomId(g, 22), id: randomId(g), now: 1 }),
        () => {
          const note = this.honestNotes.length > 0 ? pick(g, this.honestNotes) : null;
          if (note) notesMap(doc).get(note)?.set('x', 12_345);
        },
        () => setPerson(doc, randomId(g, 22), { name: 'screen', color: '#fff475' }),
      );
    }
    const [update] = this.updates(doc, pick(g, shapes));
    return update ?? this.updates(doc, outside)[0]!;
  }

  /** A presence state of about `jsonLength` characters (some of them multi-byte in UTF-8). */
  private paddedState(g: Gen, userId: string | null, jsonLength: number, padUnit?: string): unknown {
    const state: Record<string, unknown> = {
      cursor: { x: int(g, 0, 5000), y: int(g, 0, 5000) },
      pad: '',
    };
    if (userId !== null) state['user'] = { id: userId, name: randomText(g, 20), color: '#c8f08f' };
    const room = Math.max(0, jsonLength - JSON.stringify(state).length);
    const unit = padUnit ?? pick(g, ['x', 'é', '漢', 'ab']);
    state['pad'] = unit.repeat(Math.ceil(room / unit.length)).slice(0, room);
    return state;
  }

  private awarenessFrame(g: Gen, states: unknown[]): Uint8Array {
    const entries: AwarenessEntry[] = states.map((state) => ({
      clientId: int(g, 1, 2 ** 32 - 1),
      clock: int(g, 0, 1_000_000),
      state,
    }));
    return encodeAwareness(encodeAwarenessEntries(entries));
  }

  private largeAwareness(g: Gen, userId: string | null): Uint8Array {
    const limit = this.ctx.maxAwarenessBytes;
    const states: unknown[] = [];
    const count = chance(g, 0.8) ? 1 : int(g, 2, 12);
    for (let i = 0; i < count; i++) {
      states.push(
        pick(g, [
          () => this.paddedState(g, userId, int(g, Math.floor(limit / 2), limit)),
          () => this.paddedState(g, userId, int(g, limit - 8, limit)),
          () => this.paddedState(g, null, int(g, 16, limit)),
          // Claims an honest user's id, or removes a client this connection does not own: both are filtered.
          () => this.paddedState(g, pick(g, this.ctx.honestUserIds.length > 0 ? this.ctx.honestUserIds : ['x']), 200),
          () => null,
        ])(),
      );
    }
    return this.awarenessFrame(g, states);
  }

  private randomStateVector(g: Gen): Uint8Array {
    return pick(g, [
      () =>
        frame((e) => {
          const entries = int(g, 0, 40);
          encoding.writeVarUint(e, entries);
          for (let i = 0; i < entries; i++) {
            encoding.writeVarUint(
              e,
              chance(g, 0.5) && this.snapshotClients.length > 0 ? pick(g, this.snapshotClients) : interestingUint(g),
            );
            encoding.writeVarUint(e, chance(g, 0.5) ? int(g, 0, 200) : interestingUint(g));
          }
        }),
      () => bytes(g, skewedLength(g, 256)),
      // Claims more entries than it holds, or has bytes after its entries.
      () =>
        frame((e) => {
          encoding.writeVarUint(e, int(g, 2, 2 ** 31));
          encoding.writeVarUint(e, int(g, 1, 2 ** 32 - 1));
          encoding.writeVarUint(e, int(g, 0, 100));
        }),
      () => concat(new Uint8Array([1, 5, 5]), bytes(g, int(g, 1, 16))),
      () => new Uint8Array([0]),
    ])();
  }
}
