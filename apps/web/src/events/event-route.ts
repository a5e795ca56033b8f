import { isValidBoardId } from '@notevote/board';

/** The event pages: creating an event (`/e`), its organiser's page (`/e/<id>`), the drop-in page (`/d/<code>`). */
export type EventRoute =
  { page: 'create' } | { page: 'organiser'; eventId: string } | { page: 'drop-in'; code: string } | { page: 'invalid' };

/** The event page a path names, or null for any other page. */
export function eventRouteFromPath(pathname: string): EventRoute | null {
  if (/^\/e\/?$/.test(pathname)) return { page: 'create' };
  const event = /^\/e\/([^/]*)\/?$/.exec(pathname);
  if (event) {
    const id = safeDecode(event[1] ?? '');
    return id !== null && isValidBoardId(id) ? { page: 'organiser', eventId: id } : { page: 'invalid' };
  }
  const dropIn = /^\/d\/([^/]+)\/?$/.exec(pathname);
  if (dropIn) {
    // Any case, dash optional: the relay reads the code as a person may type it.
    const code = safeDecode(dropIn[1] ?? '');
    return code !== null && /^[A-Za-z0-9 -]{1,64}$/.test(code) ? { page: 'drop-in', code } : { page: 'invalid' };
  }
  return null;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
