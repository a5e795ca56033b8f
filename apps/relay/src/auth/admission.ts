import { isValidBoardId } from '@notevote/board';
import type { BoardDirectory } from '../storage/board-directory';
import { CloseCode, type CloseCodeValue } from '../sync/close-codes';
import { verifyToken, type Role } from './capabilities';
import { userIdFromDeviceSecret } from './user-id';

/** Who a WebSocket connection is, decided before the upgrade completes. */
export type Admission =
  | { ok: true; boardId: string; role: Role; userId: string | null; epoch: number }
  | { ok: false; code: CloseCodeValue; reason: string; boardId: string | null };

/** Device secrets are random and long; a short one is a mistake or a guess. */
const MIN_DEVICE_KEY_LENGTH = 16;

export interface AdmissionDeps {
  directory: BoardDirectory;
  secret: Uint8Array;
}

/**
 * Checks `/ws/<boardId>?token=<capability>&key=<device secret>`. The token gives the role; the key proves the
 * user id (its hash), so nobody acts as another user without their device. Projectors have no user id.
 */
export async function admit(url: URL, deps: AdmissionDeps): Promise<Admission> {
  const rawId = url.pathname.startsWith('/ws/') ? url.pathname.slice('/ws/'.length) : '';
  let boardId = '';
  try {
    boardId = decodeURIComponent(rawId);
  } catch {
    // Malformed percent-encoding: falls through to the invalid-id refusal.
  }
  if (!isValidBoardId(boardId)) {
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
  const check = verifyToken(deps.secret, boardId, token, (role) =>
    role === 'participant' ? record.participantEpoch : 0,
  );
  if (!check.ok) return { ok: false, code: CloseCode.unauthorized, reason: check.reason, boardId };
  if (check.role === 'projector') return { ok: true, boardId, role: 'projector', userId: null, epoch: check.epoch };
  const key = url.searchParams.get('key') ?? '';
  if (key.length < MIN_DEVICE_KEY_LENGTH) {
    return {
      ok: false,
      code: CloseCode.unauthorized,
      reason: 'missing device key: reload the page to create one',
      boardId,
    };
  }
  return { ok: true, boardId, role: check.role, userId: userIdFromDeviceSecret(key), epoch: check.epoch };
}
