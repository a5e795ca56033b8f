import type { BoardHost } from '../rooms/board-host';
import type { BoardDirectory } from '../storage/board-directory';

/** Erases a board for good; null when there was no such board, else how many connections were closed. */
export type EraseBoard = (boardId: string) => Promise<{ closed: number } | null>;

/**
 * Erasing a board, in the order that keeps it erased: first its directory entry (from then on no link of it admits
 * anyone and no room of it loads), then the host (every instance holding it, when clustered) closes its connections with 4404 `board-erased` and discards
 * its room without writing, and finally the store erases the board and its private documents from disk
 * (RoomRegistry.erase waits for writes already under way, so nothing is written after).
 */
export function createBoardEraser(deps: { directory: BoardDirectory; host: BoardHost }): EraseBoard {
  return async (boardId) => {
    if (!(await deps.directory.remove(boardId))) return null;
    return { closed: await deps.host.erase(boardId) };
  };
}
