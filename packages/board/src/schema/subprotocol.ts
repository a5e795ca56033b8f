import { BoardInputError } from './validate';

/**
 * How a client presents its credentials (the link's capability token and its device key) when it opens a board's
 * WebSocket: as subprotocols in the `Sec-WebSocket-Protocol` header, not in the URL, because reverse proxies log
 * URLs (query strings included) by default and rarely log this header. The stock y-websocket client sends them with
 * its `protocols` option:
 *
 *   ['notevote', 'notevote-token.<token>', 'notevote-key.<device key>']
 *
 * The relay answers with `notevote` and never with an entry carrying a credential. A client that offers
 * subprotocols must get one of them back or its handshake fails, so `notevote` must be in the list.
 */
export const BOARD_SUBPROTOCOL = 'notevote';
const TOKEN_PREFIX = `${BOARD_SUBPROTOCOL}-token.`;
const KEY_PREFIX = `${BOARD_SUBPROTOCOL}-key.`;

/**
 * RFC 6455 subprotocols are HTTP tokens (RFC 9110 `tchar`). Capability tokens (`p0.<base64url>`) and the web app's
 * device keys (base64url) always are; a browser refuses to open a socket with anything else.
 */
const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Whether a token or key can travel in the `Sec-WebSocket-Protocol` header (it is an HTTP token). */
export function isSubprotocolSafe(value: string): boolean {
  return HTTP_TOKEN.test(value);
}

function asSubprotocol(prefix: string, value: string, what: string): string {
  if (!isSubprotocolSafe(value)) {
    throw new BoardInputError(
      `the ${what} cannot travel in the Sec-WebSocket-Protocol header: use letters, digits, '-', '_' or '.' only`,
    );
  }
  return prefix + value;
}

/** The subprotocol list that presents a token and (for anyone but a projector) a device key. */
export function credentialSubprotocols(credentials: { token?: string | null; key?: string | null }): string[] {
  const list = [BOARD_SUBPROTOCOL];
  if (credentials.token) list.push(asSubprotocol(TOKEN_PREFIX, credentials.token, 'link token'));
  if (credentials.key) list.push(asSubprotocol(KEY_PREFIX, credentials.key, 'device key'));
  return list;
}

/** What a client's subprotocol list says. */
export interface OfferedSubprotocols {
  /** Whether `notevote` was offered, so the relay can answer with it. */
  board: boolean;
  token: string | null;
  key: string | null;
  /** A token or key offered more than once: the relay refuses rather than guess which one was meant. */
  repeated: boolean;
}

/** Reads a subprotocol list (already split at commas and trimmed). Entries that are not notevote's are ignored. */
export function readSubprotocols(offered: Iterable<string>): OfferedSubprotocols {
  const result: OfferedSubprotocols = { board: false, token: null, key: null, repeated: false };
  for (const entry of offered) {
    if (entry === BOARD_SUBPROTOCOL) result.board = true;
    else if (entry.startsWith(TOKEN_PREFIX)) {
      result.repeated ||= result.token !== null;
      result.token = entry.slice(TOKEN_PREFIX.length);
    } else if (entry.startsWith(KEY_PREFIX)) {
      result.repeated ||= result.key !== null;
      result.key = entry.slice(KEY_PREFIX.length);
    }
  }
  return result;
}
