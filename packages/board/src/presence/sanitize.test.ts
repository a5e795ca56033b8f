import { describe, expect, it } from 'vitest';
import { sanitizePresence } from './sanitize';

const named = { userId: 'me', anonymous: false };
const anonymous = { userId: 'me', anonymous: true };

describe('presence the relay relays', () => {
  it('passes an honest state with only the fields it knows', () => {
    const state = {
      user: { id: 'me', name: 'Amina', color: '#e5484d' },
      cursor: { x: 1, y: 2 },
      selection: ['n1'],
      x: 1,
    };
    expect(sanitizePresence(state, named)).toEqual({
      user: { id: 'me', name: 'Amina', color: '#e5484d' },
      cursor: { x: 1, y: 2 },
      selection: ['n1'],
    });
    expect(sanitizePresence({ user: { id: 'me', name: 'A' } }, named)).toEqual({ user: { id: 'me', name: 'A' } });
  });

  it('drops states of the wrong shape, someone else’s id, or the relay’s key', () => {
    for (const bad of [
      'x',
      null,
      [],
      { user: 'x' },
      { user: { id: 'someone-else' } },
      { user: { id: 7 } },
      { user: { name: 'x'.repeat(61) } },
      { user: { color: 'url(x)' } },
      { cursor: { x: 'left', y: 0 } },
      { cursor: { x: Number.POSITIVE_INFINITY, y: 0 } },
      { selection: 'x' },
      { selection: [1] },
      { selection: Array.from({ length: 501 }, () => 'n') },
      { relay: { pending: {} } },
    ]) {
      expect(sanitizePresence(bad, named), JSON.stringify(bad)).toBeNull();
    }
  });

  it('keeps only a cursor and a colour on an anonymous board', () => {
    const state = { user: { id: 'me', name: 'Amina', color: '#e5484d' }, cursor: { x: 1, y: 2 }, selection: ['n1'] };
    expect(sanitizePresence(state, anonymous)).toEqual({ user: { color: '#e5484d' }, cursor: { x: 1, y: 2 } });
  });
});
