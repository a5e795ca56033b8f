import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RefusalCode } from '@notevote/board';

/*
 * An event's organiser link: `/e/<eventId>#k=<token>`, the token `o<epoch>.<mac>` with
 * mac = HMAC-SHA256(server secret, "notevote-event-capability-v1", event id, "organiser", epoch), cut to 128 bits.
 * The scheme of board links (auth/capabilities.ts) under a label of its own: the two MACs are over different
 * messages, so a board's token never opens an event and an event's never opens a board, even were an event and a
 * board to share an id. Nothing is stored per token; bumping the event's organiser epoch (replacing the link)
 * invalidates every older one at once.
 */

/** The first letter of an organiser token; no board role uses it (`f`, `p`, `v`), so the web app tells them apart. */
export const ORGANISER_CODE = 'o';
const MAC_BYTES = 16;

export function issueEventToken(secret: Uint8Array, eventId: string, epoch: number): string {
  return `${ORGANISER_CODE}${epoch}.${mac(secret, eventId, epoch)}`;
}

export type EventTokenCheck = { ok: true; epoch: number } | { ok: false; reason: RefusalCode };

/** Checks an organiser token for an event whose organiser link is at `currentEpoch`; constant-time. */
export function verifyEventToken(
  secret: Uint8Array,
  eventId: string,
  token: string,
  currentEpoch: number,
): EventTokenCheck {
  const match = /^o(\d{1,9})\.([A-Za-z0-9_-]{10,64})$/.exec(token);
  if (!match) return { ok: false, reason: 'link-invalid' };
  const epoch = Number(match[1]);
  const expected = Buffer.from(mac(secret, eventId, epoch));
  const given = Buffer.from(match[2] ?? '');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'link-invalid' };
  }
  if (epoch !== currentEpoch) return { ok: false, reason: 'link-replaced' };
  return { ok: true, epoch };
}

function mac(secret: Uint8Array, eventId: string, epoch: number): string {
  return createHmac('sha256', secret)
    .update(`notevote-event-capability-v1\0${eventId}\0organiser\0${epoch}`)
    .digest('base64url')
    .slice(0, Math.ceil((MAC_BYTES * 4) / 3));
}
