/**
 * Which parts of the board schema an incoming Yjs update touches, worked out from its structs and delete set before
 * it is applied, so the relay can decide whether the sender may make that change.
 */
export { scopeOfUpdate } from './scope';
export { UpdateDecodeError } from './errors';
export type { SchemaPath, TouchedPart, UpdateScope } from './types';
