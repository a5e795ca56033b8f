import { describe, expect, it } from 'vitest';
import { USER_ID_TEST_VECTOR } from '@notevote/board';
import { userIdFromDeviceSecret } from './user-id';

describe('user id', () => {
  it('derives the user id exactly as the web app does (shared test vector)', () => {
    expect(userIdFromDeviceSecret(USER_ID_TEST_VECTOR.secret)).toBe(USER_ID_TEST_VECTOR.userId);
  });

  it('differs for different secrets', () => {
    expect(userIdFromDeviceSecret('a')).not.toBe(userIdFromDeviceSecret('b'));
  });
});
