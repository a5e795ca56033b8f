import { useEffect, useSyncExternalStore } from 'react';
import type { Note, NoteImage } from '@notevote/board';
import { useBoard } from '../sync/board-context';
import { readBoardAccess } from '../sync/board-link';
import { fetchImage } from '../sync/image-api';
import { bitmapWidthFor } from './bitmap-level';
import { SketchImages, type PictureSource, type PictureStatus } from './sketch-images';

/**
 * One picture cache per board for the page's lifetime, shared by the canvas's NoteShapes, the batched painter and
 * the description dialog, and kept when the board's connection is replaced after a refusal (the pictures are the
 * same).
 */
const caches = new Map<string, SketchImages>();

/** The picture cache of a board. */
export function sketchImagesFor(boardId: string): SketchImages {
  let images = caches.get(boardId);
  if (!images) {
    images = new SketchImages(browserSource(boardId));
    caches.set(boardId, images);
  }
  return images;
}

/** The open board's picture cache. */
export function useSketchImages(): SketchImages {
  return sketchImagesFor(useBoard().connection.boardId);
}

/** Device pixels per CSS pixel, as Konva draws (its default pixel ratio is the window's). */
export function devicePixelRatio(): number {
  return typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
}

function browserSource(boardId: string): PictureSource<ImageBitmap> {
  return {
    fetch: (ref) => {
      // The link's token, read from the page's fragment as every relay call reads it.
      const { token } = readBoardAccess();
      return token ? fetchImage(boardId, token, ref) : Promise.reject(new Error('no board link token'));
    },
    decode: decodeBitmap,
  };
}

/**
 * Decodes a picture `width` pixels wide. The browser scales while decoding (`resizeWidth`), so the full-size bitmap
 * of a 12-megapixel photo never sits in memory for a thumbnail; where that option is missing, the full picture is
 * drawn smaller on a canvas and let go.
 */
export async function decodeBitmap(blob: Blob, width: number, naturalWidth: number): Promise<ImageBitmap> {
  if (width >= naturalWidth) return createImageBitmap(blob);
  try {
    return await createImageBitmap(blob, { resizeWidth: width, resizeQuality: 'high' });
  } catch {
    const full = await createImageBitmap(blob);
    try {
      const height = Math.max(1, Math.round((full.height * width) / full.width));
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) return full;
      context.drawImage(full, 0, 0, width, height);
      full.close();
      return canvas.transferToImageBitmap();
    } catch {
      return full;
    }
  }
}

/**
 * Asks for the pictures of the sketches among `notes` (those in and near the view) at the width the zoom needs:
 * pictures load only when their sketch comes near the view, and a picture that failed is tried again when it is
 * in view again after its pause (see SketchImages.want). Asked again whenever the cache changes, without a render:
 * that marks what is in view as in use, so making room for a new picture never lets go of one on screen.
 */
export function useSketchLoading(notes: readonly Note[], scale: number): void {
  const images = useSketchImages();
  useEffect(() => {
    const sketches = notes.filter((note): note is Note & { image: NoteImage } => note.image !== undefined);
    if (sketches.length === 0) return;
    const ratio = devicePixelRatio();
    const ask = () => {
      for (const note of sketches) {
        images.want(note.image.ref, bitmapWidthFor(note, scale * ratio), note.image.width);
      }
    };
    ask();
    return images.subscribe(ask);
  }, [images, notes, scale]);
}

/** The picture to draw for a sketch `width` pixels wide (or the nearest there is), and whether it is there yet. */
export function useSketchPicture(
  image: NoteImage,
  width: number,
): { bitmap: ImageBitmap | null; status: PictureStatus } {
  const images = useSketchImages();
  const bitmap = useSyncExternalStore(images.subscribe, () => images.bitmap(image.ref, width));
  const status = useSyncExternalStore(images.subscribe, () => images.status(image.ref));
  return { bitmap, status };
}
