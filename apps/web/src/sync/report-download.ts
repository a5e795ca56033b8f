import { ensureOk } from './board-link';

/** The two files of the outcome report the relay writes. */
export type ReportFormat = 'md' | 'csv';

/** A file to save: its content and the name the relay gave it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * Fetches `report.md` or `report.csv` with the facilitator's (or projector's) token. The file name comes from the
 * relay's Content-Disposition (the board's title), the UTF-8 form first.
 */
export async function fetchReport(boardId: string, token: string, format: ReportFormat): Promise<DownloadedFile> {
  const response = await ensureOk(
    await fetch(`/api/boards/${boardId}/report.${format}`, { headers: { authorization: `Bearer ${token}` } }),
  );
  return { blob: await response.blob(), filename: attachmentName(response.headers.get('content-disposition'), format) };
}

/** The file name in a Content-Disposition header (`filename*` first, then `filename`), or a plain fallback. */
export function attachmentName(header: string | null, format: ReportFormat): string {
  const fallback = `report.${format}`;
  if (!header) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return safeFileName(decodeURIComponent(extended)) || fallback;
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  return safeFileName(/filename="([^"]*)"/i.exec(header)?.[1] ?? '') || fallback;
}

/** A name every file system accepts: no path separators, control or reserved characters. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  return name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-').replace(/^[.\s-]+|[.\s-]+$/g, '');
}

/** A board title as the start of a file name, as the relay names the report (`Clean water: <Nairobi>` → `Clean-water-Nairobi`). */
export function titleForFileName(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  return safeFileName(title.replace(/[\s\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-')) || 'board';
}

/** Saves a file the way a download link does: the browser asks where, or puts it in Downloads. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL is only needed until the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
