import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { credentialSubprotocols } from '../../packages/board/src/schema/subprotocol';
import { CURRENT_USER_ID_SCHEME, deriveUserId } from '../../packages/board/src/identity/derive';

/**
 * Opens a bare WebSocket to a board from an absolute link (`…/b/<id>#k=<token>`) as a new device, credentials in
 * the Sec-WebSocket-Protocol header as the web app sends them. Says which board it is and the user id the relay
 * binds the connection to (derived from the fresh device key, as the relay does).
 */
export function openLinkSocket(link: string): { socket: WebSocket; boardId: string; userId: string } {
  const url = new URL(link);
  const boardId = url.pathname.replace(/^\/b\//, '');
  const token = new URLSearchParams(url.hash.slice(1)).get('k');
  if (!token) throw new Error(`not a board link: ${link}`);
  const key = randomBytes(32).toString('base64url');
  const socket = new WebSocket(
    `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}/ws/${boardId}`,
    credentialSubprotocols({ token, key }),
  );
  return { socket, boardId, userId: deriveUserId(key, boardId, CURRENT_USER_ID_SCHEME) };
}
