import type * as Y from 'yjs';
import { LIMITS, SCHEMA_VERSION, type BoardMeta } from '../schema/types';
import { truncate } from '../schema/validate';
import { metaMap } from './access';
import { migrateBoard } from './migrations';
import { transact, type MutationOptions } from './transact';

/**
 * Makes `doc` a board: writes `meta` if it is missing, otherwise migrates it to the current schema. Safe to call on
 * every open; concurrent first opens write the same version and a title that converges by Yjs' last-writer rule.
 */
export function initBoard(doc: Y.Doc, init: { title: string; now?: number } & MutationOptions): void {
  const meta = metaMap(doc);
  if (meta.has('schemaVersion')) {
    migrateBoard(doc, { origin: init.origin });
    return;
  }
  transact(doc, init, () => {
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('title', truncate(init.title.trim(), LIMITS.titleLength));
    meta.set('createdAt', init.now ?? Date.now());
  });
}

/** Reads the board's metadata; null until the board has been initialised. */
export function readMeta(doc: Y.Doc): BoardMeta | null {
  const meta = metaMap(doc);
  const schemaVersion = meta.get('schemaVersion');
  if (typeof schemaVersion !== 'number') return null;
  const title = meta.get('title');
  const createdAt = meta.get('createdAt');
  return {
    schemaVersion,
    title: typeof title === 'string' ? title : '',
    createdAt: typeof createdAt === 'number' ? createdAt : 0,
  };
}

/** Renames the board. */
export function setTitle(doc: Y.Doc, title: string, options?: MutationOptions): void {
  transact(doc, options, () => metaMap(doc).set('title', truncate(title.trim(), LIMITS.titleLength)));
}
