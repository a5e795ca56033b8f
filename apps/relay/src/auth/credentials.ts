import { BOARD_SUBPROTOCOL, readSubprotocols, type RefusalCode } from '@notevote/board';

/** The link token and device key a client presented, or why they cannot be used. */
export type Credentials = { ok: true; token: string | null; key: string | null } | { ok: false; reason: RefusalCode };

/** Splits a `Sec-WebSocket-Protocol` header (`a, b, c`; Node joins repeated headers with commas too). */
function splitHeader(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/**
 * Where a client's credentials are read from. The recommended place is the `Sec-WebSocket-Protocol` header
 * (`notevote`, `notevote-token.<token>`, `notevote-key.<key>`; see `credentialSubprotocols`), because reverse proxies
 * log URLs by default. The older `?token=…&key=…` query stays accepted for third-party clients.
 *
 * Both at once is refused rather than resolved: the two could disagree (a stale key left in `params`), and a client
 * that still puts credentials in its URL leaks them to proxy logs whatever the header says, so it should hear so.
 */
export function readCredentials(url: URL, protocolHeader: string | undefined): Credentials {
  const offered = readSubprotocols(splitHeader(protocolHeader));
  const inHeader = offered.token !== null || offered.key !== null;
  const inQuery = url.searchParams.has('token') || url.searchParams.has('key');
  if (!inHeader) return { ok: true, token: url.searchParams.get('token'), key: url.searchParams.get('key') };
  if (inQuery) {
    return { ok: false, reason: 'credentials-ambiguous' };
  }
  if (offered.repeated) {
    return { ok: false, reason: 'credentials-ambiguous' };
  }
  if (!offered.board) {
    // The client's handshake fails anyway (the relay answers only `notevote`); this reason reaches the relay's log.
    return { ok: false, reason: 'subprotocol-missing' };
  }
  return { ok: true, token: offered.token, key: offered.key };
}

/**
 * The subprotocol the relay answers with (the `ws` server's `handleProtocols`). Always `notevote` when offered and
 * nothing otherwise: answering with an entry that carries a credential would echo it into the response, and `ws`
 * would by default pick the first entry offered, whatever it holds.
 */
export function selectSubprotocol(offered: Set<string>): string | false {
  return offered.has(BOARD_SUBPROTOCOL) ? BOARD_SUBPROTOCOL : false;
}
