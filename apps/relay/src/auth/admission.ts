import { isValidBoardId, parsePrivateDocName, type RefusalCode } from '@notevote/board';
import type { Channel } from '../rooms/connection';
import { epochOf, type BoardDirectory } from '../storage/board-directory';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';
import { verifyToken, type Role } from './capabilities';
import { readCredentials } from './credentials';

/**
 * Who a WebSocket connection is, decided before the upgrade completes. Its user id depends on the board (see
 * `deriveBoardIdentity` in @notevote/board), so the room derives it from the device key once the board is loaded.
 */
export type Admission =
  | {
      ok: true;
      boardId: string;
      role: Role;
      epoch: number;
      channel: Channel;
      /** The device secret the user id derives from; null for a projector. */
      deviceKey: string | null;
      /** For a private document (`/ws/<boardId>/<userId>`): the user id in its path. */
      owner: string | null;
    }
  | { ok: false; code: CloseCodeValue; reason: RefusalCode; boardId: string | null };

/** Device secrets are random and long; a short one is a mistake or a guess. */
const MIN_DEVICE_KEY_LENGTH = 16;

export interface AdmissionDeps {
  directory: BoardDirectory;
  secret: Uint8Array;
}

/** Splits `/ws/<boardId>` or `/ws/<boardId>/<userId>` (a private document); null parts when malformed. */
export function parsePath(pathname: string): { boardId: string; owner: string | null } | null {
  const raw = pathname.startsWith('/ws/') ? pathname.slice('/ws/'.length) : '';
  let name = '';
  try {
    name = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!name.includes('/')) return isValidBoardId(name) ? { boardId: name, owner: null } : null;
  const parsed = parsePrivateDocName(name);
  return parsed ? { boardId: parsed.boardId, owner: parsed.userId } : null;
}

/**
 * Checks a connection to `/ws/<boardId>` with a capability token and a device secret, presented in the
 * `Sec-WebSocket-Protocol` header or as `?token=…&key=…` (see `readCredentials`). The token gives the role; the key
 * proves the user id (its hash), so nobody acts as another user without their device. Projectors have no user id.
 * `/ws/<boardId>/<userId>` is that user's private document: only a device whose key hashes to `<userId>` opens it.
 */
export async function admit(url: URL, protocolHeader: string | undefined, deps: AdmissionDeps): Promise<Admission> {
  const path = parsePath(url.pathname);
  const boardId = path?.boardId ?? '';
  if (!path) return { ok: false, code: CloseCode.invalidBoardId, reason: 'no-such-board', boardId: null };
  const record = await deps.directory.get(boardId);
  if (!record) return { ok: false, code: CloseCode.invalidBoardId, reason: 'no-such-board', boardId };
  const credentials = readCredentials(url, protocolHeader);
  if (!credentials.ok) return { ok: false, code: CloseCode.unauthorized, reason: credentials.reason, boardId };
  const { token } = credentials;
  if (!token) return { ok: false, code: CloseCode.unauthorized, reason: 'link-missing', boardId };
  const check = verifyToken(deps.secret, boardId, token, (role) => epochOf(record, role));
  if (!check.ok) return { ok: false, code: CloseCode.unauthorized, reason: check.reason, boardId };
  const channel: Channel = path.owner === null ? 'board' : 'private';
  if (check.role === 'projector') {
    if (path.owner !== null) {
      return { ok: false, code: CloseCode.forbidden, reason: 'projector-has-no-private', boardId };
    }
    return { ok: true, boardId, role: 'projector', epoch: check.epoch, channel, deviceKey: null, owner: null };
  }
  const key = credentials.key ?? '';
  if (key.length < MIN_DEVICE_KEY_LENGTH) {
    return { ok: false, code: CloseCode.unauthorized, reason: 'device-key-missing', boardId };
  }
  return { ok: true, boardId, role: check.role, epoch: check.epoch, channel, deviceKey: key, owner: path.owner };
}
