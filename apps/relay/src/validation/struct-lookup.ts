import * as Y from 'yjs';
import { UpdateDecodeError } from './errors';

/** What `Y.decodeUpdate` yields per struct. */
export type UpdateStruct = Y.Item | Y.GC | Y.Skip;

interface Span {
  readonly id: Y.ID;
  readonly length: number;
}

/**
 * Index of the struct whose clock range [id.clock, id.clock + length) contains `clock`, or -1. Structs must be
 * sorted by clock. Yjs' own `findIndexSS` throws on a miss, and a miss is an expected answer here (hostile ids).
 */
export function findStructIndex(structs: readonly Span[], clock: number): number {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const struct = structs[mid]!;
    if (struct.id.clock > clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first struct that ends after `clock` (structs.length when none does). */
export function firstStructEndingAfter(structs: readonly Span[], clock: number): number {
  let low = 0;
  let high = structs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const struct = structs[mid]!;
    if (struct.id.clock + struct.length <= clock) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The next clock `client` would write in `doc`: everything below it is integrated (Yjs keeps each client gap-free). */
export function docState(doc: Y.Doc, client: number): number {
  return Y.getState(doc.store, client);
}

/** The integrated struct of `doc` containing `id`, or null. */
export function docStructAt(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  const structs = doc.store.clients.get(id.client);
  if (structs === undefined) return null;
  const index = findStructIndex(structs, id.clock);
  return index < 0 ? null : structs[index]!;
}

/**
 * The decoded structs of one update, grouped per client in clock order, for lookups by id.
 *
 * Encoders write each client as one gap-free block (gaps appear as Skip structs). Yjs' reader keeps only the last
 * block when a client appears twice, so such an update would be applied differently from how it reads here; it is
 * rejected as malformed instead of second-guessed.
 */
export class UpdateStructs {
  readonly byClient = new Map<number, UpdateStruct[]>();

  constructor(structs: readonly UpdateStruct[]) {
    let previousClient: number | null = null;
    for (const struct of structs) {
      const { client, clock } = struct.id;
      let run = this.byClient.get(client);
      if (run === undefined) {
        run = [];
        this.byClient.set(client, run);
      } else {
        const last = run[run.length - 1]!;
        if (previousClient !== client || last.id.clock + last.length !== clock) {
          throw new UpdateDecodeError(`client ${client} appears in more than one struct block`);
        }
      }
      run.push(struct);
      previousClient = client;
    }
  }

  /** The update's struct containing `id` (Skip structs included: they mark ranges the update does not carry). */
  at(id: Y.ID): UpdateStruct | null {
    const run = this.byClient.get(id.client);
    if (run === undefined) return null;
    const index = findStructIndex(run, id.clock);
    return index < 0 ? null : run[index]!;
  }
}
