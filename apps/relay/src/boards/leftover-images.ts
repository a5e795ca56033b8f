import type { BoardDirectory } from '../storage/board-directory';
import type { ImageStore } from '../storage/image-store';

/**
 * Erases the images of boards that no longer exist: what an erase interrupted between the board's directory entry
 * and its images (a crash, a database error) left behind. Run at start-up, as the SQLite store finishes an
 * interrupted wipe of its log then. Resolves with how many boards' images it erased.
 */
export async function eraseLeftoverImages(deps: { images: ImageStore; directory: BoardDirectory }): Promise<number> {
  let erased = 0;
  for (const boardId of await deps.images.boardsWithImages()) {
    // A board always exists before its first image is stored, and an upload that finds its board gone after storing
    // erases what it stored: a reference without a board is one an erase did not finish.
    if ((await deps.directory.get(boardId)) !== null) continue;
    await deps.images.eraseBoard(boardId);
    erased++;
  }
  return erased;
}
