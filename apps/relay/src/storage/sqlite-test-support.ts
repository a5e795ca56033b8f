/** Test support for the SQLite store's tests (not a test file itself). */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

/**
 * A temporary folder for the calling test file, removed after its tests. `freshPath()` is a database path nobody
 * has used yet, inside a not-yet-existing folder; `unusedPath(name)` any other path in it.
 */
export function scratchDatabases(prefix: string): { freshPath(): string; unusedPath(name: string): string } {
  let tmp = '';
  let counter = 0;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  return {
    freshPath: () => path.join(tmp, `case-${++counter}`, 'boards.sqlite'),
    unusedPath: (name) => path.join(tmp, `${name}-${++counter}`),
  };
}

/**
 * Test support: in a child process, opens a store with `opener` exported by `storeFile` (a module in this folder),
 * appends `update` to document "board", and is killed with SIGKILL as soon as the append has resolved. Resolves with
 * how the child ended and what it printed on stderr, so a test can then check that the update is on disk.
 */
export async function appendThenKill(
  storeFile: string,
  opener: string,
  dbPath: string,
  update: Uint8Array,
  /** `times`: appends of it in one turn; `afterReady`: made once `store.ready` settles (the threaded store's). */
  { times = 1, afterReady = false }: { times?: number; afterReady?: boolean } = {},
): Promise<{ ended: NodeJS.Signals | number | null; stderr: string }> {
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const storeModule = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), storeFile)).href;
  // Stays alive after "written" so that the kill, not a clean close(), is what ends it.
  const script = `
    const { ${opener} } = await import(${JSON.stringify(storeModule)});
    const store = ${opener}({ path: process.env.DB_PATH });
    if (${afterReady}) await store.ready;
    const update = Buffer.from(process.env.UPDATE, 'base64');
    await Promise.all(Array.from({ length: ${times} }, () => store.append('board', update)));
    process.stdout.write('written\\n');
    setInterval(() => {}, 60_000);
  `;
  const child = spawn(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
    env: { ...process.env, DB_PATH: dbPath, UPDATE: Buffer.from(update).toString('base64') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    if (d.toString().includes('written')) child.kill('SIGKILL');
  });
  const ended = await new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  return { ended, stderr };
}

/** Every file under `dir` (recursively) whose bytes contain `text` in UTF-8, as Yjs stores strings; relative paths. */
export function filesContaining(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && fs.readFileSync(full).includes(needle)) found.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return found.sort();
}
