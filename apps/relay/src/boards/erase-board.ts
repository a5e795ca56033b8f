import type { BoardHost } from '../rooms/board-host';
import type { BoardDirectory } from '../storage/board-directory';
import type { ImageStore } from '../storage/image-store';

/** Erases a board for good; null when there was no such board, else how many connections were closed. */
export type EraseBoard = (boardId: string) => Promise<{ closed: number } | null>;

/**
 * Erasing a board, in the order that keeps it erased: first its directory entry (from then on no link of it admits
 * anyone and no room of it loads), then the host (every instance holding it, when clustered) closes its connections with 4404 `board-erased` and discards
 * its room without writing, and finally the store erases the board and its private documents from disk
 * (RoomRegistry.erase waits for writes already under way, so nothing is written after). Then its images: their
 * store is shared by every instance, so this one erases them itself. An upload that passed its link check before the
 * directory entry went checks again after storing (routes/images.ts), so no reference outlives the board.
 */
export function createBoardEraser(deps: {
  directory: BoardDirectory;
  host: BoardHost;
  images: ImageStore;
}): EraseBoard {
  return async (boardId) => {
    if (!(await deps.directory.remove(boardId))) return null;
    let closed: number;
    try {
      closed = await deps.host.erase(boardId);
    } finally {
      // Even when the documents could not be erased: the board is gone from the directory either way.
      await deps.images.eraseBoard(boardId);
    }
    return { closed };
  };
}
