import { describe, expect, it } from 'vitest';
import { scratchSchemas } from '../storage/postgres-test-support';
import { loadServerSecretFromPostgres } from './server-secret';

const schemas = scratchSchemas();

describe('server secret in PostgreSQL', () => {
  it('is created once and the same for every instance, even when they start together', async () => {
    const first = schemas.open();
    const others = [schemas.open(first.schema), schemas.open(first.schema)];
    const secrets = await Promise.all([first, ...others].map((database) => loadServerSecretFromPostgres(database, {})));
    expect(secrets[0]!.length).toBeGreaterThanOrEqual(32);
    for (const secret of secrets) expect(Buffer.from(secret).equals(Buffer.from(secrets[0]!))).toBe(true);
    // And after a restart.
    const again = await loadServerSecretFromPostgres(schemas.open(first.schema), {});
    expect(Buffer.from(again).equals(Buffer.from(secrets[0]!))).toBe(true);
  });

  it('differs between deployments in different schemas, and NOTEVOTE_SECRET still wins', async () => {
    const a = await loadServerSecretFromPostgres(schemas.open(), {});
    const b = await loadServerSecretFromPostgres(schemas.open(), {});
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    const chosen = 'y'.repeat(40);
    const fromEnv = await loadServerSecretFromPostgres(schemas.open(), { NOTEVOTE_SECRET: chosen });
    expect(Buffer.from(fromEnv).toString()).toBe(chosen);
  });
});
