import { createHash } from 'node:crypto';
import { USER_ID_DOMAIN, USER_ID_LENGTH } from '@notevote/board';

/** The public user id for a device secret (same derivation as the web app; see packages/board schema/identity). */
export function userIdFromDeviceSecret(secret: string): string {
  return createHash('sha256')
    .update(USER_ID_DOMAIN + secret)
    .digest('base64url')
    .slice(0, USER_ID_LENGTH);
}
