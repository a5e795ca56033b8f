import Database from 'better-sqlite3';
import {
  checkedRow,
  ImageStoreClosedError,
  newImageRef,
  type ImageReference,
  type ImageStore,
  type ImageToStore,
} from './image-store';
import { preparePrivateDatabase } from './private-files';
import { migrate } from './sqlite-schema';
import { enableSecureDelete, truncateWalSoon } from './sqlite-wipe';

interface ImageRow {
  sha256: string;
  orientation: number;
  type: string;
  width: number;
  height: number;
  data: Buffer;
}

/**
 * Images in the same SQLite file as the boards (one file to back up), on a connection of their own, as the board
 * directory does (sqlite-directory.ts). It runs on the relay's main thread: an upload is one transaction of at most
 * 10 MB, rare next to document updates (which the storage thread commits), and a sketch must be on disk before the
 * note that shows it is written, so its fsync is not deferred.
 */
export function openSqliteImageStore(options: { path: string }): ImageStore {
  const dbPath = options.path;
  preparePrivateDatabase(dbPath);
  const db = new Database(dbPath);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // Other connections to the file may be migrating or writing at the same moment: wait briefly for the lock.
    db.pragma('busy_timeout = 5000');
    // Per connection: an erased image's bytes are zeroed in the file, not left in free pages (see sqlite-wipe.ts).
    enableSecureDelete(db);
    migrate(db);
  } catch (error) {
    db.close();
    throw new Error(
      `Could not open the image tables in ${dbPath}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Check that DATA_DIR is writable by the relay and holds a notevote database.',
      { cause: error },
    );
  }

  const insertImage = db.prepare<[string, Uint8Array, string, number, number, number]>(
    `INSERT INTO images (sha256, data, type, width, height, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (sha256) DO NOTHING`,
  );
  const insertRef = db.prepare<[string, string, string, number, number]>(
    'INSERT INTO board_images (board_id, ref, sha256, orientation, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string, string], ImageRow>(
    `SELECT r.sha256, r.orientation, i.type, i.width, i.height, i.data
       FROM board_images r JOIN images i ON i.sha256 = r.sha256
      WHERE r.board_id = ? AND r.ref = ?`,
  );
  const shasOfBoard = db.prepare<[string], { sha256: string }>(
    'SELECT DISTINCT sha256 FROM board_images WHERE board_id = ?',
  );
  const deleteRefs = db.prepare<[string]>('DELETE FROM board_images WHERE board_id = ?');
  const deleteUnreferenced = db.prepare<[string, string]>(
    'DELETE FROM images WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM board_images WHERE sha256 = ?)',
  );
  const boards = db.prepare<[], { board_id: string }>('SELECT DISTINCT board_id FROM board_images');
  const countRefs = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM board_images WHERE sha256 = ?');
  const hasImage = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM images WHERE sha256 = ?');

  const store = db.transaction((boardId: string, image: ImageToStore, ref: string, now: number) => {
    insertImage.run(image.sha256, image.bytes, image.type, image.width, image.height, now);
    insertRef.run(boardId, ref, image.sha256, image.orientation, now);
  });
  const erase = db.transaction((boardId: string) => {
    const shas = shasOfBoard.all(boardId).map((row) => row.sha256);
    const references = deleteRefs.run(boardId).changes;
    let images = 0;
    for (const sha256 of shas) images += deleteUnreferenced.run(sha256, sha256).changes;
    return { references, images };
  });

  let closed = false;
  const assertOpen = (operation: string): void => {
    if (closed) throw new ImageStoreClosedError(operation);
  };
  const failure = (what: string, consequence: string, error: unknown) =>
    new Error(
      `Could not ${what} in ${dbPath}: ${error instanceof Error ? error.message : String(error)}. ${consequence}. ` +
        'Check that the disk has free space and DATA_DIR is writable.',
      { cause: error },
    );

  return {
    async put(boardId, image, now = Date.now()): Promise<ImageReference> {
      assertOpen('store an image');
      const ref = newImageRef();
      try {
        store.immediate(boardId, image, ref, now);
      } catch (error) {
        throw failure(`store an image of board ${boardId}`, 'Nothing was stored', error);
      }
      const { sha256, type, width, height, orientation } = image;
      return { ref, sha256, type, width, height, orientation };
    },
    async get(boardId, ref) {
      assertOpen('read an image');
      const row = select.get(boardId, ref);
      if (!row) return null;
      const { sha256, width, height, data } = row;
      return { ref, sha256, width, height, ...checkedRow(row), bytes: data };
    },
    async eraseBoard(boardId) {
      assertOpen('erase the images of a board');
      let erased: { references: number; images: number };
      try {
        erased = erase.immediate(boardId);
      } catch (error) {
        throw failure(`erase the images of board ${boardId}`, 'Nothing was erased', error);
      }
      // secure_delete zeroed the rows and freed pages; the write-ahead log still holds earlier images of those pages.
      if (erased.references > 0 && !(await truncateWalSoon(db))) {
        throw new Error(
          `Erased the images of board ${boardId} from ${dbPath}, but could not yet empty its write-ahead log ` +
            `(${dbPath}-wal), which may still hold copies of their pages: another connection kept reading. The log ` +
            'is emptied at the next erase or restart of the relay.',
        );
      }
      return erased;
    },
    async boardsWithImages() {
      assertOpen('list boards with images');
      return boards.all().map((row) => row.board_id);
    },
    async references(sha256) {
      assertOpen('count references to an image');
      return countRefs.get(sha256)?.n ?? 0;
    },
    async holds(sha256) {
      assertOpen('look up an image');
      return hasImage.get(sha256) !== undefined;
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
