import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueToken, verifyToken } from './capabilities';
import { eventCodeFor, eventCodeKeyOf } from './event-code';
import { issueEventToken, verifyEventToken } from './event-capabilities';
import { JOIN_CODE_ALPHABET, joinCodeFor, joinKeyOf } from './join-code';

const secret = randomBytes(48);

describe('organiser tokens', () => {
  it('open their event at the current epoch only', () => {
    const token = issueEventToken(secret, 'event1', 2);
    expect(token).toMatch(/^o2\.[A-Za-z0-9_-]{22}$/);
    expect(verifyEventToken(secret, 'event1', token, 2)).toEqual({ ok: true, epoch: 2 });
    expect(verifyEventToken(secret, 'event1', token, 3)).toEqual({ ok: false, reason: 'link-replaced' });
    expect(verifyEventToken(secret, 'event2', token, 2)).toEqual({ ok: false, reason: 'link-invalid' });
    expect(verifyEventToken(randomBytes(48), 'event1', token, 2)).toEqual({ ok: false, reason: 'link-invalid' });
  });

  it('never open a board, and a board token never opens an event, even under the same id and epoch', () => {
    const id = 'sharedId1234';
    for (const role of ['facilitator', 'participant', 'projector'] as const) {
      const boardToken = issueToken(secret, id, role, 0);
      expect(verifyEventToken(secret, id, boardToken, 0).ok).toBe(false);
      // Even with the letter swapped for the organiser's: the MAC is over another message.
      expect(verifyEventToken(secret, id, `o${boardToken.slice(1)}`, 0).ok).toBe(false);
    }
    const eventToken = issueEventToken(secret, id, 0);
    for (const code of ['f', 'p', 'v']) {
      expect(verifyToken(secret, id, `${code}${eventToken.slice(1)}`, () => 0).ok).toBe(false);
    }
    expect(verifyToken(secret, id, eventToken, () => 0).ok).toBe(false);
  });

  it('refuse anything that is not a token', () => {
    for (const bad of ['', 'o', 'o0.', 'o0.short', 'x0.aaaaaaaaaaaaaaaaaaaaaa', 'o-1.aaaaaaaaaaaaaaaaaaaaaa']) {
      expect(verifyEventToken(secret, 'event1', bad, 0)).toEqual({ ok: false, reason: 'link-invalid' });
    }
  });
});

describe('drop-in codes', () => {
  it('are eight characters of the join codes’ alphabet, derived from the event, epoch and salt', () => {
    const code = eventCodeFor(secret, 'event1', 0, 0);
    expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    expect(eventCodeFor(secret, 'event1', 0, 0)).toBe(code);
    for (const other of [
      eventCodeFor(secret, 'event1', 1, 0),
      eventCodeFor(secret, 'event1', 0, 1),
      eventCodeFor(secret, 'event2', 0, 0),
      eventCodeFor(randomBytes(48), 'event1', 0, 0),
    ])
      expect(other).not.toBe(code);
  });

  it('are not the join code of a board with the same id, and are indexed under another key', () => {
    expect(eventCodeFor(secret, 'same', 0, 0)).not.toBe(joinCodeFor(secret, 'same', 0, 0));
    expect(eventCodeKeyOf(secret, 'K7QFM2XD')).not.toBe(joinKeyOf(secret, 'K7QFM2XD'));
    expect(eventCodeKeyOf(secret, 'K7QFM2XD')).toHaveLength(22);
  });
});
