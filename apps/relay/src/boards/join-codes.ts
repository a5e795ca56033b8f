import { joinCodeFor, joinKeyOf, normalizeJoinCode } from '../auth/join-code';
import type { BoardDirectory, BoardRecord } from '../storage/board-directory';

/** How many variants to try when a code is taken by another board: each try collides with odds below 10^-7. */
const MAX_SALT_TRIES = 16;

export interface JoinCodes {
  /**
   * The board's current join code (normalised), registering its lookup key when the code is new: a board's first,
   * or the first after its participant link was replaced. A code is handed out only once its key is registered, so
   * every code shown opens exactly one board.
   */
  current(record: BoardRecord): Promise<string>;
  /** The board a code (as typed: any case, dash optional) opens now, or null for a code that opens none. */
  resolve(input: string): Promise<BoardRecord | null>;
}

/** Join codes of the boards in `directory`, derived with the server secret (see auth/join-code.ts). */
export function createJoinCodes({ directory, secret }: { directory: BoardDirectory; secret: Uint8Array }): JoinCodes {
  return {
    async current(record) {
      for (let salt = record.joinSalt, tries = 0; tries < MAX_SALT_TRIES; salt++, tries++) {
        const code = joinCodeFor(secret, record.id, record.participantEpoch, salt);
        const key = joinKeyOf(secret, code);
        if (record.joinKey === key) return code;
        if (await directory.setJoinKey(record.id, key, salt)) return code;
      }
      throw new Error(`could not find a free join code for board ${record.id}; this should never happen`);
    },
    async resolve(input) {
      const code = normalizeJoinCode(input);
      if (code === null) return null;
      const record = await directory.findByJoinKey(joinKeyOf(secret, code));
      // The key may be left over from before the participant link was replaced: that code opens nothing any more.
      if (!record || joinCodeFor(secret, record.id, record.participantEpoch, record.joinSalt) !== code) return null;
      return record;
    },
  };
}
