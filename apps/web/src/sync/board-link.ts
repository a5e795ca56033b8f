import { isSubprotocolSafe, roleOfToken, type BoardLanguage, type Role } from '@notevote/board';

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

/**
 * An absolute link from a path the relay returned, on `origin`: the origin the relay advertises (`LinkAnswer.origin`:
 * its PUBLIC_URL, or the laptop's LAN address when this page was opened at 127.0.0.1), else this page's own.
 */
export function absoluteLink(path: string, origin: string = window.location.origin): string {
  return new URL(path, origin).toString();
}

export interface BoardLinks {
  facilitator: string;
  participant: string;
  projector: string;
}

/** A board's join code (`K7QF-M2XD`) and its short URL (`<origin>/j/K7QFM2XD`), which opens the participant link. */
export interface JoinLink {
  code: string;
  url: string;
}

/** Why phones cannot open the advertised origin: the relay listens on 127.0.0.1, or the laptop has no network. */
export type Unreachable = 'loopback-only' | 'no-lan-address';

/** What the relay tells the facilitator about the links (GET /api/boards/<id>/links). */
export interface LinkAnswer {
  /** Paths (`/b/<id>#k=<token>`); put `origin` in front of them with absoluteLink. */
  links: BoardLinks;
  /** The origin links must carry so that other devices can open them. */
  origin: string;
  reachable: boolean;
  unreachable?: Unreachable;
  join: JoinLink;
}

/** The relay refused a request: its HTTP status and the sentence it wrote for people (`{ error, message }`). */
export class RelayRequestError extends Error {
  override readonly name = 'RelayRequestError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Throws a RelayRequestError with the relay's own explanation when it sent one. */
export async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  let message = `the server answered ${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string' && body.message) message = body.message;
  } catch {
    // Not JSON (a proxy's error page): the status line says enough.
  }
  throw new RelayRequestError(response.status, message);
}

/**
 * Asks the relay to create a board; returns its id and the three links (as paths). `createKey` is the server's
 * creation key, for servers that require one (they answer 401 without it); `language` the one its reports are
 * written in (the relay's default, English, when not given).
 */
export async function createBoardOnServer(
  title: string,
  createKey?: string,
  anonymous = false,
  language?: BoardLanguage,
): Promise<{ boardId: string; links: BoardLinks }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (createKey) headers['authorization'] = `Bearer ${createKey}`;
  const body = JSON.stringify({ title, anonymous, ...(language ? { language } : {}) });
  const response = await ensureOk(await fetch('/api/boards', { method: 'POST', headers, body }));
  return (await response.json()) as { boardId: string; links: BoardLinks };
}

/** The board's current links, the origin to share them on, and the join code (facilitator only). */
export async function fetchLinks(boardId: string, facilitatorToken: string): Promise<LinkAnswer> {
  const response = await ensureOk(
    await fetch(`/api/boards/${boardId}/links`, { headers: { authorization: `Bearer ${facilitatorToken}` } }),
  );
  return (await response.json()) as LinkAnswer;
}

/**
 * Replaces one role's link; everyone using the old one is disconnected (facilitator only). Returns the new answer:
 * replacing the participant link replaces the join code too.
 */
export async function replaceLink(boardId: string, facilitatorToken: string, role: Role): Promise<LinkAnswer> {
  const response = await ensureOk(
    await fetch(`/api/boards/${boardId}/links/${role}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${facilitatorToken}` },
    }),
  );
  return (await response.json()) as LinkAnswer;
}

/**
 * Makes the board anonymous or named (facilitator only). The relay refuses (409) once the board has a note or a dot:
 * what was written under names cannot be made anonymous afterwards.
 */
export async function setBoardAnonymity(boardId: string, facilitatorToken: string, anonymous: boolean): Promise<void> {
  await ensureOk(
    await fetch(`/api/boards/${boardId}/anonymity`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${facilitatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ anonymous }),
    }),
  );
}

/** Erases the board for good: its notes, votes, private notes and links (facilitator only). */
export async function deleteBoard(boardId: string, facilitatorToken: string): Promise<void> {
  await ensureOk(
    await fetch(`/api/boards/${boardId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${facilitatorToken}` },
    }),
  );
}
