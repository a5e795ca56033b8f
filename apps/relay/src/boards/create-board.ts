import type { FastifyBaseLogger } from 'fastify';
import { createId, type BoardLanguage } from '@notevote/board';
import type { BoardHost } from '../rooms/board-host';
import type { BoardDirectory, BoardRecord } from '../storage/board-directory';
import type { JoinCodes } from './join-codes';

/** What a new board starts with: its title, whether it is anonymous, and the language its reports are written in. */
export interface NewBoard {
  title: string;
  anonymous: boolean;
  language?: BoardLanguage;
}

/** Creates one board and resolves with its directory record. */
export type CreateBoard = (board: NewBoard) => Promise<BoardRecord>;

/**
 * Creating a board, one way for every route that does (`POST /api/boards`, an event's boards): its directory record,
 * its join code, and its first state written by the relay, wherever the board is held.
 */
export function boardCreator({
  directory,
  joinCodes,
  host,
  log,
}: {
  directory: BoardDirectory;
  joinCodes: JoinCodes;
  host: BoardHost;
  log: FastifyBaseLogger;
}): CreateBoard {
  return async ({ title, anonymous, language }) => {
    const record = await directory.create(createId(12));
    // The join code's lookup key is registered now, so the first person to show the code waits for nothing.
    await joinCodes.current(record);
    // The relay writes the board's first state itself (when the room loads), so the title is there before anyone joins.
    await host.initBoard(record.id, { title, anonymous, ...(language ? { language } : {}) });
    log.info({ board: record.id }, 'board created');
    return record;
  };
}
