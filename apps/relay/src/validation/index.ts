/**
 * What an incoming Yjs update would do to the board schema's places, worked out from its structs and delete set
 * before it is applied, so the relay can ask the rules (@notevote/board) whether the sender may do it.
 */
export { scopeOfUpdate } from './scope';
export { UpdateDecodeError } from './errors';
export type { UpdateScope } from './types';
