/**
 * Where in board schema v1 (packages/board/README.md) a change lands. Deeper keys than the schema names collapse
 * into the deepest named level: a character typed into a note's text is `notes/<noteId>/text`, anything written
 * inside `people/<userId>` is `people/<userId>`.
 */
export type SchemaPath =
  /** key null: content that is not keyed (e.g. list content written directly into the root). */
  | { root: 'meta' | 'session'; key: string | null }
  /** noteId null: unkeyed content of the notes map; field null: the note entry itself; 'text' also for its characters. */
  | { root: 'notes'; noteId: string | null; field: string | null }
  /** voteId null: the voter's map itself (or unkeyed content inside it). */
  | { root: 'votes'; voterId: string | null; voteId: string | null }
  | { root: 'people'; userId: string | null }
  /** A root outside the schema. */
  | { root: 'unknown'; name: string }
  /** Where it lands cannot be determined now (a missing dependency): Yjs would park it and apply it later. */
  | { root: 'unresolved' };

export interface TouchedPart {
  path: SchemaPath;
  action: 'insert' | 'delete';
}

export interface UpdateScope {
  /** Deduplicated; inserts first, then deletions, each in the order first met. */
  touched: TouchedPart[];
  /** Values this update puts directly under votes/<voterId>/<voteId> and does not delete again, for budget checks. */
  addedVotes: Array<{ voterId: string; voteId: string; value: unknown }>;
  /** Live votes of the current doc that the update's delete set removes (directly or by deleting the voter's map). */
  deletedVotes: Array<{ voterId: string; voteId: string }>;
  /** Structs whose parent cannot be resolved plus delete ranges that hit nothing known (both would wait in Yjs' pending queue). */
  unresolved: number;
}
