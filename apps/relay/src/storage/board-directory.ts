import type { Role } from '@notevote/board';

/**
 * Which boards exist, and the server-private facts about them that must never live in the shared document
 * (anyone with a link can read the document): the generation ("epoch") of each role's link, and when the board
 * was last in use.
 */
export interface BoardRecord {
  id: string;
  participantEpoch: number;
  facilitatorEpoch: number;
  projectorEpoch: number;
  createdAt: number;
  /** When the board was last in use (its room loaded or unloaded, hourly while loaded): what retention goes by. */
  touchedAt: number;
  /**
   * The lookup key of the board's join code (auth/join-code.ts: an HMAC of the code, never the code itself), or null
   * until the board's code was first asked for. Unique across boards.
   */
  joinKey: string | null;
  /** Which variant of its derived join code the board uses: above 0 only after another board had the same code. */
  joinSalt: number;
}

export interface BoardDirectory {
  /** Registers a new board; rejects if the id is taken. */
  create(id: string, now?: number): Promise<BoardRecord>;
  /** The board's record, or null when no board has that id. */
  get(id: string): Promise<BoardRecord | null>;
  /** Invalidates the current link of `role` by moving it to the next epoch; returns the new record. */
  rotateLink(id: string, role: Role): Promise<BoardRecord>;
  /**
   * Registers the lookup key of the board's current join code, with the salt it was derived with. False (and nothing
   * changed) when another board holds that key; rejects with UnknownBoardError when the board does not exist.
   */
  setJoinKey(id: string, joinKey: string, joinSalt: number): Promise<boolean>;
  /** The board whose join code has this lookup key, or null. */
  findByJoinKey(joinKey: string): Promise<BoardRecord | null>;
  /** Records that the board is in use now; a board that no longer exists stays gone. */
  touch(id: string, now?: number): Promise<void>;
  /** Ids of the boards last in use before `cutoff` (ms since the epoch). */
  untouchedSince(cutoff: number): Promise<string[]>;
  /** Forgets the board; false when there was none. Its links stop working at once. */
  remove(id: string): Promise<boolean>;
  close(): Promise<void>;
}

/** The epoch that `role`'s links of this board are at now; older tokens of that role are refused as replaced. */
export function epochOf(record: BoardRecord, role: Role): number {
  switch (role) {
    case 'facilitator':
      return record.facilitatorEpoch;
    case 'participant':
      return record.participantEpoch;
    case 'projector':
      return record.projectorEpoch;
  }
}

export class BoardExistsError extends Error {
  override readonly name = 'BoardExistsError';
}

export class UnknownBoardError extends Error {
  override readonly name = 'UnknownBoardError';
}

/** A board as it is registered: every link at its first generation, no join code yet, in use now. */
export function newBoardRecord(id: string, now: number): BoardRecord {
  return {
    id,
    participantEpoch: 0,
    facilitatorEpoch: 0,
    projectorEpoch: 0,
    createdAt: now,
    touchedAt: now,
    joinKey: null,
    joinSalt: 0,
  };
}

const EPOCH_FIELD = {
  facilitator: 'facilitatorEpoch',
  participant: 'participantEpoch',
  projector: 'projectorEpoch',
} as const satisfies Record<Role, keyof BoardRecord>;

/** An in-memory directory for tests and ephemeral servers. */
export function createMemoryDirectory(): BoardDirectory {
  const boards = new Map<string, BoardRecord>();
  const byJoinKey = new Map<string, string>();
  return {
    async create(id, now = Date.now()) {
      if (boards.has(id)) throw new BoardExistsError(`board ${id} already exists`);
      const record = newBoardRecord(id, now);
      boards.set(id, record);
      return { ...record };
    },
    async get(id) {
      const record = boards.get(id);
      return record ? { ...record } : null;
    },
    async rotateLink(id, role) {
      const record = boards.get(id);
      if (!record) throw new UnknownBoardError(`board ${id} does not exist`);
      record[EPOCH_FIELD[role]]++;
      return { ...record };
    },
    async setJoinKey(id, joinKey, joinSalt) {
      const record = boards.get(id);
      if (!record) throw new UnknownBoardError(`board ${id} does not exist`);
      const holder = byJoinKey.get(joinKey);
      if (holder !== undefined && holder !== id) return false;
      if (record.joinKey !== null) byJoinKey.delete(record.joinKey);
      byJoinKey.set(joinKey, id);
      record.joinKey = joinKey;
      record.joinSalt = joinSalt;
      return true;
    },
    async findByJoinKey(joinKey) {
      const id = byJoinKey.get(joinKey);
      const record = id === undefined ? undefined : boards.get(id);
      return record ? { ...record } : null;
    },
    async touch(id, now = Date.now()) {
      const record = boards.get(id);
      if (record) record.touchedAt = now;
    },
    async untouchedSince(cutoff) {
      return [...boards.values()].filter((record) => record.touchedAt < cutoff).map((record) => record.id);
    },
    async remove(id) {
      const record = boards.get(id);
      if (record?.joinKey) byJoinKey.delete(record.joinKey);
      return boards.delete(id);
    },
    async close() {},
  };
}
