import type { Written } from './shapes';

/**
 * What one Yjs update does to a document, in terms of places rather than structs: the relay decodes an update into
 * these (before applying it) and `authorizeUpdate` judges them. A place is a root name and the keys below it, never
 * deeper than the schema names places (see `placeDepth`).
 */
export type DocChange =
  /** A value written at a place (a map key set, or overwritten). */
  | { op: 'put'; root: string; keys: readonly string[]; written: Written }
  /** A place's value removed (a map key deleted, or overwritten). `previous` is the removed plain value, if any. */
  | { op: 'remove'; root: string; keys: readonly string[]; previous?: unknown }
  /** Characters inserted into or deleted from the text at a place; `length` is the text's length afterwards. */
  | { op: 'text'; root: string; keys: readonly string[]; length: number; inserted: number; deleted: number }
  /**
   * Content that has no place in the schema's terms: list content directly in a map, something other than plain
   * characters inside a text, anything inside a plain value or deeper than the schema goes.
   */
  | { op: 'stray'; root: string; keys: readonly (string | null)[] };

/** Which document an update applies to: the shared board, or the sender's private document. */
export type Where = 'board' | 'private';
