import { isValidBoardId, parsePrivateDocName } from '@notevote/board';
import type { Channel } from '../rooms/connection';
import { epochOf, type BoardDirectory } from '../storage/board-directory';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';
import { verifyToken, type Role } from './capabilities';
import { userIdFromDeviceSecret } from './user-id';

/** Who a WebSocket connection is, decided before the upgrade completes. */
export type Admission =
  | { ok: true; boardId: string; role: Role; userId: string | null; epoch: number; channel: Channel }
  | { ok: false; code: CloseCodeValue; reason: string; boardId: string | null };

/** Device secrets are random and long; a short one is a mistake or a guess. */
const MIN_DEVICE_KEY_LENGTH = 16;

export interface AdmissionDeps {
  directory: BoardDirectory;
  secret: Uint8Array;
}

/** Splits `/ws/<boardId>` or `/ws/<boardId>/<userId>` (a private document); null parts when malformed. */
function parsePath(pathname: string): { boardId: string; owner: string | null } | null {
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
 * Checks `/ws/<boardId>?token=<capability>&key=<device secret>`. The token gives the role; the key proves the
 * user id (its hash), so nobody acts as another user without their device. Projectors have no user id.
 * `/ws/<boardId>/<userId>` is that user's private document: only a device whose key hashes to `<userId>` opens it.
 */
export async function admit(url: URL, deps: AdmissionDeps): Promise<Admission> {
  const path = parsePath(url.pathname);
  const boardId = path?.boardId ?? '';
  if (!path) {
    return {
      ok: false,
      code: CloseCode.invalidBoardId,
      reason: 'invalid board id: use 1-64 letters, digits, _ or -',
      boardId: null,
    };
  }
  const record = await deps.directory.get(boardId);
  if (!record) return { ok: false, code: CloseCode.invalidBoardId, reason: 'there is no board with this id', boardId };
  const token = url.searchParams.get('token');
  if (!token) {
    return {
      ok: false,
      code: CloseCode.unauthorized,
      reason: 'this board needs a link with an access key; ask the facilitator',
      boardId,
    };
  }
  const check = verifyToken(deps.secret, boardId, token, (role) => epochOf(record, role));
  if (!check.ok) return { ok: false, code: CloseCode.unauthorized, reason: check.reason, boardId };
  if (check.role === 'projector') {
    if (path.owner !== null) {
      return {
        ok: false,
        code: CloseCode.forbidden,
        reason: 'a projector link has no private space; open the board itself',
        boardId,
      };
    }
    return { ok: true, boardId, role: 'projector', userId: null, epoch: check.epoch, channel: 'board' };
  }
  const key = url.searchParams.get('key') ?? '';
  if (key.length < MIN_DEVICE_KEY_LENGTH) {
    return {
      ok: false,
      code: CloseCode.unauthorized,
      reason: 'missing device key: reload the page to create one',
      boardId,
    };
  }
  const userId = userIdFromDeviceSecret(key);
  if (path.owner !== null && path.owner !== userId) {
    return {
      ok: false,
      code: CloseCode.forbidden,
      reason: "a private space opens only on its owner's device",
      boardId,
    };
  }
  return {
    ok: true,
    boardId,
    role: check.role,
    userId,
    epoch: check.epoch,
    channel: path.owner === null ? 'board' : 'private',
  };
}
