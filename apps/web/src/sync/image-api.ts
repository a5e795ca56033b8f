import { IMAGE_REF_PATTERN, LIMITS, type NoteImage } from '@notevote/board';
import { ensureOk } from './board-link';

/*
 * The relay's image API, as the other relay calls are made (board-link, report-download): paths on this page's own
 * origin, the board link's token in the Authorization header. There are no public image URLs: a picture is fetched
 * with the token and drawn from the bytes.
 */

/** The types a sketch may be (what the relay accepts and every browser draws). */
export const SKETCH_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** The largest upload the relay takes (apps/relay/src/images/limits.ts), checked here first to spare the Wi-Fi. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * Why a picture was not added: the relay's refusal codes (`too-large`, `unsupported-type`, `not-an-image`,
 * `too-many-pixels`, `corrupt`), or `busy` (too many uploads: 429), `not-allowed` (this link may not add pictures),
 * `network` (no answer) and `failed` (anything else).
 */
export type UploadProblem =
  | 'too-large'
  | 'unsupported-type'
  | 'not-an-image'
  | 'too-many-pixels'
  | 'corrupt'
  | 'busy'
  | 'not-allowed'
  | 'network'
  | 'failed';

const RELAY_REFUSALS: ReadonlySet<string> = new Set([
  'too-large',
  'unsupported-type',
  'not-an-image',
  'too-many-pixels',
  'corrupt',
]);

export type UploadResult = { ok: true; image: NoteImage } | { ok: false; problem: UploadProblem };

function imagesPath(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/images`;
}

/**
 * What can be told about a file before sending it: too big, not a picture at all, or a picture of a kind the relay
 * refuses (HEIC, GIF, SVG…). A file whose type the browser does not know goes to the relay, which reads the bytes.
 */
export function checkBeforeUpload(file: { size: number; type: string }): UploadProblem | null {
  if (file.size > MAX_UPLOAD_BYTES) return 'too-large';
  if (file.size === 0) return 'not-an-image';
  if (file.type === '' || (SKETCH_TYPES as readonly string[]).includes(file.type)) return null;
  return file.type.startsWith('image/') ? 'unsupported-type' : 'not-an-image';
}

/** Whether a file (dropped or pasted) is meant as a picture: an image type, or no type the browser knows. */
export function looksLikePicture(file: { type: string }): boolean {
  return file.type === '' || file.type.startsWith('image/');
}

/**
 * Reads the relay's answer to an upload: 201 with the stored picture (checked as the board checks a sketch's image,
 * so a note is never created from an answer it would refuse), or the refusal code of a 4xx.
 */
export function readUploadAnswer(status: number, body: string): UploadResult {
  let json: unknown = null;
  try {
    json = JSON.parse(body);
  } catch {
    // Not JSON (a proxy's error page): the status alone decides.
  }
  if (status === 201 || status === 200) {
    const image = storedImage(json);
    return image ? { ok: true, image } : { ok: false, problem: 'failed' };
  }
  const code = typeof json === 'object' && json !== null ? (json as { error?: unknown }).error : undefined;
  if (typeof code === 'string' && RELAY_REFUSALS.has(code)) return { ok: false, problem: code as UploadProblem };
  if (status === 413) return { ok: false, problem: 'too-large' };
  if (status === 415) return { ok: false, problem: 'unsupported-type' };
  if (status === 429) return { ok: false, problem: 'busy' };
  if (status === 401 || status === 403) return { ok: false, problem: 'not-allowed' };
  if (status === 0) return { ok: false, problem: 'network' };
  return { ok: false, problem: 'failed' };
}

function storedImage(json: unknown): NoteImage | null {
  if (typeof json !== 'object' || json === null) return null;
  const { ref, width, height, orientation } = json as Record<string, unknown>;
  const side = (n: unknown): n is number =>
    Number.isInteger(n) && (n as number) >= 1 && (n as number) <= LIMITS.maxImageSide;
  if (typeof ref !== 'string' || !IMAGE_REF_PATTERN.test(ref) || !side(width) || !side(height)) return null;
  const turn = Number.isInteger(orientation) && (orientation as number) >= 1 && (orientation as number) <= 8;
  return { ref, width, height, orientation: turn ? (orientation as number) : 1 };
}

/**
 * Sends a picture to the relay (`POST /api/boards/<id>/images`, the raw bytes) and reports how much is sent, 0 to 1.
 * XMLHttpRequest rather than fetch: only it reports upload progress, which matters on a phone on venue Wi-Fi.
 * Never rejects: every failure is an `UploadProblem`.
 */
export function uploadImage(
  boardId: string,
  token: string,
  file: Blob,
  onProgress: (fraction: number) => void = () => {},
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', imagesPath(boardId));
    request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total));
    };
    request.onload = () => resolve(readUploadAnswer(request.status, request.responseText));
    request.onerror = () => resolve({ ok: false, problem: 'network' });
    request.ontimeout = () => resolve({ ok: false, problem: 'network' });
    request.onabort = () => resolve({ ok: false, problem: 'network' });
    request.send(file);
  });
}

/** A sketch's picture (`GET /api/boards/<id>/images/<ref>`); rejects when it cannot be had (network, 404…). */
export async function fetchImage(boardId: string, token: string, ref: string): Promise<Blob> {
  const response = await ensureOk(
    // The web app keeps its own copy in memory (sketches/sketch-images); whether the browser may keep one on disk is
    // the relay's call (its Cache-Control).
    await fetch(`${imagesPath(boardId)}/${encodeURIComponent(ref)}`, { headers: { authorization: `Bearer ${token}` } }),
  );
  return response.blob();
}
