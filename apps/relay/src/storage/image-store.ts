import { createId } from '@notevote/board';
import type { CleanImage } from '../images/sanitize';
import type { ExifOrientation, ImageType } from '../images/types';

/**
 * Where sketches' pictures are kept. Content-addressed: each distinct cleaned image is stored once, under its SHA-256,
 * and each board refers to it under a random `ref` of its own (`board_images` in SQL). The ref is the capability a
 * note carries: whoever reads the note may fetch the picture, on that board only. An image's reference count is its
 * number of board references, so erasing a board removes its references and then every image nobody refers to.
 */
export interface ImageStore {
  /**
   * Stores a cleaned image for a board (its bytes only if no board has the same image yet) and gives the board a
   * fresh reference to it. Resolves once both are durable.
   */
  put(boardId: string, image: ImageToStore, now?: number): Promise<ImageReference>;
  /** The image `ref` names on this board, or null when the board has no such reference (any other board's included). */
  get(boardId: string, ref: string): Promise<StoredImage | null>;
  /**
   * Removes every reference of the board, then every image no reference points at any more, in one transaction;
   * resolves once the removed images' bytes are gone from the store's files, not merely unreachable (see each
   * adapter). A reference added after the call is not covered: the caller checks the board still exists after `put`.
   */
  eraseBoard(boardId: string): Promise<ErasedImages>;
  /** Boards that hold at least one reference, in any order: to find references an interrupted erase left behind. */
  boardsWithImages(): Promise<string[]>;
  /** How many board references point at the image with this SHA-256 (0 when none, or no such image). */
  references(sha256: string): Promise<number>;
  /** Whether the image's bytes are stored. */
  holds(sha256: string): Promise<boolean>;
  /** Releases resources; idempotent. Further calls reject. */
  close(): Promise<void>;
}

/** What the store keeps of a cleaned upload (`sanitizeImage`'s output). */
export type ImageToStore = Pick<CleanImage, 'bytes' | 'sha256' | 'type' | 'width' | 'height' | 'orientation'>;

/** A board's reference to an image, and what a note needs to draw it. */
export interface ImageReference {
  ref: string;
  sha256: string;
  type: ImageType;
  width: number;
  height: number;
  /** The EXIF orientation (1–8) of this upload: it belongs to the reference, since the stored bytes carry none. */
  orientation: ExifOrientation;
}

export interface StoredImage extends ImageReference {
  bytes: Uint8Array;
}

/** What `eraseBoard` removed: the board's references, and the images that no board refers to any more. */
export interface ErasedImages {
  references: number;
  images: number;
}

/** An image ref: 22 characters of the board package's id alphabet (132 random bits), as `IMAGE_REF_PATTERN` wants. */
export const newImageRef = (): string => createId(22);

/** Thrown (as a rejection) by any ImageStore call made after `close()`. */
export class ImageStoreClosedError extends Error {
  override readonly name = 'ImageStoreClosedError';
  constructor(operation: string) {
    super(
      `The image store is closed: cannot ${operation} after close(). ` +
        'This usually means a request arrived during relay shutdown.',
    );
  }
}

const IMAGE_TYPES: readonly string[] = ['png', 'jpeg', 'webp'] satisfies ImageType[];

/**
 * The type and orientation read back from a database row, checked: a value this relay never writes (a hand-edited
 * or damaged database) must not be served as a Content-Type or handed to the web app.
 */
export function checkedRow(row: { type: string; orientation: number }): {
  type: ImageType;
  orientation: ExifOrientation;
} {
  const { type, orientation } = row;
  if (!IMAGE_TYPES.includes(type) || !Number.isInteger(orientation) || orientation < 1 || orientation > 8) {
    throw new Error(
      `a stored image has type "${type}" and orientation ${orientation}, which this relay never writes: ` +
        'the database was changed by something else; restore it from a backup',
    );
  }
  return { type: type as ImageType, orientation: orientation as ExifOrientation };
}

/** An ImageStore in process memory: for tests and ephemeral servers (one instance only); lost on exit. */
export function createMemoryImageStore(): ImageStore {
  const images = new Map<string, { bytes: Uint8Array; type: ImageType; width: number; height: number }>();
  /** Per board: ref → the image's SHA-256 and this upload's orientation. */
  const boards = new Map<string, Map<string, { sha256: string; orientation: ExifOrientation }>>();
  let closed = false;
  const assertOpen = (operation: string): void => {
    if (closed) throw new ImageStoreClosedError(operation);
  };
  const references = (sha256: string): number => {
    let count = 0;
    for (const refs of boards.values()) for (const entry of refs.values()) if (entry.sha256 === sha256) count++;
    return count;
  };

  return {
    async put(boardId, image) {
      assertOpen('store an image');
      const { sha256, type, width, height, orientation } = image;
      // A copy: the caller's buffer is not the store's.
      if (!images.has(sha256)) images.set(sha256, { bytes: image.bytes.slice(), type, width, height });
      const ref = newImageRef();
      let refs = boards.get(boardId);
      if (refs === undefined) boards.set(boardId, (refs = new Map()));
      refs.set(ref, { sha256, orientation });
      return { ref, sha256, type, width, height, orientation };
    },
    async get(boardId, ref) {
      assertOpen('read an image');
      const entry = boards.get(boardId)?.get(ref);
      const image = entry && images.get(entry.sha256);
      if (!entry || !image) return null;
      return { ref, sha256: entry.sha256, orientation: entry.orientation, ...image, bytes: image.bytes.slice() };
    },
    async eraseBoard(boardId) {
      assertOpen('erase the images of a board');
      const refs = boards.get(boardId);
      if (refs === undefined) return { references: 0, images: 0 };
      boards.delete(boardId);
      let removed = 0;
      for (const sha256 of new Set([...refs.values()].map((entry) => entry.sha256))) {
        if (references(sha256) === 0 && images.delete(sha256)) removed++;
      }
      return { references: refs.size, images: removed };
    },
    async boardsWithImages() {
      assertOpen('list boards with images');
      return [...boards.keys()];
    },
    async references(sha256) {
      assertOpen('count references to an image');
      return references(sha256);
    },
    async holds(sha256) {
      assertOpen('look up an image');
      return images.has(sha256);
    },
    async close() {
      closed = true;
    },
  };
}
