import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadServerSecret } from './server-secret';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notevote-secret-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('server secret', () => {
  it('generates a secret once, readable by the owner only, and reuses it', () => {
    const dir = tempDir();
    const first = loadServerSecret(dir, {});
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(path.join(dir, 'server-secret')).mode & 0o777).toBe(0o600);
    expect(Buffer.from(loadServerSecret(dir, {})).equals(Buffer.from(first))).toBe(true);
  });

  it('prefers NOTEVOTE_SECRET and insists it is long enough', () => {
    const dir = tempDir();
    const secret = 'x'.repeat(40);
    expect(Buffer.from(loadServerSecret(dir, { NOTEVOTE_SECRET: secret })).toString()).toBe(secret);
    expect(fs.existsSync(path.join(dir, 'server-secret'))).toBe(false);
    expect(() => loadServerSecret(dir, { NOTEVOTE_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });
});
