import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PostgresDatabase } from '../storage/postgres-database';

const MIN_SECRET_LENGTH = 32;

/** `NOTEVOTE_SECRET` when set (checked to be long enough), else null. */
function secretFromEnv(env: NodeJS.ProcessEnv): Uint8Array | null {
  const fromEnv = env['NOTEVOTE_SECRET'];
  if (fromEnv === undefined || fromEnv === '') return null;
  if (fromEnv.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `NOTEVOTE_SECRET must be at least ${MIN_SECRET_LENGTH} characters; generate one with: openssl rand -base64 48`,
    );
  }
  return Buffer.from(fromEnv, 'utf8');
}

/**
 * The key that signs capability links. From `NOTEVOTE_SECRET` when set (several relay instances must share it);
 * otherwise generated once and kept in `<dataDir>/server-secret` (readable by the relay's user only), so links stay
 * valid across restarts.
 */
export function loadServerSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const fromEnv = secretFromEnv(env);
  if (fromEnv !== null) return fromEnv;
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

/**
 * The key that signs capability links when boards live in PostgreSQL (DATABASE_URL): `NOTEVOTE_SECRET` when set,
 * otherwise kept in the database, so every instance signs and verifies with the same key and a link made by one is
 * accepted by all. The first instance to start creates it; `ON CONFLICT DO NOTHING` lets instances starting together
 * race harmlessly, and all of them then read the one row that won.
 */
export async function loadServerSecretFromPostgres(
  database: PostgresDatabase,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Uint8Array> {
  const fromEnv = secretFromEnv(env);
  if (fromEnv !== null) return fromEnv;
  await database.ready;
  const table = database.table('server_secret');
  try {
    await database.pool.query(`INSERT INTO ${table} (secret) VALUES ($1) ON CONFLICT DO NOTHING`, [randomBytes(48)]);
    const { rows } = await database.pool.query<{ secret: Buffer }>(`SELECT secret FROM ${table}`);
    if (!rows[0]) throw new Error(`${table} is empty right after the secret was written`);
    return new Uint8Array(rows[0].secret);
  } catch (error) {
    throw database.failure(
      'read or create the server secret',
      'The relay cannot sign or check board links without it; alternatively set NOTEVOTE_SECRET on every instance',
      error,
    );
  }
}
