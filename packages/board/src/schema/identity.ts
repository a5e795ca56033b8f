/**
 * How a participant's public user id is derived from the secret kept on their device, so nobody can act as another
 * user without that device's secret. The web app computes it with WebCrypto, the relay with node:crypto; both use
 * these constants and are tested against the same vector.
 *
 *   userId = base64url(SHA-256(USER_ID_DOMAIN + deviceSecret)) truncated to USER_ID_LENGTH characters
 */
export const USER_ID_DOMAIN = 'notevote-user:';
export const USER_ID_LENGTH = 22;

/** A fixed input and output for tests on both sides. */
export const USER_ID_TEST_VECTOR = {
  secret: 'correct horse battery staple',
  userId: '-dcuD6wPLOumZkRWj6Hc4g',
} as const;
