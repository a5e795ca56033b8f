import { isSubprotocolSafe, roleOfToken, type Role } from '@notevote/board';

/** The capability in a board link (`/b/<id>#k=<token>`). It lives in the fragment, which browsers never send to a server. */
export interface BoardAccess {
  token: string | null;
  role: Role | null;
}

/**
 * Reads the access token and the role it claims from the page's fragment. A value that cannot be a token (a link
 * damaged in transit, e.g. a bracket a chat app glued on) counts as none: it could not travel in the
 * Sec-WebSocket-Protocol header, and the relay then says the link is missing its key.
 */
export function readBoardAccess(hash: string = window.location.hash): BoardAccess {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get('k');
  const token = raw && isSubprotocolSafe(raw) ? raw : null;
  return { token, role: token ? roleOfToken(token) : null };
}

/** An absolute link from a path the relay returned (the relay cannot know its public origin behind a proxy). */
export function absoluteLink(path: string, origin: string = window.location.origin): string {
  return new URL(path, origin).toString();
}

export interface BoardLinks {
  facilitator: string;
  participant: string;
  projector: string;
}

/** Asks the relay to create a board; returns its id and the three links (as paths). */
export async function createBoardOnServer(title: string): Promise<{ boardId: string; links: BoardLinks }> {
  const response = await fetch('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
  return (await response.json()) as { boardId: string; links: BoardLinks };
}

/** The board's current links (facilitator only). */
export async function fetchLinks(boardId: string, facilitatorToken: string): Promise<BoardLinks> {
  const response = await fetch(`/api/boards/${boardId}/links`, {
    headers: { authorization: `Bearer ${facilitatorToken}` },
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return ((await response.json()) as { links: BoardLinks }).links;
}

/** Replaces the participant link; everyone using the old one is disconnected (facilitator only). */
export async function rotateParticipantLink(boardId: string, facilitatorToken: string): Promise<BoardLinks> {
  const response = await fetch(`/api/boards/${boardId}/participant-link`, {
    method: 'POST',
    headers: { authorization: `Bearer ${facilitatorToken}` },
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return ((await response.json()) as { links: BoardLinks }).links;
}
