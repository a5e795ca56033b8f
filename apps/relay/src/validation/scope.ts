import * as Y from 'yjs';
import { ScopeCollector } from './collector';
import { Deletions } from './deletions';
import { DocPaths } from './doc-paths';
import { UpdateDecodeError } from './errors';
import { voteEntryOf } from './key-path';
import { docState, UpdateStructs, type UpdateStruct } from './struct-lookup';
import type { UpdateScope } from './types';
import { placedPath, UpdateResolver } from './update-resolver';
import type { DeleteSet } from './yjs-types';
import { ROOT } from '@notevote/board';

/** Works out which schema parts `update` (Yjs v1 encoding) touches if applied to `doc`. Never mutates `doc`. */
export function scopeOfUpdate(doc: Y.Doc, update: Uint8Array): UpdateScope {
  const decoded = decode(update);
  const structs = new UpdateStructs(decoded.structs);
  const docPaths = new DocPaths(doc);
  const resolver = new UpdateResolver(doc, structs, docPaths);
  const out = new ScopeCollector();
  const deletions = new Deletions(doc, structs, docPaths, resolver, out);

  const voteCandidates: Array<{ item: Y.Item; voterId: string; voteId: string }> = [];
  for (const struct of decoded.structs) {
    // GC and Skip structs change nothing a reader sees.
    if (!(struct instanceof Y.Item)) continue;
    // Yjs ignores what the doc already has (sync messages often resend it), but decoding a struct that names a root
    // outside the schema still creates that root, so a forged resend must not pass.
    if (struct.id.clock + struct.length <= docState(doc, struct.id.client)) {
      if (typeof struct.parent === 'string' && !SCHEMA_ROOTS.has(struct.parent)) out.touchForeignRoot(struct.parent);
      continue;
    }
    const resolution = resolver.resolve(struct);
    if (resolution.kind === 'unresolved') out.touchUnresolved('insert');
    if (resolution.kind !== 'placed') continue;
    const path = placedPath(resolution);
    out.touch('insert', path);
    deletions.overwrite(resolution, path);
    const vote = voteEntryOf(path);
    if (vote !== null && !(struct.content instanceof Y.ContentDeleted)) voteCandidates.push({ item: struct, ...vote });
  }
  deletions.collect(decoded.ds);

  const addedVotes = voteCandidates
    .filter(({ item }) => !deletions.deletedInUpdate.has(item))
    .map(({ item, voterId, voteId }) => {
      // A map entry's value is the last element of its content, as Y.Map#get reads it.
      const content: unknown[] = item.content.getContent();
      return { voterId, voteId, value: content[content.length - 1] };
    });
  return out.result(addedVotes);
}

/** The root names of board schema v1. */
const SCHEMA_ROOTS: ReadonlySet<string> = new Set(Object.values(ROOT));

function decode(update: Uint8Array): { structs: UpdateStruct[]; ds: DeleteSet } {
  if (!(update instanceof Uint8Array)) throw new UpdateDecodeError('an update must be a Uint8Array');
  let decoded: { structs: UpdateStruct[]; ds: DeleteSet };
  try {
    decoded = Y.decodeUpdate(update);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new UpdateDecodeError(`malformed Yjs update: ${reason}`, { cause });
  }
  // No encoder writes empty structs; Yjs' clock arithmetic assumes every struct covers at least one clock.
  if (decoded.structs.some((struct) => !(struct.length >= 1))) {
    throw new UpdateDecodeError('malformed Yjs update: a struct of length 0');
  }
  // Zero-length delete ranges are never encoded by Yjs, and re-encoding one throws mid-transaction.
  for (const ranges of decoded.ds.clients.values()) {
    if (ranges.some((range) => !(range.len >= 1)))
      throw new UpdateDecodeError('malformed Yjs update: a delete range of length 0');
  }
  return decoded;
}
