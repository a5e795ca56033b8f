import { toSchemaPath, type KeyPath } from './key-path';
import type { TouchedPart, UpdateScope } from './types';

type Action = TouchedPart['action'];
type VoteRef = { voterId: string; voteId: string };

/** Stands for every unresolved struct or range in the deduplication maps. */
const UNRESOLVED = 'unresolved';

/**
 * Accumulates what one update touches, deduplicated (many structs collapse onto the same schema path). Key paths
 * are interned and `named` cuts them to what SchemaPath distinguishes, so deduplication is by object identity.
 */
export class ScopeCollector {
  private readonly parts: Record<Action, Map<KeyPath | string, TouchedPart>> = {
    insert: new Map(),
    delete: new Map(),
  };
  private readonly deletedVotes = new Map<string, VoteRef>();
  private unresolved = 0;

  /** Records that the update inserts or deletes something at `path`. */
  touch(action: Action, path: KeyPath): void {
    const parts = this.parts[action];
    const named = path.named;
    if (!parts.has(named)) parts.set(named, { path: toSchemaPath(named), action });
  }

  /**
   * Records a struct that names a root outside the schema, even one the doc already has: decoding such an update
   * makes Yjs create that root (an empty shared type) whether or not the struct is then applied.
   */
  touchForeignRoot(name: string): void {
    const parts = this.parts.insert;
    const key = `foreign-root:${name}`;
    if (!parts.has(key)) parts.set(key, { path: { root: 'unknown', name }, action: 'insert' });
  }

  /** Records a struct or delete range whose target cannot be determined. */
  touchUnresolved(action: Action): void {
    this.unresolved++;
    const parts = this.parts[action];
    if (!parts.has(UNRESOLVED)) parts.set(UNRESOLVED, { path: { root: 'unresolved' }, action });
  }

  /** Records that a live vote of the doc is deleted. */
  deleteVote(vote: VoteRef): void {
    this.deletedVotes.set(JSON.stringify([vote.voterId, vote.voteId]), vote);
  }

  /** The collected scope. */
  result(addedVotes: UpdateScope['addedVotes']): UpdateScope {
    return {
      touched: [...this.parts.insert.values(), ...this.parts.delete.values()],
      addedVotes,
      deletedVotes: [...this.deletedVotes.values()],
      unresolved: this.unresolved,
    };
  }
}
