import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const MIN_SECRET_LENGTH = 32;

/**
 * The key that signs capability links. From `NOTEVOTE_SECRET` when set (several relay instances must share it);
 * otherwise generated once and kept in `<dataDir>/server-secret` (readable by the relay's user only), so links stay
 * valid across restarts.
 */
export function loadServerSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const fromEnv = env['NOTEVOTE_SECRET'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `NOTEVOTE_SECRET must be at least ${MIN_SECRET_LENGTH} characters; generate one with: openssl rand -base64 48`,
      );
    }
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = path.join(dataDir, 'server-secret');
  try {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(
        `could not read ${file}: ${(error as Error).message}. Check its permissions, or set NOTEVOTE_SECRET.`,
        { cause: error },
      );
    }
  }
  const secret = randomBytes(48);
  fs.mkdirSync(dataDir, { recursive: true });
  // 'wx': never overwrite a secret another instance wrote a moment ago.
  try {
    fs.writeFileSync(file, secret.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    throw new Error(
      `could not write ${file}: ${(error as Error).message}. Check DATA_DIR permissions, or set NOTEVOTE_SECRET.`,
      { cause: error },
    );
  }
  return secret;
}
