/** How a drop-in joins from a phone, as the relay answers `GET /api/boards/<id>/join` to the projector. */
export interface JoinInfo {
  /** A short code that stands for the participant link. */
  code: string;
  /** The address phones open (the participant link, or the short one that grants exactly its rights). */
  url: string;
  /** The origin in `url`: the address phones can reach. */
  origin: string;
  /** Whether the relay believes phones can reach `origin` (false for a loopback address, say). */
  reachable: boolean;
}

/** How often the projector asks again (a replaced participant link changes the code). */
export const JOIN_REFRESH_MS = 120_000;

const MAX_LENGTH = 2_000;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_LENGTH;

/** Reads the relay's answer, or null when it is not what a projector can show. Never throws. */
export function readJoinInfo(body: unknown): JoinInfo | null {
  if (typeof body !== 'object' || body === null) return null;
  const { code, url, origin, reachable } = body as Record<string, unknown>;
  if (!isText(code) || !isText(url) || !isText(origin)) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  } catch {
    return null;
  }
  return { code, url, origin, reachable: reachable === true };
}

/**
 * Asks this relay (the page's own origin, never another host) how to join the board, with the projector link's
 * token. Null when it answers with anything but a join address (no such endpoint, a replaced link); throws only
 * when the request itself failed (offline), so the caller can keep showing what it had.
 */
export async function fetchJoinInfo(boardId: string, token: string): Promise<JoinInfo | null> {
  const response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/join`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) return null;
  return readJoinInfo(await response.json().catch(() => null));
}
