import { describe, expect, it } from 'vitest';
import { USER_ID_TEST_VECTOR } from '@notevote/board';
import { loadIdentity, userIdFromSecret } from './identity';

/** A minimal Storage for Node (the web project's tests run without a DOM). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('device identity', () => {
  it('derives the user id exactly as the relay does (shared test vector)', async () => {
    expect(await userIdFromSecret(USER_ID_TEST_VECTOR.secret)).toBe(USER_ID_TEST_VECTOR.userId);
  });

  it('creates a secret once and keeps the same user id on this device', async () => {
    const storage = memoryStorage();
    const first = await loadIdentity(storage);
    const second = await loadIdentity(storage);
    expect(second).toEqual(first);
    expect(first.secret.length).toBeGreaterThanOrEqual(40);
    expect(await loadIdentity(memoryStorage())).not.toEqual(first);
  });

  it('replaces a stored secret it did not write (it could not travel in the WebSocket header)', async () => {
    const storage = memoryStorage();
    storage.setItem('notevote.deviceSecret', 'not a secret, with spaces');
    const identity = await loadIdentity(storage);
    expect(identity.secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(storage.getItem('notevote.deviceSecret')).toBe(identity.secret);
  });
});
