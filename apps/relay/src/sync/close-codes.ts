/**
 * WebSocket close codes the relay uses. The stock y-websocket client treats 4400–4499 as permanent (it stops
 * reconnecting and emits `closed`), and every other code as transient (it reconnects with backoff). So a refusal that
 * would repeat on every retry uses 44xx; anything that may clear up by itself uses another code.
 * (A message over MAX_MESSAGE_BYTES is closed by the ws library itself with 1009.)
 */
export const CloseCode = {
  /** The server is shutting down or restarting; reconnect. */
  goingAway: 1001,
  /** Another instance of a cluster serves the board now (or the way to it broke); reconnect to reach it. */
  serviceRestart: 1012,
  /** An internal error, e.g. the disk refused a write; reconnect later. */
  internalError: 1011,
  /** The client cannot keep up (its outgoing buffer is full); reconnect and resync. */
  tryAgainLater: 1013,
  /** A message could not be decoded: resending it would fail the same way. */
  malformedMessage: 4400,
  /** No valid capability link (missing, malformed, for another board, or rotated away). */
  unauthorized: 4401,
  /** The connection tried something its role does not allow (e.g. a projector writing, a participant editing
   * someone else's votes). Honest clients never trip this; resending would fail the same way. */
  forbidden: 4403,
  /** The WebSocket path names no valid board, or no board with that id exists. */
  invalidBoardId: 4404,
  /** The board reached its maximum size (MAX_DOC_BYTES). */
  tooLarge: 4413,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];
