/*
 * A full tally looks up the note of every dot on the board: 100,000 lookups of note-id strings that were each decoded
 * from the update on their own, so none is the same string object as the note's key. In a Map, each lookup hashes the
 * dot's string (all its characters, the first time: a freshly loaded board has never hashed them), walks a bucket
 * chain and compares with key strings that lie wherever the document's other objects put them: cache misses, in the
 * middle of a walk over a document far larger than any cache. This index keeps everything a lookup reads in three
 * small, dense arrays: a table of fingerprints of a few characters of each id, next to its slot, and the ids'
 * characters end to end, against which the one id whose fingerprint matched is confirmed exactly. On the bench's
 * board (10,000 notes, 100,000 dots) a tally's lookups took about two thirds of a Map's time, and the index builds
 * in a fraction of the time a Map of the same ids takes.
 */

/** Empty table entry (slot + 1 is stored, so 0 never names a slot). */
const EMPTY = 0;

/**
 * Longest run of occupied entries a lookup may have to walk. Random ids at the table's load (at most 3/8) make runs
 * of about 20 at worst on the largest boards; ids that share the sampled characters (crafted to, or by a writer with
 * another id scheme) make longer ones, and then the index falls back to a Map rather than degrade.
 */
const MAX_RUN = 64;

/** Slots need at most this many bits of an entry; the rest hold the fingerprint. Larger sets use the Map. */
const MAX_SLOT_BITS = 24;

/** Ids longer than this in all take the Map too (the joined string must stay well within V8's string length). */
const MAX_JOINED_LENGTH = 2 ** 27;

/**
 * A 32-bit fingerprint of an id from its length and six of its characters: the last four (where sequential ids
 * differ, and random ones as much as anywhere), the middle and the first. Not a hash of the whole string: it only
 * has to spread ids over the table; an exact comparison confirms every match.
 */
export function idFingerprint(id: string): number {
  const n = id.length;
  let h = Math.imul(n ^ 0x2c1b3c6d, 0x9e3779b1);
  if (n >= 4) {
    h = Math.imul(h ^ id.charCodeAt(n - 1), 0x85ebca6b);
    h = Math.imul(h ^ id.charCodeAt(n - 2), 0xc2b2ae35);
    h = Math.imul(h ^ id.charCodeAt(n - 3), 0x27d4eb2f);
    h = Math.imul(h ^ id.charCodeAt(n - 4), 0x165667b1);
    h = Math.imul(h ^ id.charCodeAt(n >> 1), 0x9e3779b1);
    h = Math.imul(h ^ id.charCodeAt(0), 0x85ebca6b);
  } else {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x85ebca6b);
  }
  return h ^ (h >>> 16);
}

/**
 * Distinct ids mapped to their positions in a list (slots), for many lookups of ids read from elsewhere: an
 * open-addressing table of 32-bit entries, each the upper bits of an id's fingerprint above its slot + 1, probed
 * linearly. Exact: a lookup returns a slot only when the id there is equal to the one asked for.
 */
export class IdIndex {
  private readonly ids: readonly string[];
  /** Every id end to end: id i is joined.slice(starts[i], starts[i + 1]). */
  private readonly joined: string;
  private readonly starts: Int32Array;
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly slotMask: number;
  /** Set instead of the table when the ids' fingerprints cluster too much (see MAX_RUN). */
  private readonly fallback: Map<string, number> | undefined;

  /** Indexes `ids`, which must be distinct: id ids[i] gets slot i. */
  constructor(ids: readonly string[]) {
    this.ids = ids;
    let slotBits = 1;
    while (2 ** slotBits <= ids.length) slotBits++;
    let joinedLength = 0;
    for (const id of ids) joinedLength += id.length;
    const fits = slotBits <= MAX_SLOT_BITS && joinedLength <= MAX_JOINED_LENGTH;
    let size = 16;
    // At most 3/8 full, so runs stay short and a miss soon meets an empty entry.
    while (size * 3 < ids.length * 8) size *= 2;
    this.mask = size - 1;
    this.slotMask = 2 ** slotBits - 1;
    this.joined = fits ? ids.join('') : '';
    this.starts = new Int32Array(fits ? ids.length + 1 : 0);
    this.table = new Int32Array(fits ? size : 0);
    this.fallback = fits && this.fill() ? undefined : new Map(ids.map((id, slot) => [id, slot]));
  }

  /** The slot of `id`, or -1 when it is not one of the ids. */
  slotOf(id: string): number {
    if (this.fallback) return this.fallback.get(id) ?? -1;
    const { table, mask, slotMask, starts } = this;
    const fingerprint = idFingerprint(id);
    const check = fingerprint & ~slotMask;
    for (let entry = fingerprint & mask; ; entry = (entry + 1) & mask) {
      const value = table[entry]!;
      if (value === EMPTY) return -1;
      if ((value & ~slotMask) === check) {
        const slot = (value & slotMask) - 1;
        const start = starts[slot]!;
        if (starts[slot + 1]! - start === id.length && this.joined.startsWith(id, start)) return slot;
      }
    }
  }

  /** True when the ids clustered too much for the table and a Map answers instead (for tests). */
  get usesFallback(): boolean {
    return this.fallback !== undefined;
  }

  /** Puts every id in the table; false when a run of occupied entries grew longer than MAX_RUN. */
  private fill(): boolean {
    const { table, mask, slotMask, ids, starts } = this;
    for (let slot = 0; slot < ids.length; slot++) {
      const id = ids[slot]!;
      starts[slot + 1] = starts[slot]! + id.length;
      const fingerprint = idFingerprint(id);
      let entry = fingerprint & mask;
      let run = 0;
      while (table[entry] !== EMPTY) {
        entry = (entry + 1) & mask;
        if (++run > MAX_RUN) return false;
      }
      table[entry] = (fingerprint & ~slotMask) | (slot + 1);
    }
    return longestRun(table) <= MAX_RUN;
  }
}

/** The longest run of occupied entries, wrapping around the end (the table always has an empty entry). */
function longestRun(table: Int32Array): number {
  let longest = 0;
  let run = 0;
  for (let entry = 0; entry < table.length; entry++) {
    if (table[entry] === EMPTY) run = 0;
    else if (++run > longest) longest = run;
  }
  // The run still open at the end goes on at the start.
  let head = 0;
  while (table[head] !== EMPTY) head++;
  return Math.max(longest, run + head);
}
