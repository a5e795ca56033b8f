import * as Y from 'yjs';
import { ROOT } from '@notevote/board';
import { ChangeCollector } from './collector';
import { Deletions } from './deletions';
import { DocPaths } from './doc-paths';
import { UpdateDecodeError } from './errors';
import { docState, UpdateStructs, type UpdateStruct } from './struct-lookup';
import type { UpdateScope } from './types';
import { placedPath, UpdateResolver } from './update-resolver';
import type { DeleteSet, YType } from './yjs-types';

/**
 * Works out what `update` (Yjs v1 encoding) would do to the schema's places if applied to `doc`: the changes the
 * rules judge (see DocChange in @notevote/board). Never mutates `doc`.
 */
export function scopeOfUpdate(doc: Y.Doc, update: Uint8Array): UpdateScope {
  const decoded = decode(update);
  const structs = new UpdateStructs(decoded.structs);
  const docPaths = new DocPaths(doc);
  const resolver = new UpdateResolver(doc, structs, docPaths);
  const out = new ChangeCollector();
  const deletions = new Deletions(doc, structs, docPaths, resolver, out);

  for (const struct of decoded.structs) {
    // GC and Skip structs change nothing a reader sees.
    if (!(struct instanceof Y.Item)) continue;
    // Yjs ignores what the doc already has (sync messages often resend it), but decoding a struct that names a root
    // outside the schema still creates that root, so a forged resend must not pass.
    if (struct.id.clock + struct.length <= docState(doc, struct.id.client)) {
      if (typeof struct.parent === 'string' && !SCHEMA_ROOTS.has(struct.parent)) out.foreignRoot(struct.parent);
      continue;
    }
    const resolution = resolver.resolve(struct);
    if (resolution.kind === 'unresolved') out.touchUnresolved();
    if (resolution.kind !== 'placed') continue;
    const path = placedPath(resolution);
    const { parent } = resolution;
    const parentType =
      parent.kind === 'doc'
        ? parent.type
        : parent.kind === 'root'
          ? ((doc.share.get(parent.name) as unknown as YType | undefined) ?? null)
          : null;
    out.placed(path, struct, parentType);
    deletions.overwrite(resolution, path);
  }
  deletions.collect(decoded.ds);
  return { ...out.result(deletions.deletedInUpdate), repeatsDeletions: deletions.repeatsDeletions };
}

/** The root names of the board schema. */
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
