import { describe, expect, it } from 'vitest';
import { deriveUserId, IDENTITY_TEST_VECTOR as V } from '@notevote/board';
import { loadDeviceSecret } from './identity';

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
  it('derives user ids exactly as the relay does (the shared test vector)', () => {
    expect(deriveUserId(V.secret, V.boardId, 2)).toBe(V.scheme2UserId);
  });

  it('creates a secret once and keeps it on this device', () => {
    const storage = memoryStorage();
    const first = loadDeviceSecret(storage);
    expect(loadDeviceSecret(storage)).toBe(first);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(loadDeviceSecret(memoryStorage())).not.toBe(first);
  });

  it('replaces a stored secret it did not write (it could not travel in the WebSocket header)', () => {
    const storage = memoryStorage();
    storage.setItem('notevote.deviceSecret', 'not a secret, with spaces');
    const secret = loadDeviceSecret(storage);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(storage.getItem('notevote.deviceSecret')).toBe(secret);
  });
});
