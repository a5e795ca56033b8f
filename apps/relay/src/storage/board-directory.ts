/**
 * Which boards exist, and the server-private facts about them that must never live in the shared document
 * (anyone with a link can read the document): today, the generation ("epoch") of the participant link.
 */
export interface BoardRecord {
  id: string;
  participantEpoch: number;
  createdAt: number;
}

export interface BoardDirectory {
  /** Registers a new board; rejects if the id is taken. */
  create(id: string, now?: number): Promise<BoardRecord>;
  /** The board's record, or null when no board has that id. */
  get(id: string): Promise<BoardRecord | null>;
  /** Invalidates the current participant link by moving to the next epoch; returns the new record. */
  rotateParticipantLink(id: string): Promise<BoardRecord>;
  close(): Promise<void>;
}

export class BoardExistsError extends Error {
  override readonly name = 'BoardExistsError';
}

export class UnknownBoardError extends Error {
  override readonly name = 'UnknownBoardError';
}

/** An in-memory directory for tests and ephemeral servers. */
export function createMemoryDirectory(): BoardDirectory {
  const boards = new Map<string, BoardRecord>();
  return {
    async create(id, now = Date.now()) {
      if (boards.has(id)) throw new BoardExistsError(`board ${id} already exists`);
      const record = { id, participantEpoch: 0, createdAt: now };
      boards.set(id, record);
      return { ...record };
    },
    async get(id) {
      const record = boards.get(id);
      return record ? { ...record } : null;
    },
    async rotateParticipantLink(id) {
      const record = boards.get(id);
      if (!record) throw new UnknownBoardError(`board ${id} does not exist`);
      record.participantEpoch++;
      return { ...record };
    },
    async close() {},
  };
}
