import { createHmac } from 'node:crypto';
import { derivedCode } from './join-code';

/*
 * An event's drop-in code: what the lounge screen's QR code and short address (`/d/K7QFM2XD`) carry. Made like a
 * board's join code (auth/join-code.ts: eight characters of 30, about 39 bits, derived from the server secret and
 * never stored), from the event id and its drop-in epoch under a label of its own, so replacing the drop-in code
 * (bumping the epoch) makes the old one open nothing. The event directory keeps only a lookup key, an HMAC of the code.
 */

/** The event's drop-in code (normalised) for its drop-in `epoch`; `salt` above 0 only after a clash with another event. */
export function eventCodeFor(secret: Uint8Array, eventId: string, epoch: number, salt: number): string {
  return derivedCode(secret, `notevote-event-code-v1\0${eventId}\0${epoch}\0${salt}`);
}

/** What the event directory indexes a drop-in code by. */
export function eventCodeKeyOf(secret: Uint8Array, code: string): string {
  return createHmac('sha256', secret).update(`notevote-event-code-key-v1\0${code}`).digest('base64url').slice(0, 22);
}
